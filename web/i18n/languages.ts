import { en } from './en'
import { fi, type Translations } from './fi'
import { sv } from './sv'

export const languages = ['fi', 'sv', 'en'] as const
export type Lang = (typeof languages)[number]

export const translations: Record<Lang, Translations> = { fi, sv, en }

/** Each language is named in itself, so that a reader finds theirs whatever is shown now. */
export const languageNames: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' }

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (languages as readonly string[]).includes(value)

const STORAGE_KEY = 'saumaton.language'

/** The language chosen before signing in; a signed-in user's own setting wins over it. */
export function storedLanguage(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLang(value) ? value : 'fi'
  } catch {
    return 'fi'
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}
