import { call, client } from './client'
import type { components } from './schema'

export type SiteFeedback = components['schemas']['SiteFeedback']

const inFeedback = (feedbackId: string) => ({ params: { path: { feedbackId } } })

/** The website's feedback, as the coordinator answers it. */
export const siteFeedbackApi = {
  list: (q: { open: boolean; after: string | null }) =>
    call(
      client.GET('/api/v1/site/feedback', {
        params: {
          query: { limit: 25, open: String(q.open), ...(q.after ? { after: q.after } : {}) },
        },
      }),
    ),
  one: (feedbackId: string) =>
    call(client.GET('/api/v1/site/feedback/{feedbackId}', inFeedback(feedbackId))),
  answer: (feedbackId: string, answer: string) =>
    call(
      client.POST('/api/v1/site/feedback/{feedbackId}/answered', {
        ...inFeedback(feedbackId),
        body: { answer },
      }),
    ),
}
