import { z } from 'zod'
import { caseRoutes } from './domain/cases/case-routes'
import { conversationRoutes } from './domain/cases/conversation-routes'
import { enrolmentRoutes } from './domain/cases/enrolment-routes'
import { noticeRoutes } from './domain/cases/notice-routes'
import { serviceActionRoutes } from './domain/cases/service-action-routes'
import { catalogueRoutes } from './domain/catalogue/routes'
import { classificationRoutes } from './domain/classification/routes'
import { competenceRoutes } from './domain/competence/routes'
import { consentRoutes } from './domain/consent/routes'
import { customerRoutes } from './domain/customers/routes'
import { personSignInRoutes } from './domain/customers/sign-in-routes'
import { hsdsRoutes } from './domain/services/hsds-routes'
import { serviceTrayRoutes } from './domain/services/routes'
import { organisationRoutes } from './domain/organisations/routes'
import { siteContentRoutes } from './domain/site/routes'
import { purchasingRoutes } from './domain/purchasing/routes'
import { feeRoutes } from './domain/purchasing/fee-routes'
import { jobRoutes } from './domain/jobs/routes'
import { surveyRoutes } from './domain/survey/routes'
import { monitoringRoutes } from './domain/monitoring/routes'
import { authRoutes } from './platform/auth/routes'
import type { Config } from './platform/config'
import { checkDatabase } from './platform/db/database'
import { defineRoute, type AnyRoute } from './platform/http/route'
import { devMailboxRoutes } from './platform/mail/routes'

const healthRoute = defineRoute({
  method: 'GET',
  url: '/api/health',
  summary: 'Liveness and database check',
  tags: ['health'],
  action: 'public',
  response: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
  handler: async (ctx) => {
    await checkDatabase(ctx.db)
    return { status: 'ok' as const, database: 'ok' as const }
  },
})

/** Every API route of every module (wiring only); tests walk this same list. */
export function apiRoutes(config: Config): AnyRoute[] {
  return [
    healthRoute,
    ...authRoutes(config),
    ...personSignInRoutes(config),
    ...organisationRoutes,
    ...customerRoutes,
    ...consentRoutes,
    ...catalogueRoutes,
    ...enrolmentRoutes,
    ...caseRoutes,
    ...serviceActionRoutes,
    ...conversationRoutes,
    ...serviceTrayRoutes,
    ...hsdsRoutes,
    ...purchasingRoutes,
    ...feeRoutes(config),
    ...noticeRoutes,
    ...classificationRoutes,
    ...competenceRoutes,
    ...siteContentRoutes,
    ...jobRoutes(config),
    ...surveyRoutes,
    ...monitoringRoutes,
    ...(config.DEMO && !config.SMTP_URL ? devMailboxRoutes : []),
  ]
}
