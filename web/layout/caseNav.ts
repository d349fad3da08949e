import { hasRole } from '../app/session'
import type { Me } from '../api/types'
import type { Translations } from '../i18n/fi'

interface NavItem {
  to: string
  label: string
  qa: string
}

/** The joint customership's pages in the main navigation, after each role's existing ones. */
export function caseNavLinks(me: Me, t: Translations): NavItem[] {
  const nav = t.cases.nav
  return [
    ...(hasRole(me, 'person')
      ? [
          { to: '/plan', label: nav.plan, qa: 'nav-plan' },
          { to: '/my-jobs', label: t.jobs.nav.myJobs, qa: 'nav-my-jobs' },
        ]
      : []),
    ...(hasRole(me, 'worker')
      ? [
          { to: '/work-queue', label: nav.workQueue, qa: 'nav-work-queue' },
          { to: '/enrol', label: nav.enrol, qa: 'nav-enrol' },
          { to: '/services', label: t.services.nav.services, qa: 'nav-services' },
          { to: '/jobs', label: t.jobs.nav.jobs, qa: 'nav-jobs' },
        ]
      : []),
    ...(hasRole(me, 'coordinator')
      ? [
          { to: '/catalogue/indicators', label: nav.indicators, qa: 'nav-indicators' },
          { to: '/catalogue/event-cards', label: nav.eventCards, qa: 'nav-event-cards' },
          { to: '/lead-times', label: nav.leadTimes, qa: 'nav-lead-times' },
          { to: '/monitoring', label: t.monitoring.nav, qa: 'nav-monitoring' },
          { to: '/service-tray', label: t.services.nav.tray, qa: 'nav-service-tray' },
          { to: '/purchasing', label: t.purchasing.nav.purchasing, qa: 'nav-purchasing' },
          { to: '/fees', label: t.purchasing.nav.fees, qa: 'nav-fees' },
          { to: '/job-moderation', label: t.jobs.nav.moderation, qa: 'nav-job-moderation' },
          { to: '/site-feedback', label: t.siteFeedback.nav, qa: 'nav-site-feedback' },
        ]
      : []),
    ...(hasRole(me, 'organisation_lead') && !hasRole(me, 'coordinator')
      ? [{ to: '/monitoring', label: t.monitoring.nav, qa: 'nav-monitoring' }]
      : []),
    ...(hasRole(me, 'content_editor')
      ? [{ to: '/site-content', label: t.siteContent.nav, qa: 'nav-site-content' }]
      : []),
    ...(hasRole(me, 'provider')
      ? [{ to: '/provider', label: t.purchasing.nav.provider, qa: 'nav-provider' }]
      : []),
  ]
}
