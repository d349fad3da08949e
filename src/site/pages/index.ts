import { listServiceSummaries } from '../../domain/services/services'
import { siteMunicipalities } from '../municipalities'
import type { SiteDefinition, SitemapSource } from '../registry'
import { publicEvents } from '../../domain/site/content'
import { employersPage } from './employers'
import { eventPage, municipalityEventsPage } from './events'
import { feedbackPage } from './feedback'
import { frontPage } from './front'
import { jobPage, jobsPage } from './jobs'
import { jobFormPage } from '../job-form'
import { openPostingStamps } from '../../domain/jobs/postings'
import { municipalityPage } from './municipality'
import { municipalityEmployerServicesPage, municipalityServicesPage, servicePage } from './services'
import { accessibilityPage, privacyPage } from './statements'
import { municipalityStoriesPage, storyPage } from './stories'
import { publicStories } from '../../domain/site/stories'

const SERVICES_IN_SITEMAP = 50_000
// Each job is listed in three languages; sitemaps.org allows 50,000 URLs in one file.
const JOBS_IN_SITEMAP = 10_000

const fixedPages: SitemapSource = () =>
  Promise.resolve(
    ['front', 'jobs', 'post-job', 'accessibility', 'privacy', 'feedback'].map((pageId) => ({
      pageId,
      lastModified: null,
    })),
  )

const municipalityPages: SitemapSource = async (db) =>
  (await siteMunicipalities(db)).flatMap((m) =>
    [
      'municipality',
      'municipality-services',
      'municipality-employer-services',
      'municipality-employers',
      'municipality-events',
      'municipality-stories',
    ].map((pageId) => ({
      pageId,
      params: { municipality: m.slug },
      lastModified: m.updatedAt,
    })),
  )

const servicePages: SitemapSource = async (db) =>
  (
    await listServiceSummaries(db, { statuses: ['published'], limit: SERVICES_IN_SITEMAP })
  ).items.map((s) => ({
    pageId: 'service',
    params: { service: s.id },
    lastModified: new Date(s.updatedAt),
  }))

const eventPages: SitemapSource = async (db, now) =>
  (await publicEvents(db, { now, limit: 10_000 })).map((e) => ({
    pageId: 'event',
    params: { event: e.id },
    lastModified: e.updatedAt,
  }))

const storyPages: SitemapSource = async (db, now) =>
  (await publicStories(db, { now, limit: 10_000 })).map((s) => ({
    pageId: 'story',
    params: { story: s.id },
    lastModified: s.updatedAt,
  }))

const jobPages: SitemapSource = async (db, now) =>
  (await openPostingStamps(db, now, JOBS_IN_SITEMAP)).map((j) => ({
    pageId: 'job',
    params: { job: j.id },
    lastModified: j.updatedAt,
  }))

/**
 * The website: its pages in the order their paths are tried, the main navigation, and what the
 * sitemap lists. The fixed paths (`/tyopaikat`) come before the municipality's `/:municipality`.
 */
export const site: SiteDefinition = {
  pages: [
    frontPage,
    accessibilityPage,
    privacyPage,
    feedbackPage,
    jobsPage,
    jobPage,
    jobFormPage,
    servicePage,
    municipalityPage,
    municipalityServicesPage,
    municipalityEmployerServicesPage,
    employersPage,
    municipalityEventsPage,
    eventPage,
    municipalityStoriesPage,
    storyPage,
  ],
  navigation: [
    { pageId: 'front', label: (t) => t.home },
    { pageId: 'jobs', label: (t) => t.openJobs },
  ],
  sitemapSources: [fixedPages, municipalityPages, servicePages, eventPages, storyPages, jobPages],
}
