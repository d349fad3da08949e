import { listServiceSummaries, serviceById } from '../../domain/services/services'
import { NotFound } from '../../platform/errors'
import { municipalityBySlug, newest } from '../municipalities'
import type { PageContent, SiteContext, SitePage } from '../registry'
import { ServiceList, timeText, weekdayText } from './service-parts'

const PAGE_SIZE = 20
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A municipality's published services for one audience, a page at a time (keyset). */
function audiencePage(
  id: string,
  audience: 'young_people' | 'employers',
  segments: SitePage['segments'],
): SitePage {
  return {
    id,
    segments,
    render: async (ctx, { municipality: slug }) => {
      const m = await municipalityBySlug(ctx.db, slug ?? '')
      if (!m) return null
      const { t, lang } = ctx
      const heading = audience === 'employers' ? t.servicesForEmployers : t.servicesForYoungPeople
      const after = ctx.query.after
      let page
      try {
        page = await listServiceSummaries(ctx.db, {
          statuses: ['published'],
          audience,
          municipalityId: m.id,
          after,
          limit: PAGE_SIZE,
        })
      } catch {
        // A cursor that is not ours: start from the beginning.
        page = await listServiceSummaries(ctx.db, {
          statuses: ['published'],
          audience,
          municipalityId: m.id,
          limit: PAGE_SIZE,
        })
      }
      const here = ctx.href(id, { municipality: m.slug })
      return {
        title: `${heading}: ${m.name[lang]}`,
        description: t.municipalityLead(m.name[lang]),
        breadcrumbs: [
          { label: m.name[lang], href: ctx.href('municipality', { municipality: m.slug }) },
        ],
        lastModified: newest(m.updatedAt, ...page.items.map((s) => s.updatedAt)),
        body: (
          <>
            <h1>
              {heading}: {m.name[lang]}
            </h1>
            <ServiceList ctx={ctx} services={page.items} />
            {page.next || after ? (
              <nav className="pager" aria-label={t.morePages}>
                {after ? <a href={here}>{t.firstPage}</a> : null}
                {page.next ? (
                  <a href={`${here}?after=${encodeURIComponent(page.next)}`}>{t.morePages}</a>
                ) : null}
              </nav>
            ) : null}
          </>
        ),
      }
    },
  }
}

export const municipalityServicesPage = audiencePage('municipality-services', 'young_people', {
  fi: [':municipality', 'palvelut'],
  sv: [':municipality', 'tjanster'],
  en: [':municipality', 'services'],
})

export const municipalityEmployerServicesPage = audiencePage(
  'municipality-employer-services',
  'employers',
  {
    fi: [':municipality', 'palvelut-tyonantajille'],
    sv: [':municipality', 'tjanster-for-arbetsgivare'],
    en: [':municipality', 'services-for-employers'],
  },
)

function notFound(ctx: SiteContext): PageContent {
  return {
    title: ctx.t.notFoundTitle,
    description: ctx.t.notFoundBody,
    breadcrumbs: [],
    lastModified: null,
    status: 404,
    body: (
      <>
        <h1>{ctx.t.notFoundTitle}</h1>
        <p>{ctx.t.notFoundBody}</p>
        <p>
          <a href={ctx.href('front')}>{ctx.t.toFrontPage}</a>
        </p>
      </>
    ),
  }
}
export { notFound as notFoundContent }

/** One published service: who it is for, how to apply, where, when and whom to contact. */
export const servicePage: SitePage = {
  id: 'service',
  segments: {
    fi: ['palvelu', ':service'],
    sv: ['tjanst', ':service'],
    en: ['service', ':service'],
  },
  render: async (ctx, { service: id }) => {
    if (!id || !uuid.test(id)) return notFound(ctx)
    let s
    try {
      s = await serviceById(ctx.db, id, 'published')
    } catch (e) {
      if (e instanceof NotFound) return notFound(ctx)
      throw e
    }
    const { t, lang } = ctx
    const hsds = `/api/hsds/services/${s.id}?lang=${lang}`
    const ages = s.minimumAge !== null || s.maximumAge !== null
    return {
      title: s.name[lang],
      description: s.description[lang],
      breadcrumbs: [],
      lastModified: new Date(s.updatedAt),
      links: [{ rel: 'alternate', type: 'application/json', href: hsds, title: t.hsdsLink }],
      body: (
        <article>
          <h1>{s.name[lang]}</h1>
          <p className="meta">
            {t.provider}: {s.organisation.name[lang]}
          </p>
          <p className="lead">{s.description[lang]}</p>
          <dl className="facts panel">
            {s.eligibility[lang] || ages ? (
              <>
                <dt>{t.eligibility}</dt>
                <dd>
                  {s.eligibility[lang]} {ages ? t.ages(s.minimumAge, s.maximumAge) : null}
                </dd>
              </>
            ) : null}
            {s.fees[lang] ? (
              <>
                <dt>{t.fees}</dt>
                <dd>{s.fees[lang]}</dd>
              </>
            ) : null}
            <dt>{t.languages}</dt>
            <dd>{s.languages.map((l) => t.languageNames[l.code] ?? l.code).join(', ')}</dd>
            <dt>{t.municipalities}</dt>
            <dd>{s.municipalities.map((m) => m.name[lang]).join(', ')}</dd>
          </dl>
          {s.applicationProcess[lang] ? (
            <>
              <h2>{t.howToApply}</h2>
              <p>{s.applicationProcess[lang]}</p>
            </>
          ) : null}
          {s.locations.length > 0 ? <h2>{t.locations}</h2> : null}
          {s.locations.map((l) => (
            <section key={l.id} className="panel" aria-label={l.name[lang]}>
              <h3>{l.name[lang]}</h3>
              <p>
                {l.streetAddress}, {l.postalCode} {l.municipality.name[lang]}
              </p>
              {l.openingHours.length > 0 ? (
                <>
                  <h4>{t.openingHours}</h4>
                  <ul>
                    {l.openingHours.map((h) => (
                      <li key={h.id}>
                        {weekdayText(ctx, h.weekdays)} {timeText(ctx, h.opensAt)}–
                        {timeText(ctx, h.closesAt)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {l.accessibility[lang] ? (
                <>
                  <h4>{t.accessibility}</h4>
                  <p>{l.accessibility[lang]}</p>
                </>
              ) : null}
            </section>
          ))}
          <h2>{t.contacts}</h2>
          <ul>
            {s.url && /^https?:\/\//.test(s.url) ? (
              <li>
                {t.website}: <a href={s.url}>{s.url}</a>
              </li>
            ) : null}
            {s.email ? (
              <li>
                {t.email}: <a href={`mailto:${s.email}`}>{s.email}</a>
              </li>
            ) : null}
            {s.contacts.map((c) => (
              <li key={c.id}>
                {c.title[lang]}
                {c.email ? (
                  <>
                    {' '}
                    · {t.email}: <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                ) : null}
                {c.phone ? (
                  <>
                    {' '}
                    · {t.phone}: <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <h2>{t.openData}</h2>
          <p>
            <a href={hsds}>{t.hsdsLink}</a>
          </p>
        </article>
      ),
    }
  },
}
