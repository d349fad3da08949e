import ical from 'ical-generator'
import type { ContentEventRow } from '../domain/site/content'
import type { Lang } from './registry'

/**
 * Events as iCalendar (RFC 5545). Times are written in UTC (`…Z`): with a calendar time zone
 * and plain Dates the library would write the server's wall clock under a TZID.
 */
export function calendarOf(
  name: string,
  lang: Lang,
  events: ContentEventRow[],
  urlOf: (e: ContentEventRow) => string,
  now: Date,
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Saumaton', product: 'site', language: lang.toUpperCase() },
  })
  for (const e of events) {
    calendar.createEvent({
      id: `${e.id}@saumaton`,
      start: e.startsAt,
      end: e.endsAt,
      stamp: now,
      lastModified: e.updatedAt,
      summary: e.title[lang],
      description: e.description[lang],
      location: e.place,
      url: urlOf(e),
    })
  }
  return calendar.toString()
}
