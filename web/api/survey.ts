import type { SurveyAnswerBody } from '../../src/shared/survey'
import { call, client } from './client'
import type { paths } from './schema'

export type SurveyResults =
  paths['/api/v1/survey-results']['get']['responses'][200]['content']['application/json']

const inCustomer = (customerId: string) => ({ params: { path: { customerId } } })

/** The satisfaction survey: the link without signing in, the own view, the results. */
export const surveyApi = {
  check: (token: string) => call(client.POST('/api/v1/surveys/check', { body: { token } })),
  answerByLink: (token: string, answer: SurveyAnswerBody) =>
    call(client.POST('/api/v1/surveys/answer', { body: { token, ...answer } })),
  pending: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/surveys', inCustomer(customerId))),
  answerOwn: (customerId: string, surveyId: string, answer: SurveyAnswerBody) =>
    call(
      client.POST('/api/v1/customers/{customerId}/surveys/{surveyId}/answer', {
        params: { path: { customerId, surveyId } },
        body: answer,
      }),
    ),
  results: (month: string) =>
    call(client.GET('/api/v1/survey-results', { params: { query: { month } } })),
}
