import { listServiceSummaries } from '../../domain/services/services'
import { newest, siteMunicipalities } from '../municipalities'
import type { SitePage } from '../registry'
import { ServiceList } from './service-parts'

/** The region's front page: its municipalities and the newest services for young people. */
export const frontPage: SitePage = {
  id: 'front',
  segments: { fi: [], sv: [], en: [] },
  render: async (ctx) => {
    const { t, lang } = ctx
    const [municipalities, services] = await Promise.all([
      siteMunicipalities(ctx.db),
      listServiceSummaries(ctx.db, { statuses: ['published'], audience: 'young_people', limit: 6 }),
    ])
    const region = municipalities[0]?.region.name[lang] ?? t.siteShortName
    return {
      title: t.frontTitle,
      description: t.frontLead(region),
      breadcrumbs: [],
      lastModified: newest(
        ...municipalities.map((m) => m.updatedAt),
        ...services.items.map((s) => s.updatedAt),
      ),
      body: (
        <>
          <h1>{t.frontTitle}</h1>
          <p className="lead">{t.frontLead(region)}</p>
          <h2>{t.municipalities}</h2>
          <ul className="cards" data-qa="municipality-list">
            {municipalities.map((m) => (
              <li className="card" key={m.id}>
                <h3>
                  <a href={ctx.href('municipality', { municipality: m.slug })}>{m.name[lang]}</a>
                </h3>
                <p>{t.municipalityLead(m.name[lang])}</p>
              </li>
            ))}
          </ul>
          <h2>{t.servicesForYoungPeople}</h2>
          <ServiceList ctx={ctx} services={services.items} />
        </>
      ),
    }
  },
}
