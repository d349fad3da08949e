import { call, client, type Schemas } from './client'
import type { Body, Ok } from './types'

export type JobPosting = Schemas['JobPosting']
export type MatchReason = Schemas['MatchReason']
export type JobMatch = Ok<'/api/v1/customers/{customerId}/job-matches', 'get'>['items'][number]
export type JobSuggestion = Ok<
  '/api/v1/customers/{customerId}/job-suggestions',
  'get'
>['items'][number]
export type JobSubmission = Body<'/api/v1/job-submissions', 'post'>
export type PostingInput = JobSubmission['posting']
export type SuggestionResponse = NonNullable<JobSuggestion['response']>

const inCustomer = (customerId: string) => ({ params: { path: { customerId } } })
const inJob = (jobId: string) => ({ params: { path: { jobId } } })

/** Open jobs, the young person's matches and suggestions, employers' postings, moderation. */
export const jobsApi = {
  open: (after: string | null) =>
    call(
      client.GET('/api/v1/jobs', { params: { query: { limit: 20, ...(after ? { after } : {}) } } }),
    ),
  one: (jobId: string) => call(client.GET('/api/v1/jobs/{jobId}', inJob(jobId))),
  matches: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/job-matches', inCustomer(customerId))),
  matchingCustomers: (jobId: string) =>
    call(
      client.GET('/api/v1/jobs/{jobId}/matching-customers', {
        params: { path: { jobId }, query: { limit: 50 } },
      }),
    ),
  suggestions: (customerId: string) =>
    call(client.GET('/api/v1/customers/{customerId}/job-suggestions', inCustomer(customerId))),
  suggest: (customerId: string, jobPostingId: string) =>
    call(
      client.POST('/api/v1/customers/{customerId}/job-suggestions', {
        ...inCustomer(customerId),
        body: { jobPostingId },
      }),
    ),
  respond: (suggestionId: string, response: SuggestionResponse, reason: string | null) =>
    call(
      client.POST('/api/v1/job-suggestions/{suggestionId}/response', {
        params: { path: { suggestionId } },
        body: { response, reason },
      }),
    ),
  submit: (body: JobSubmission) => call(client.POST('/api/v1/job-submissions', { body })),
  byToken: (token: string) =>
    call(client.POST('/api/v1/job-submissions/view', { body: { token } })),
  closeByToken: (token: string) =>
    call(client.POST('/api/v1/job-submissions/close', { body: { token } })),
  moderationQueue: () =>
    call(client.GET('/api/v1/job-moderation', { params: { query: { limit: 50 } } })),
  publish: (jobId: string) =>
    call(client.POST('/api/v1/job-moderation/{jobId}/publish', inJob(jobId))),
  reject: (jobId: string, reason: string) =>
    call(
      client.POST('/api/v1/job-moderation/{jobId}/reject', { ...inJob(jobId), body: { reason } }),
    ),
}
