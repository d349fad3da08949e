import { listServiceSummaries } from '../../domain/services/services'
import { publicContentPage } from '../../domain/site/content'
import { renderMarkdown } from '../../domain/site/markdown'
import { municipalityBySlug, newest } from '../municipalities'
import type { SitePage } from '../registry'
import { ServiceList } from './service-parts'

/**
 * "For employers" of a municipality: the editors' page (how to hire a young person, wage
 * subsidies; the region's when the municipality has none of its own) and the employer services.
 */
export const employersPage: SitePage = {
  id: 'municipality-employers',
  segments: {
    fi: [':municipality', 'tyonantajille'],
    sv: [':municipality', 'for-arbetsgivare'],
    en: [':municipality', 'for-employers'],
  },
  render: async (ctx, { municipality: slug }) => {
    const m = await municipalityBySlug(ctx.db, slug ?? '')
    if (!m) return null
    const { t, lang } = ctx
    const [page, services] = await Promise.all([
      publicContentPage(ctx.db, 'employers', m.id, ctx.now),
      listServiceSummaries(ctx.db, {
        statuses: ['published'],
        audience: 'employers',
        municipalityId: m.id,
        limit: 10,
      }),
    ])
    const title = page ? page.title[lang] : t.forEmployers
    return {
      title: `${title}: ${m.name[lang]}`,
      description: t.municipalityLead(m.name[lang]),
      breadcrumbs: [
        { label: m.name[lang], href: ctx.href('municipality', { municipality: m.slug }) },
      ],
      lastModified: newest(m.updatedAt, page?.updatedAt, ...services.items.map((s) => s.updatedAt)),
      body: (
        <>
          <h1>
            {title}: {m.name[lang]}
          </h1>
          {page ? (
            <div
              data-qa="content-body"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body[lang]) }}
            />
          ) : null}
          <section aria-labelledby="post-job" className="panel">
            <h2 id="post-job">{t.postJob}</h2>
            <p>{t.postJobLead}</p>
            <p>
              <a
                href={`${ctx.href('post-job')}?municipality=${encodeURIComponent(m.slug)}`}
                data-qa="post-job"
              >
                {t.postJob}
              </a>
            </p>
          </section>
          <h2>{t.servicesForEmployers}</h2>
          <ServiceList ctx={ctx} services={services.items} />
          <p>
            <a href={ctx.href('municipality-employer-services', { municipality: m.slug })}>
              {t.allServices(t.servicesForEmployers)}
            </a>
          </p>
        </>
      ),
    }
  },
}
