import type { ReactNode } from 'react'
import { Route } from 'react-router'
import type { Role } from '../api/types'
import { EventCardPage } from '../pages/coordinator/catalogue/EventCardPage'
import { EventCardsPage } from '../pages/coordinator/catalogue/EventCardsPage'
import { IndicatorsPage } from '../pages/coordinator/catalogue/IndicatorsPage'
import { LeadTimesPage } from '../pages/coordinator/LeadTimesPage'
import { MonitoringPage } from '../pages/coordinator/monitoring/MonitoringPage'
import { PlanPage } from '../pages/person/plan/PlanPage'
import { EnrolPage } from '../pages/worker/enrol/EnrolPage'
import { NoticesPage } from '../pages/worker/NoticesPage'
import { StepPage } from '../pages/worker/StepPage'
import { WorkQueuePage } from '../pages/worker/WorkQueuePage'
import { ServicesPage } from '../pages/worker/ServicesPage'
import { ServiceEditPage } from '../pages/coordinator/services/ServiceEditPage'
import { ServiceTrayPage } from '../pages/coordinator/services/ServiceTrayPage'
import { FeesPage } from '../pages/coordinator/FeesPage'
import { PurchasingPage } from '../pages/coordinator/purchasing/PurchasingPage'
import { ProviderPage } from '../pages/provider/ProviderPage'
import { ModerationPage } from '../pages/jobs/ModerationPage'
import { FeedbackListPage } from '../pages/coordinator/feedback/FeedbackListPage'
import { FeedbackPage } from '../pages/coordinator/feedback/FeedbackPage'
import { MyJobsPage } from '../pages/jobs/MyJobsPage'
import '../styles/cases.css'
import '../styles/plan.css'
import '../styles/catalogue.css'
import '../styles/services.css'
import { ContentPageEditPage } from '../pages/editor/ContentPageEditPage'
import { EventEditPage } from '../pages/editor/EventEditPage'
import { SiteContentPage } from '../pages/editor/SiteContentPage'
import { StoryEditPage } from '../pages/editor/StoryEditPage'
import '../styles/monitoring.css'

type Guard = (role: Role | readonly Role[], page: ReactNode) => ReactNode

const pages: [string, Role | readonly Role[], ReactNode][] = [
  ['enrol', 'worker', <EnrolPage />],
  ['work-queue', 'worker', <WorkQueuePage />],
  ['steps/:serviceActionId', 'worker', <StepPage />],
  ['notices', 'worker', <NoticesPage />],
  ['plan', 'person', <PlanPage />],
  ['catalogue/indicators', 'coordinator', <IndicatorsPage />],
  ['catalogue/event-cards', 'coordinator', <EventCardsPage />],
  ['catalogue/event-cards/:versionId', 'coordinator', <EventCardPage />],
  ['lead-times', 'coordinator', <LeadTimesPage />],
  ['monitoring', ['coordinator', 'organisation_lead'], <MonitoringPage />],
  ['services', 'worker', <ServicesPage />],
  ['service-tray', 'coordinator', <ServiceTrayPage />],
  ['service-tray/:serviceId', 'coordinator', <ServiceEditPage />],
  ['site-content', 'content_editor', <SiteContentPage />],
  ['site-content/pages/:pageId', 'content_editor', <ContentPageEditPage />],
  ['site-content/stories/:storyId', 'content_editor', <StoryEditPage />],
  ['site-content/events/:eventId', 'content_editor', <EventEditPage />],
  ['fees', 'coordinator', <FeesPage />],
  ['purchasing', 'coordinator', <PurchasingPage />],
  ['provider', 'provider', <ProviderPage />],
  ['my-jobs', 'person', <MyJobsPage />],
  ['job-moderation', 'coordinator', <ModerationPage />],
  ['site-feedback', 'coordinator', <FeedbackListPage />],
  ['site-feedback/:feedbackId', 'coordinator', <FeedbackPage />],
]

/**
 * The joint customership's routes, as plain <Route> elements for AppRoutes to place inside its
 * layout; `guard` is AppRoutes' own role check, so there is one rule for who sees what.
 */
export function caseRoutes(guard: Guard): ReactNode[] {
  return pages.map(([path, role, page]) => (
    <Route key={path} path={path} element={guard(role, page)} />
  ))
}
