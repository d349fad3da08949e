import { useEffect, useRef } from 'react'
import { Outlet, useLocation } from 'react-router'
import { SkipLink } from 'suomifi-ui-components'
import { useMe } from '../app/session'
import { useI18n } from '../i18n/I18nProvider'
import { Header } from './Header'

/** Moves focus to the new page's heading after in-app navigation, as a page load would. */
function useFocusOnNavigation(): void {
  const location = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const frame = window.requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>('main h1') ??
        document.querySelector<HTMLElement>('main')
      target?.focus({ preventScroll: false })
    })
    return () => window.cancelAnimationFrame(frame)
  }, [location.pathname])
}

export function Layout() {
  const { t } = useI18n()
  const me = useMe().data ?? null
  useFocusOnNavigation()
  return (
    <div className="app">
      <SkipLink href="#main">{t.layout.skipToContent}</SkipLink>
      <Header me={me} />
      <main id="main" tabIndex={-1} className="main container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">{t.layout.footer}</div>
      </footer>
    </div>
  )
}
