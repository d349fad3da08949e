import { listServiceSummaries } from '../../domain/services/services'
import { publicEvents } from '../../domain/site/content'
import { EventList, eventFeedPath } from './events'
import { municipalityBySlug, newest } from '../municipalities'
import type { SitePage } from '../registry'
import { ServiceList } from './service-parts'
import { JobList, newestJobs } from './jobs'

/**
 * A programme municipality's page: what the network offers there. Each section is a module's
 * (services here; job postings, stories and events add theirs).
 */
export const municipalityPage: SitePage = {
  id: 'municipality',
  segments: { fi: [':municipality'], sv: [':municipality'], en: [':municipality'] },
  render: async (ctx, { municipality: slug }) => {
    const m = await municipalityBySlug(ctx.db, slug ?? '')
    if (!m) return null
    const { t, lang } = ctx
    const name = m.name[lang]
    // The sections' reads at once: each is one indexed statement, the round trips are the cost.
    const services = (audience: 'young_people' | 'employers') =>
      listServiceSummaries(ctx.db, {
        statuses: ['published'],
        audience,
        municipalityId: m.id,
        limit: 4,
      })
    const [young, employers, events, jobs] = await Promise.all([
      services('young_people'),
      services('employers'),
      publicEvents(ctx.db, { municipalityId: m.id, now: ctx.now, limit: 3 }),
      newestJobs(ctx, { municipalityCode: m.code }, 3),
    ])
    const params = { municipality: m.slug }
    return {
      title: name,
      description: t.municipalityLead(name),
      breadcrumbs: [],
      lastModified: newest(
        m.updatedAt,
        ...[...young.items, ...employers.items].map((s) => s.updatedAt),
        ...events.map((e) => e.updatedAt),
        ...jobs.map((j) => j.publishedAt),
      ),
      links: [
        {
          rel: 'alternate',
          type: 'text/calendar',
          href: `${eventFeedPath(m.slug)}?lang=${lang}`,
          title: `${t.events}: ${name}`,
        },
      ],
      body: (
        <>
          <h1>{name}</h1>
          <p className="lead">{t.municipalityLead(name)}</p>
          <section aria-labelledby="young">
            <h2 id="young">{t.servicesForYoungPeople}</h2>
            <ServiceList ctx={ctx} services={young.items} />
            <p>
              <a href={ctx.href('municipality-services', params)}>
                {t.allServices(t.servicesForYoungPeople)}
              </a>
            </p>
          </section>
          <section aria-labelledby="jobs">
            <h2 id="jobs">{t.openJobs}</h2>
            <JobList ctx={ctx} jobs={jobs} municipalities={[m]} />
            <p>
              <a href={`${ctx.href('jobs')}?municipality=${m.slug}`} data-qa="municipality-jobs">
                {t.allJobsIn(name)}
              </a>
            </p>
          </section>
          <section aria-labelledby="employers">
            <h2 id="employers">{t.servicesForEmployers}</h2>
            <ServiceList ctx={ctx} services={employers.items} />
            <p>
              <a href={ctx.href('municipality-employers', params)}>{t.forEmployers}</a>
            </p>
          </section>
          <section aria-labelledby="events">
            <h2 id="events">{t.events}</h2>
            <EventList ctx={ctx} events={events} />
            <p>
              <a href={ctx.href('municipality-events', params)}>{t.allServices(t.events)}</a>
            </p>
            <p>
              <a href={ctx.href('municipality-stories', params)}>{t.careerStories}</a>
            </p>
          </section>
        </>
      ),
    }
  },
}
