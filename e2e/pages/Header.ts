import type { Page } from 'playwright-core'
import { qa } from './qa'

export type Lang = 'fi' | 'sv' | 'en'

/** The header on every page: language, the signed-in user, sign out. */
export class Header {
  constructor(readonly page: Page) {}

  languageButton(lang: Lang) {
    return qa(this.page, `language-${lang}`)
  }

  /** Switches the language and waits until the page has it (and, signed in, it is saved). */
  async switchLanguage(lang: Lang): Promise<void> {
    const signedIn = (await qa(this.page, 'sign-out').count()) > 0
    const saved = signedIn
      ? this.page.waitForResponse(
          (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH',
        )
      : null
    await this.languageButton(lang).click()
    await this.page.waitForFunction((l) => document.documentElement.lang === l, lang)
    if (saved) await saved
  }

  htmlLang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang)
  }

  userName() {
    return qa(this.page, 'user-name')
  }

  async signOut(): Promise<void> {
    await qa(this.page, 'sign-out').click()
    await qa(this.page, 'sign-in-form').waitFor()
  }
}
