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
    ...(hasRole(me, 'person') ? [{ to: '/plan', label: nav.plan, qa: 'nav-plan' }] : []),
    ...(hasRole(me, 'worker')
      ? [
          { to: '/work-queue', label: nav.workQueue, qa: 'nav-work-queue' },
          { to: '/enrol', label: nav.enrol, qa: 'nav-enrol' },
          { to: '/services', label: t.services.nav.services, qa: 'nav-services' },
        ]
      : []),
    ...(hasRole(me, 'coordinator')
      ? [
          { to: '/catalogue/indicators', label: nav.indicators, qa: 'nav-indicators' },
          { to: '/catalogue/event-cards', label: nav.eventCards, qa: 'nav-event-cards' },
          { to: '/lead-times', label: nav.leadTimes, qa: 'nav-lead-times' },
          { to: '/monitoring', label: t.monitoring.nav, qa: 'nav-monitoring' },
          { to: '/service-tray', label: t.services.nav.tray, qa: 'nav-service-tray' },
        ]
      : []),
  ]
}
