import { listServices } from '../../domain/services/services'
import { siteMunicipalities } from '../municipalities'
import type { SiteDefinition, SitemapSource } from '../registry'
import { feedbackPage } from './feedback'
import { frontPage } from './front'
import { municipalityPage } from './municipality'
import { municipalityEmployerServicesPage, municipalityServicesPage, servicePage } from './services'
import { accessibilityPage, privacyPage } from './statements'

const SERVICES_IN_SITEMAP = 50_000

const fixedPages: SitemapSource = () =>
  Promise.resolve(
    ['front', 'accessibility', 'privacy', 'feedback'].map((pageId) => ({
      pageId,
      lastModified: null,
    })),
  )

const municipalityPages: SitemapSource = async (db) =>
  (await siteMunicipalities(db)).flatMap((m) =>
    ['municipality', 'municipality-services', 'municipality-employer-services'].map((pageId) => ({
      pageId,
      params: { municipality: m.slug },
      lastModified: m.updatedAt,
    })),
  )

const servicePages: SitemapSource = async (db) =>
  (await listServices(db, { statuses: ['published'], limit: SERVICES_IN_SITEMAP })).items.map(
    (s) => ({ pageId: 'service', params: { service: s.id }, lastModified: new Date(s.updatedAt) }),
  )

/**
 * The website: its pages in the order their paths are tried, the main navigation, and what the
 * sitemap lists. Job postings add `jobs` and `job` pages, an "Open jobs" navigation item
 * (`{ pageId: 'jobs', label: (t) => t.openJobs }`) and their sitemap source here.
 */
export const site: SiteDefinition = {
  pages: [
    frontPage,
    accessibilityPage,
    privacyPage,
    feedbackPage,
    servicePage,
    municipalityPage,
    municipalityServicesPage,
    municipalityEmployerServicesPage,
  ],
  navigation: [{ pageId: 'front', label: (t) => t.home }],
  sitemapSources: [fixedPages, municipalityPages, servicePages],
}
