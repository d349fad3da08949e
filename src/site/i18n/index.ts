import type { Locale } from '../../shared/enums'
import { en } from './en'
import { fi, type SiteTexts } from './fi'
import { sv } from './sv'

export type { SiteTexts }
export const siteTexts: Record<Locale, SiteTexts> = { fi, sv, en }
