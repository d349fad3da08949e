import type { JobPosting as SchemaJobPosting, WithContext } from 'schema-dts'
import {
  listOpenJobs,
  openJobOccupations,
  publicPostingById,
  type JobPostingRow,
  type OpenJobsFilters,
  type PresentedPosting,
} from '../../domain/jobs/postings'
import { conceptLabels } from '../../domain/classification/classification'
import { renderMarkdown } from '../../domain/site/markdown'
import { employmentTypes, postingWorkingTimes } from '../../shared/enums'
import { newest, siteMunicipalities, type SiteMunicipality } from '../municipalities'
import type { PageContent, SiteContext, SitePage } from '../registry'
import { notFoundContent } from './services'

const JOBS_ON_PAGE = 20
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** An occupation's URI segment for the filter's query string: `shop-assistant`. */
export const occupationSlug = (uri: string) => uri.split('/').filter(Boolean).at(-1) ?? uri
/** A name from the URI, in English, for an occupation the classification does not know. */
const occupationNameFromUri = (uri: string) => {
  const words = decodeURIComponent(occupationSlug(uri)).replace(/[-_]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const dateText = (ctx: SiteContext, at: Date) =>
  new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : `${ctx.lang}-FI`, {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(at)

const placeOf = (municipalities: SiteMunicipality[], code: string) =>
  municipalities.find((m) => m.code === code) ?? null

/** The jobs of a list, each a link to its page. */
export function JobList({
  ctx,
  jobs,
  municipalities,
}: {
  ctx: SiteContext
  jobs: PresentedPosting[]
  municipalities: SiteMunicipality[]
}) {
  const { t, lang } = ctx
  if (jobs.length === 0) return <p>{t.noJobs}</p>
  return (
    <ul className="cards" data-qa="job-list">
      {jobs.map((j) => (
        <li className="card" key={j.id}>
          <h3>
            <a href={ctx.href('job', { job: j.id })}>{j.title}</a>
          </h3>
          <p className="meta">
            {j.employer.name} ·{' '}
            {placeOf(municipalities, j.municipalityCode)?.name[lang] ?? j.municipalityCode} ·{' '}
            {t.employmentTypes[j.employmentType]}, {t.workingTimes[j.workingTime]}
          </p>
          <p className="meta">
            {t.applyBy}{' '}
            <time dateTime={j.validThrough}>{dateText(ctx, new Date(j.validThrough))}</time>
          </p>
        </li>
      ))}
    </ul>
  )
}

/** Open jobs, newest first (the municipality page's section and the list share it). */
export async function newestJobs(ctx: SiteContext, filters: OpenJobsFilters, limit: number) {
  const page = await listOpenJobs(ctx.db, ctx.now, { ...filters, limit })
  return page.items
}

interface Chosen {
  municipality?: SiteMunicipality | undefined
  occupationUri?: string | undefined
  employmentType?: (typeof employmentTypes)[number] | undefined
  workingTime?: (typeof postingWorkingTimes)[number] | undefined
  text?: string | undefined
}

/** The filters from the query string; a value that names nothing is left out, never an error. */
function chosenFilters(
  ctx: SiteContext,
  municipalities: SiteMunicipality[],
  occupations: string[],
): Chosen {
  const q = ctx.query
  const text = q.q?.trim().slice(0, 100)
  return {
    municipality: municipalities.find((m) => m.slug === q.municipality),
    occupationUri: occupations.find((o) => occupationSlug(o) === q.occupation),
    employmentType: employmentTypes.find((e) => e === q.type),
    workingTime: postingWorkingTimes.find((w) => w === q.time),
    text: text ? text : undefined,
  }
}

function filterQuery(c: Chosen): URLSearchParams {
  const p = new URLSearchParams()
  if (c.municipality) p.set('municipality', c.municipality.slug)
  if (c.occupationUri) p.set('occupation', occupationSlug(c.occupationUri))
  if (c.employmentType) p.set('type', c.employmentType)
  if (c.workingTime) p.set('time', c.workingTime)
  if (c.text) p.set('q', c.text)
  return p
}

function Select({
  id,
  label,
  anyLabel,
  value,
  options,
}: {
  id: string
  label: string
  anyLabel: string
  value: string | undefined
  options: { value: string; label: string; lang?: string }[]
}) {
  return (
    <p className="field">
      <label htmlFor={`job-${id}`}>{label}</label>
      <select id={`job-${id}`} name={id} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  )
}

/** The open jobs with filters as a plain GET form and keyset pages as plain links. */
export const jobsPage: SitePage = {
  id: 'jobs',
  segments: { fi: ['tyopaikat'], sv: ['lediga-jobb'], en: ['jobs'] },
  render: async (ctx) => {
    const { t, lang } = ctx
    const [municipalities, occupations] = await Promise.all([
      siteMunicipalities(ctx.db),
      openJobOccupations(ctx.db, ctx.now),
    ])
    const c = chosenFilters(ctx, municipalities, occupations)
    const filters: OpenJobsFilters = {
      municipalityCode: c.municipality?.code,
      occupationUri: c.occupationUri,
      employmentType: c.employmentType,
      workingTime: c.workingTime,
      text: c.text,
    }
    const after = ctx.query.after
    const list = async () => {
      try {
        return await listOpenJobs(ctx.db, ctx.now, { ...filters, after, limit: JOBS_ON_PAGE })
      } catch {
        // A cursor that is not ours: start from the beginning.
        return listOpenJobs(ctx.db, ctx.now, { ...filters, limit: JOBS_ON_PAGE })
      }
    }
    const [occupationNames, page] = await Promise.all([
      conceptLabels(ctx.db, occupations, lang),
      list(),
    ])
    const rows = page.items
    const here = ctx.href('jobs')
    const query = filterQuery(c)
    const first = query.size > 0 ? `${here}?${query.toString()}` : here
    const nextQuery = new URLSearchParams(query)
    if (page.next) nextQuery.set('after', page.next)
    const heading = c.municipality ? t.jobsIn(c.municipality.name[lang]) : t.openJobs
    return {
      title: heading,
      description: t.openJobsLead,
      breadcrumbs: [],
      lastModified: newest(...rows.map((r) => r.publishedAt)),
      body: (
        <>
          <h1>{heading}</h1>
          <p className="lead">{t.openJobsLead}</p>
          <form method="get" action={here} className="panel" data-qa="job-filters">
            <fieldset>
              <legend>{t.jobFilters}</legend>
              <p className="field">
                <label htmlFor="job-q">{t.searchText}</label>
                <input id="job-q" name="q" type="search" defaultValue={c.text ?? ''} />
              </p>
              <Select
                id="municipality"
                label={t.municipality}
                anyLabel={t.anyOption}
                value={c.municipality?.slug}
                options={municipalities.map((m) => ({ value: m.slug, label: m.name[lang] }))}
              />
              <Select
                id="occupation"
                label={t.occupation}
                anyLabel={t.anyOption}
                value={c.occupationUri ? occupationSlug(c.occupationUri) : undefined}
                options={occupations.map((o) => {
                  const name = occupationNames.get(o)
                  return name
                    ? { value: occupationSlug(o), label: name }
                    : { value: occupationSlug(o), label: occupationNameFromUri(o), lang: 'en' }
                })}
              />
              <Select
                id="type"
                label={t.employmentType}
                anyLabel={t.anyOption}
                value={c.employmentType}
                options={employmentTypes.map((e) => ({ value: e, label: t.employmentTypes[e]! }))}
              />
              <Select
                id="time"
                label={t.workingTime}
                anyLabel={t.anyOption}
                value={c.workingTime}
                options={postingWorkingTimes.map((w) => ({ value: w, label: t.workingTimes[w]! }))}
              />
              <p>
                <button type="submit">{t.applyFilters}</button>{' '}
                {query.size > 0 ? <a href={here}>{t.clearFilters}</a> : null}
              </p>
            </fieldset>
          </form>
          <JobList ctx={ctx} jobs={rows} municipalities={municipalities} />
          {page.next || after ? (
            <nav className="pager" aria-label={t.morePages}>
              {after ? <a href={first}>{t.firstPage}</a> : null}
              {page.next ? <a href={`${here}?${nextQuery.toString()}`}>{t.morePages}</a> : null}
            </nav>
          ) : null}
        </>
      ),
    }
  },
}

/** schema.org's employment types for a posting's working time and kind of contract. */
export function schemaEmploymentTypes(row: Pick<JobPostingRow, 'employmentType' | 'workingTime'>) {
  const byTime: Record<string, string | null> = {
    full_time: 'FULL_TIME',
    part_time: 'PART_TIME',
    shift_work: null,
  }
  const byType: Record<string, string | null> = {
    permanent: null,
    fixed_term: 'TEMPORARY',
    summer_job: 'TEMPORARY',
    apprenticeship: 'OTHER',
    traineeship: 'INTERN',
  }
  const types = [byTime[row.workingTime], byType[row.employmentType]].filter(
    (x): x is string => !!x,
  )
  return types.length > 0 ? [...new Set(types)] : ['OTHER']
}

function gone(ctx: SiteContext): PageContent {
  const { t } = ctx
  return {
    title: t.jobGoneTitle,
    description: t.jobGoneBody,
    breadcrumbs: [{ label: t.openJobs, href: ctx.href('jobs') }],
    lastModified: null,
    status: 410,
    body: (
      <>
        <h1>{t.jobGoneTitle}</h1>
        <p>{t.jobGoneBody}</p>
        <p>
          <a href={ctx.href('jobs')}>{t.toOpenJobs}</a>
        </p>
      </>
    ),
  }
}

/** One open job: its text, employer, place, deadline and how to apply; `JobPosting` JSON-LD. */
export const jobPage: SitePage = {
  id: 'job',
  segments: { fi: ['tyopaikka', ':job'], sv: ['jobb', ':job'], en: ['job', ':job'] },
  render: async (ctx, { job: id }) => {
    if (!id || !uuid.test(id)) return notFoundContent(ctx)
    const [found, municipalities] = await Promise.all([
      publicPostingById(ctx.db, id, ctx.now),
      siteMunicipalities(ctx.db),
    ])
    if (!found.open) return found.gone ? gone(ctx) : notFoundContent(ctx)
    const j = found.row
    const { t, lang } = ctx
    const m = placeOf(municipalities, j.municipalityCode)
    const url = `${ctx.origin}${ctx.href('job', { job: j.id })}`
    const posted = j.publishedAt ?? j.createdAt
    const jsonLd: WithContext<SchemaJobPosting> = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: j.title,
      description: j.description,
      datePosted: posted.toISOString(),
      validThrough: j.validThrough.toISOString(),
      url,
      identifier: { '@type': 'PropertyValue', name: t.siteShortName, value: j.id },
      hiringOrganization: {
        '@type': 'Organization',
        name: j.employerName,
        identifier: {
          '@type': 'PropertyValue',
          propertyID: 'FI:Y-tunnus',
          value: j.employerBusinessId,
        },
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: m?.name[lang] ?? j.municipalityCode,
          ...(m ? { addressRegion: m.region.name[lang] } : {}),
          addressCountry: 'FI',
        },
      },
      employmentType: schemaEmploymentTypes(j),
      // Applications go to the employer's own channel, not through this site.
      directApply: false,
    }
    return {
      title: j.title,
      description: `${j.employerName}: ${j.description.slice(0, 180)}`,
      breadcrumbs: [{ label: t.openJobs, href: ctx.href('jobs') }],
      lastModified: j.updatedAt,
      jsonLd: [jsonLd],
      body: (
        <article>
          <h1>{j.title}</h1>
          <dl className="facts panel">
            <dt>{t.employer}</dt>
            <dd>
              {j.employerName} ({t.businessId} {j.employerBusinessId})
            </dd>
            <dt>{t.municipality}</dt>
            <dd>
              {m ? (
                <a href={`${ctx.href('jobs')}?municipality=${m.slug}`}>{m.name[lang]}</a>
              ) : (
                j.municipalityCode
              )}
            </dd>
            <dt>{t.employmentType}</dt>
            <dd>{t.employmentTypes[j.employmentType]}</dd>
            <dt>{t.workingTime}</dt>
            <dd>{t.workingTimes[j.workingTime]}</dd>
            {j.startsOn ? (
              <>
                <dt>{t.startsOn}</dt>
                <dd>
                  <time dateTime={j.startsOn}>
                    {dateText(ctx, new Date(`${j.startsOn}T12:00:00Z`))}
                  </time>
                </dd>
              </>
            ) : null}
            <dt>{t.applyBy}</dt>
            <dd>
              <time dateTime={j.validThrough.toISOString()}>{dateText(ctx, j.validThrough)}</time>
            </dd>
          </dl>
          <div
            lang={j.postingLanguages[0] ?? 'fi'}
            dangerouslySetInnerHTML={{ __html: renderMarkdown(j.description) }}
          />
          <h2>{t.howToApply}</h2>
          {j.applyText ? <p>{j.applyText}</p> : null}
          {j.applyUrl && /^https?:\/\//.test(j.applyUrl) ? (
            <p>
              <a className="sign-in" href={j.applyUrl} rel="noopener noreferrer">
                {t.applyHere}
              </a>
            </p>
          ) : null}
          {j.applyEmail ? (
            <p>
              {t.applyByEmail}: <a href={`mailto:${j.applyEmail}`}>{j.applyEmail}</a>
            </p>
          ) : null}
          <p>
            <a href={ctx.href('jobs')}>{t.toOpenJobs}</a>
          </p>
        </article>
      ),
    }
  },
}
