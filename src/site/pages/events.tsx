import type { Event as SchemaEvent, WithContext } from 'schema-dts'
import { publicEventById, publicEvents, type ContentEventRow } from '../../domain/site/content'
import { renderMarkdown } from '../../domain/site/markdown'
import { municipalityBySlug, newest, type SiteMunicipality } from '../municipalities'
import type { SiteContext, SitePage } from '../registry'
import { notFoundContent } from './services'

const EVENTS_ON_PAGE = 50
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const helsinki = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })

export function whenText(ctx: SiteContext, e: ContentEventRow): string {
  return helsinki(ctx.lang).formatRange(e.startsAt, e.endsAt)
}

export function priceText(ctx: SiteContext, cents: number | null): string {
  if (cents === null || cents === 0) return ctx.t.free
  return new Intl.NumberFormat(`${ctx.lang}-FI`, { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  )
}

export const eventFeedPath = (slug: string) => `/feeds/${slug}.ics`
export const oneEventFeedPath = (id: string) => `/feeds/events/${id}.ics`

/** A list of events, each a link to its page. */
export function EventList({ ctx, events }: { ctx: SiteContext; events: ContentEventRow[] }) {
  if (events.length === 0) return <p>{ctx.t.noEvents}</p>
  return (
    <ul className="cards" data-qa="event-list">
      {events.map((e) => (
        <li className="card" key={e.id}>
          <h3>
            <a href={ctx.href('event', { event: e.id })}>{e.title[ctx.lang]}</a>
          </h3>
          <p className="meta">
            <time dateTime={e.startsAt.toISOString()}>{whenText(ctx, e)}</time> · {e.place}
          </p>
        </li>
      ))}
    </ul>
  )
}

function calendarLink(ctx: SiteContext, m: SiteMunicipality) {
  return {
    rel: 'alternate',
    type: 'text/calendar',
    href: eventFeedPath(m.slug) + `?lang=${ctx.lang}`,
    title: `${ctx.t.events}: ${m.name[ctx.lang]}`,
  }
}

/** A municipality's coming events and its calendar feed. */
export const municipalityEventsPage: SitePage = {
  id: 'municipality-events',
  segments: {
    fi: [':municipality', 'tapahtumat'],
    sv: [':municipality', 'evenemang'],
    en: [':municipality', 'events'],
  },
  render: async (ctx, { municipality: slug }) => {
    const m = await municipalityBySlug(ctx.db, slug ?? '')
    if (!m) return null
    const { t, lang } = ctx
    const events = await publicEvents(ctx.db, {
      municipalityId: m.id,
      now: ctx.now,
      limit: EVENTS_ON_PAGE,
    })
    const feed = calendarLink(ctx, m)
    return {
      title: `${t.events}: ${m.name[lang]}`,
      description: t.municipalityLead(m.name[lang]),
      breadcrumbs: [
        { label: m.name[lang], href: ctx.href('municipality', { municipality: m.slug }) },
      ],
      lastModified: newest(m.updatedAt, ...events.map((e) => e.updatedAt)),
      links: [feed],
      body: (
        <>
          <h1>
            {t.events}: {m.name[lang]}
          </h1>
          <EventList ctx={ctx} events={events} />
          <p>
            <a href={feed.href} type="text/calendar">
              {t.calendarFeed}
            </a>
          </p>
        </>
      ),
    }
  },
}

/** One event: when, where, the price and how to sign up; schema.org `Event` as JSON-LD. */
export const eventPage: SitePage = {
  id: 'event',
  segments: {
    fi: ['tapahtuma', ':event'],
    sv: ['evenemang', ':event'],
    en: ['event', ':event'],
  },
  render: async (ctx, { event: id }) => {
    if (!id || !uuid.test(id)) return notFoundContent(ctx)
    const e = await publicEventById(ctx.db, id, ctx.now)
    if (!e) return notFoundContent(ctx)
    const { t, lang } = ctx
    const url = `${ctx.origin}${ctx.href('event', { event: e.id })}`
    const jsonLd: WithContext<SchemaEvent> = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: e.title[lang],
      description: e.description[lang],
      startDate: e.startsAt.toISOString(),
      endDate: e.endsAt.toISOString(),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      inLanguage: lang,
      url,
      location: { '@type': 'Place', name: e.place, address: e.place },
      offers: {
        '@type': 'Offer',
        price: ((e.priceCents ?? 0) / 100).toFixed(2),
        priceCurrency: 'EUR',
        url: e.signUpUrl ?? url,
        availability: 'https://schema.org/InStock',
      },
      organizer: { '@type': 'Organization', name: t.siteShortName, url: ctx.origin },
    }
    const ics = oneEventFeedPath(e.id) + `?lang=${lang}`
    return {
      title: e.title[lang],
      description: e.description[lang].slice(0, 200),
      breadcrumbs: [],
      lastModified: e.updatedAt,
      links: [{ rel: 'alternate', type: 'text/calendar', href: ics, title: e.title[lang] }],
      jsonLd: [jsonLd],
      body: (
        <article>
          <h1>{e.title[lang]}</h1>
          <dl className="facts panel">
            <dt>{t.when}</dt>
            <dd>
              <time dateTime={e.startsAt.toISOString()}>{whenText(ctx, e)}</time>
            </dd>
            <dt>{t.where}</dt>
            <dd>{e.place}</dd>
            <dt>{t.price}</dt>
            <dd>{priceText(ctx, e.priceCents)}</dd>
            <dt>{t.forWhom}</dt>
            <dd>{t.audiences[e.audience]}</dd>
          </dl>
          <div dangerouslySetInnerHTML={{ __html: renderMarkdown(e.description[lang]) }} />
          {e.signUpUrl ? (
            <p>
              <a className="sign-in" href={e.signUpUrl} rel="noopener noreferrer">
                {t.signUp}
              </a>
            </p>
          ) : null}
          <p>
            <a href={ics} type="text/calendar">
              {t.addToCalendar}
            </a>
          </p>
        </article>
      ),
    }
  },
}
