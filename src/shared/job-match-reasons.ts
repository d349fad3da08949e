import type { CefrLevel } from './enums'

/**
 * Why a job matches a young person, as data the server computes once (jobs/matching.ts) and
 * words in fi, sv and en that the web app and the API show alike.
 */
export type MatchReason =
  | { code: 'required_skills'; have: number; of: number }
  | { code: 'optional_skills'; have: number; of: number }
  | { code: 'occupation_wished' }
  | { code: 'municipality_wished' }
  | { code: 'language'; language: string; required: CefrLevel; yours: CefrLevel | null }

/** A required skill or card the young person does not have yet: what to learn. */
export interface MissingSkill {
  uri: string
  label: { fi: string; sv: string; en: string }
}

export type ReasonLocale = 'fi' | 'sv' | 'en'

const languageNames: Record<ReasonLocale, Record<string, string>> = {
  fi: { fi: 'Suomi', sv: 'Ruotsi', en: 'Englanti', se: 'Saame', ru: 'Venäjä', et: 'Viro' },
  sv: { fi: 'Finska', sv: 'Svenska', en: 'Engelska', se: 'Samiska', ru: 'Ryska', et: 'Estniska' },
  en: { fi: 'Finnish', sv: 'Swedish', en: 'English', se: 'Sami', ru: 'Russian', et: 'Estonian' },
}

export const languageName = (code: string, locale: ReasonLocale): string =>
  languageNames[locale][code] ?? code

const words: Record<ReasonLocale, (r: MatchReason) => string> = {
  fi: (r) => {
    switch (r.code) {
      case 'required_skills':
        return `${r.have}/${r.of} vaadituista osaamisista`
      case 'optional_skills':
        return `${r.have}/${r.of} toivotuista osaamisista`
      case 'occupation_wished':
        return 'Ammatti vastaa toivettasi'
      case 'municipality_wished':
        return 'Toivomassasi kunnassa'
      case 'language':
        return `${languageName(r.language, 'fi')} vaaditaan (${r.required}) — tasosi ${r.yours ?? 'ei tiedossa'}`
    }
  },
  sv: (r) => {
    switch (r.code) {
      case 'required_skills':
        return `${r.have} av ${r.of} krävda kompetenser`
      case 'optional_skills':
        return `${r.have} av ${r.of} önskade kompetenser`
      case 'occupation_wished':
        return 'Yrket motsvarar ditt önskemål'
      case 'municipality_wished':
        return 'I en kommun du önskat'
      case 'language':
        return `${languageName(r.language, 'sv')} krävs (${r.required}) — din nivå ${r.yours ?? 'okänd'}`
    }
  },
  en: (r) => {
    switch (r.code) {
      case 'required_skills':
        return `${r.have} of ${r.of} required skills`
      case 'optional_skills':
        return `${r.have} of ${r.of} optional skills`
      case 'occupation_wished':
        return 'Occupation matches your wish'
      case 'municipality_wished':
        return 'In your wished municipality'
      case 'language':
        return `${languageName(r.language, 'en')} required (${r.required}) — your level ${r.yours ?? 'not known'}`
    }
  },
}

/** A reason in plain words. */
export const reasonText = (reason: MatchReason, locale: ReasonLocale): string =>
  words[locale](reason)
