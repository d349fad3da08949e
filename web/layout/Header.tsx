import { useQuery } from '@tanstack/react-query'
import { Link, NavLink } from 'react-router'
import { Button } from 'suomifi-ui-components'
import { caseApi } from '../api/cases'
import { api } from '../api/endpoints'
import type { Me } from '../api/types'
import { hasRole, useSignOut } from '../app/session'
import { useI18n } from '../i18n/I18nProvider'
import { localName } from '../i18n/format'
import { caseNavLinks } from './caseNav'
import { LanguageSwitch } from './LanguageSwitch'

/** The worker's notices, with how many are new (capped, "over 1,000"); read again each minute. */
function NoticesLink() {
  const { t } = useI18n()
  const unread = useQuery({
    queryKey: ['notices', 'unread'],
    queryFn: caseApi.unreadNotices,
    refetchInterval: 60_000,
  })
  const count = unread.data
  return (
    <Link to="/notices" className="text-link user-bar__notices" data-qa="notices-link">
      {t.day.notices.headerLink}
      {count && count.total > 0 && (
        <>
          {' '}
          <span className="status-badge" data-qa="notices-unread">
            {t.day.notices.unread(t.day.counts.total(count.total, count.totalCapped))}
          </span>
        </>
      )}
    </Link>
  )
}

function UserBar({ me }: { me: Me }) {
  const { t, lang } = useI18n()
  const signOut = useSignOut()
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations })
  const organisation = organisations.data?.items.find((o) => o.id === me.user.organisationId)
  return (
    <div className="user-bar">
      <div className="user-bar__who" aria-label={t.layout.signedInAs} role="group">
        <span className="user-bar__name" data-qa="user-name">
          {me.user.displayName}
        </span>
        {organisation && (
          <span className="user-bar__organisation" data-qa="user-organisation">
            {localName(organisation.name, lang)}
          </span>
        )}
      </div>
      {hasRole(me, 'worker') && <NoticesLink />}
      <Button variant="secondary" onClick={() => void signOut()} data-qa="sign-out">
        {t.layout.signOut}
      </Button>
    </div>
  )
}

function MainNavigation({ me }: { me: Me }) {
  const { t } = useI18n()
  const links = [
    ...(hasRole(me, 'person') ? [{ to: '/', label: t.nav.myPage, qa: 'nav-my-page' }] : []),
    ...(hasRole(me, 'worker')
      ? [{ to: '/customers', label: t.nav.customers, qa: 'nav-customers' }]
      : []),
    ...(hasRole(me, 'coordinator')
      ? [{ to: '/network', label: t.nav.network, qa: 'nav-network' }]
      : []),
    ...caseNavLinks(me, t),
  ]
  return (
    <nav className="main-nav" aria-label={t.layout.mainNavigation}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.to === '/'} data-qa={l.qa}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function Header({ me }: { me: Me | null }) {
  const { t } = useI18n()
  return (
    <header className="site-header">
      <div className="site-header__top container">
        <Link to="/" className="brand" data-qa="brand">
          <span className="brand__name">{t.serviceName}</span>
          <span className="brand__tagline">{t.serviceTagline}</span>
        </Link>
        <LanguageSwitch />
      </div>
      {me && (
        <div className="site-header__user container">
          <UserBar me={me} />
        </div>
      )}
      {me && (
        <div className="site-header__nav">
          <div className="container">
            <MainNavigation me={me} />
          </div>
        </div>
      )}
    </header>
  )
}
