import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { Navigate, Route, Routes, useLocation } from 'react-router'
import type { Me, Role } from '../api/types'
import { ErrorState, Loading } from '../components/AsyncState'
import { useI18n } from '../i18n/I18nProvider'
import { Layout } from '../layout/Layout'
import { NetworkPage } from '../pages/coordinator/NetworkPage'
import { NotFoundPage } from '../pages/NotFoundPage'
import { MyPage } from '../pages/person/MyPage'
import { MyCompetencePage } from '../pages/person/competence/MyCompetencePage'
import { SharedCompetencePage } from '../pages/SharedCompetencePage'
import { IdentificationCallbackPage } from '../pages/IdentificationCallbackPage'
import { InvitationPage } from '../pages/InvitationPage'
import { SignInPage } from '../pages/SignInPage'
import { SurveyPage } from '../pages/survey/SurveyPage'
import { CustomerListPage } from '../pages/worker/CustomerListPage'
import { CustomerSummaryPage } from '../pages/worker/CustomerSummaryPage'
import { caseRoutes } from './caseRoutes'
import { EmployerFormPage } from '../pages/jobs/EmployerFormPage'
import { EmployerPostingPage } from '../pages/jobs/EmployerPostingPage'
import { JobDetailPage } from '../pages/jobs/JobDetailPage'
import { OpenJobsPage } from '../pages/jobs/OpenJobsPage'
import { hasRole, useMe } from './session'

/** Shows `children` to a signed-in user with `role`; others go to sign in or to their home. */
function RequireRole({ role, children }: { role: Role | readonly Role[]; children: ReactNode }) {
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return <Loading />
  if (me.isError) return <ErrorState error={me.error} />
  if (!me.data) return <Navigate to="/signin" replace state={{ from: location.pathname }} />
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role
  if (!roles.some((r) => hasRole(me.data, r))) return <Navigate to="/" replace />
  return children
}

/** A page of the signed-in young person. */
function PersonPage({ page }: { page: (me: Me) => ReactNode }) {
  const me = useMe()
  if (me.isPending) return <Loading />
  if (me.isError) return <ErrorState error={me.error} />
  if (!me.data) return <Navigate to="/signin" replace />
  if (!hasRole(me.data, 'person')) return <Navigate to="/" replace />
  return page(me.data)
}

/** "/" is the young person's own page; workers and coordinators start from their views. */
function Home() {
  const me = useMe()
  if (me.isPending) return <Loading />
  if (me.isError) return <ErrorState error={me.error} />
  if (!me.data) return <Navigate to="/signin" replace />
  if (hasRole(me.data, 'person')) return <MyPage me={me.data} />
  if (hasRole(me.data, 'worker')) return <Navigate to="/customers" replace />
  if (hasRole(me.data, 'coordinator')) return <Navigate to="/network" replace />
  if (hasRole(me.data, 'content_editor')) return <Navigate to="/site-content" replace />
  if (hasRole(me.data, 'provider')) return <Navigate to="/provider" replace />
  if (hasRole(me.data, 'organisation_lead')) return <Navigate to="/monitoring" replace />
  return <NotFoundPage />
}

/** The signed-in user's own language setting decides the language. */
function UserLanguage() {
  const me = useMe().data
  const { setLang } = useI18n()
  const locale = me?.user.locale
  useEffect(() => {
    if (locale) setLang(locale)
  }, [locale, setLang])
  return null
}

export function AppRoutes() {
  return (
    <>
      <UserLanguage />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="signin" element={<SignInPage />} />
          <Route path="signin/callback" element={<IdentificationCallbackPage />} />
          <Route path="invitation" element={<InvitationPage />} />
          {/* An employer opens a share link without signing in. */}
          <Route path="competence/share/:token" element={<SharedCompetencePage />} />
          <Route
            path="competence"
            element={<PersonPage page={(me) => <MyCompetencePage me={me} />} />}
          />
          {/* Open jobs and employers' own postings need no sign-in. */}
          <Route path="jobs" element={<OpenJobsPage />} />
          <Route path="jobs/:jobId" element={<JobDetailPage />} />
          <Route path="employer/new" element={<EmployerFormPage />} />
          <Route path="employer/posting" element={<EmployerPostingPage />} />
          <Route path="survey" element={<SurveyPage />} />
          <Route
            path="customers"
            element={
              <RequireRole role="worker">
                <CustomerListPage />
              </RequireRole>
            }
          />
          <Route
            path="customers/:customerId"
            element={
              <RequireRole role="worker">
                <CustomerSummaryPage />
              </RequireRole>
            }
          />
          <Route
            path="network"
            element={
              <RequireRole role="coordinator">
                <NetworkPage />
              </RequireRole>
            }
          />
          {caseRoutes((role, page) => (
            <RequireRole role={role}>{page}</RequireRole>
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  )
}
