import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import type { CustomerId } from '../../platform/ids'
import { localisedTextSchema } from '../../platform/localised'
import { disclosedSchema } from '../../shared/disclosed-schema'
import { endReasons, locales } from '../../shared/enums'
import { surveyAnswerBody, surveyToken } from '../../shared/survey'
import { customerParams } from '../customers/params'
import { surveyActions } from './actions'
import { surveyResults } from './results'
import { answerOwnSurvey, answerSurveyByToken, checkSurveyLink, pendingSurveys } from './survey'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')

export const surveyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/surveys/check',
    summary: 'Whether a survey link still works (410 once answered or run out)',
    tags: ['survey'],
    action: 'public',
    body: z.strictObject({ token: surveyToken }),
    response: z.object({ locale: z.enum(locales) }),
    handler: async (ctx, { body }) => {
      const found = await checkSurveyLink(ctx.db, body.token, ctx.now)
      return { locale: found.locale }
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/surveys/answer',
    summary: 'Answer the survey through its link, without signing in; the link then stops working',
    tags: ['survey'],
    action: 'public',
    status: 204,
    body: surveyAnswerBody.extend({ token: surveyToken }),
    response: z.null(),
    handler: async (ctx, { body }) => {
      const { token, ...answer } = body
      await ctx.db.transaction((tx) => answerSurveyByToken(tx, token, answer, ctx.now))
      return null
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/surveys',
    summary: "The young person's pending satisfaction surveys",
    tags: ['survey'],
    action: surveyActions.read,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: z.object({ items: z.array(z.object({ id: z.string(), expiresAt: z.string() })) }),
    handler: async (ctx, { params }) => ({
      items: await pendingSurveys(ctx, params.customerId as CustomerId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/surveys/:surveyId/answer',
    summary: 'Answer a pending survey from the own view; the answer keeps no link to the person',
    tags: ['survey'],
    action: surveyActions.answer,
    params: customerParams.extend({ surveyId: z.uuid() }),
    target: ({ params }) => params.customerId,
    status: 204,
    body: surveyAnswerBody,
    response: z.null(),
    handler: async (ctx, { params, body }) => {
      await answerOwnSurvey(ctx, params.customerId as CustomerId, params.surveyId, body)
      return null
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-results',
    summary: "One month's survey results by municipality and end reason, small numbers suppressed",
    tags: ['survey'],
    action: surveyActions.readResults,
    query: z.strictObject({ month }),
    response: z.object({
      period: z.string(),
      threshold: z.number(),
      endReasons: z.array(z.enum(endReasons)),
      rows: z.array(
        z.object({
          municipality: z.object({ id: z.string(), name: localisedTextSchema }),
          byEndReason: z.array(disclosedSchema),
          total: disclosedSchema,
          means: z.object({
            overall: disclosedSchema.nullable(),
            seamless: disclosedSchema.nullable(),
            contacts: disclosedSchema.nullable(),
            helped: disclosedSchema.nullable(),
          }),
          freeTexts: z.array(z.string()).nullable(),
        }),
      ),
      columnTotals: z.array(disclosedSchema),
      grandTotal: disclosedSchema,
    }),
    handler: (ctx, { query }) => surveyResults(ctx, `${query.month}-01`),
  }),
]
