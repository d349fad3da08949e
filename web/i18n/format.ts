import type { Lang } from './languages'

// Finnish and Swedish as written in Finland; British English for its day-month order.
const localeTags: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }
const TIME_ZONE = 'Europe/Helsinki'

export interface LocalisedName {
  fi: string
  sv: string
  en: string
}

export const localName = (name: LocalisedName, lang: Lang): string => name[lang]

/** A moment (ISO timestamp) as a date and time in Finland. */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeTags[lang], {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso))
}

/** A moment (ISO timestamp) as the date it falls on in Finland. */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeTags[lang], {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
  }).format(new Date(iso))
}

/** A calendar date (YYYY-MM-DD, such as a birth date) that no time zone may shift. */
export function formatCalendarDate(ymd: string, lang: Lang): string {
  const [y, m, d] = ymd.split('-').map(Number)
  if (!y || !m || !d) return ymd
  return new Intl.DateTimeFormat(localeTags[lang], { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  )
}

/** The end of a calendar day in Finland, as an ISO timestamp with Finland's offset that day. */
export function endOfDayInFinland(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number)
  const noon = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12))
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
      .formatToParts(noon)
      .find((p) => p.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00'
  return `${ymd}T23:59:59${offset}`
}

/** Today's date in Finland as YYYY-MM-DD. */
export function todayInFinland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now)
}

/** Looks a code up in a translated table, with a fallback for codes the table does not know. */
export function lookup(table: Record<string, string>, key: string, fallback: string): string {
  return Object.hasOwn(table, key) ? (table[key] ?? fallback) : fallback
}

/** A figure with exactly one decimal in the locale's way ("2,5" in Finnish). */
export const oneDecimal = (n: number, locale: string): string =>
  n.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/**
 * A lead time given in days, in the unit a reader takes in: days with one decimal from one day
 * up, hours under a day, and "under an hour" rather than "0,0 hours".
 */
export function formatLeadTime(
  days: number,
  t: { days: (n: number) => string; hours: (n: number) => string; underAnHour: string },
): string {
  if (days >= 1) return t.days(days)
  const hours = days * 24
  return hours >= 1 ? t.hours(hours) : t.underAnHour
}
