import { z } from 'zod'
import type { Config } from '../../platform/config'
import { publicUrl } from '../../platform/config'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import { defineRoute } from '../../platform/http/route'
import {
  cefrLevels,
  employmentTypes,
  jobPostingStates,
  jobSuggestionResponses,
  locales,
  postingWorkingTimes,
} from '../../shared/enums'
import { customerParams } from '../customers/params'
import { jobActions } from './actions'
import { matchingCustomersOf, storedMatchesOf } from './match-views'
import { postingInputSchema } from './posting-input'
import { nameJobsOf, namePosting, namePostings } from './posting-names'
import { listOpenJobs, openPostingById } from './postings'
import {
  closePostingByToken,
  editPostingByToken,
  moderationQueue,
  postingByToken,
  publishPosting,
  rejectPosting,
  submitPosting,
} from './submissions'
import { respondToSuggestion, suggestJob, suggestionsOf } from './suggestions'

const tags = ['jobs']
const labelSchema = z.object({ fi: z.string(), sv: z.string(), en: z.string() })
const skillSchema = z.object({ uri: z.string(), label: labelSchema })

export const jobPostingSchema = z
  .object({
    id: z.string(),
    state: z.enum(jobPostingStates),
    title: z.string(),
    description: z.string(),
    employer: z.object({ name: z.string(), businessId: z.string() }),
    municipalityCode: z.string(),
    /** The municipality's names, or null for a code that names no known municipality. */
    municipalityName: labelSchema.nullable(),
    occupationUri: z.string().nullable(),
    /** The occupation's labels from the classification, or null for an unknown URI. */
    occupationLabel: labelSchema.nullable(),
    requiredSkills: z.array(skillSchema),
    optionalSkills: z.array(skillSchema),
    languageRequirements: z.array(
      z.object({ language: z.string(), minimumLevel: z.enum(cefrLevels) }),
    ),
    employmentType: z.enum(employmentTypes),
    workingTime: z.enum(postingWorkingTimes),
    startsOn: z.string().nullable(),
    validThrough: z.string(),
    apply: z.object({
      url: z.string().nullable(),
      email: z.string().nullable(),
      text: z.string().nullable(),
    }),
    postingLanguages: z.array(z.string()),
    source: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'JobPosting' })

export const matchReasonSchema = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('required_skills'), have: z.number(), of: z.number() }),
    z.object({ code: z.literal('optional_skills'), have: z.number(), of: z.number() }),
    z.object({ code: z.literal('occupation_wished') }),
    z.object({ code: z.literal('municipality_wished') }),
    z.object({
      code: z.literal('language'),
      language: z.string(),
      required: z.enum(cefrLevels),
      yours: z.enum(cefrLevels).nullable(),
    }),
  ])
  .meta({ id: 'MatchReason' })

const jobParams = z.object({ jobId: z.uuid() })
const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/)
  .describe('The token of the edit link')
const submissionSchema = z.object({
  posting: postingInputSchema,
  contactEmail: z.email().max(320),
  locale: z.enum(locales).default('fi'),
})
const ownPostingSchema = jobPostingSchema.extend({ rejectionReason: z.string().nullable() })

export function jobRoutes(config: Config) {
  const linkBase = publicUrl(config)
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/jobs',
      summary: 'Open jobs, newest first (keyset pages)',
      tags,
      action: 'public',
      query: cursorQuery.extend({
        municipality: z
          .string()
          .regex(/^[0-9]{3}$/)
          .optional(),
      }),
      response: cursorPageOf(jobPostingSchema),
      handler: async (ctx, { query }) => {
        const page = await listOpenJobs(ctx.db, ctx.now, {
          after: query.after,
          limit: query.limit,
          municipalityCode: query.municipality,
        })
        return { ...page, items: await namePostings(ctx.db, page.items) }
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/jobs/:jobId',
      summary: 'One open job',
      tags,
      action: 'public',
      params: jobParams,
      response: jobPostingSchema,
      handler: async (ctx, { params }) =>
        namePosting(ctx.db, await openPostingById(ctx.db, params.jobId, ctx.now)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/job-submissions',
      summary: "An employer's own job posting, without an account; published after moderation",
      tags,
      action: 'public',
      body: submissionSchema,
      status: 201,
      response: z.object({ id: z.string(), state: z.literal('pending_moderation') }),
      handler: (ctx, { body }) =>
        ctx.db.transaction((tx) => submitPosting({ ...ctx, db: tx }, body, linkBase)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/job-submissions/view',
      summary: "The employer's posting through their edit link",
      tags,
      action: 'public',
      body: z.object({ token: tokenSchema }),
      response: ownPostingSchema,
      handler: async (ctx, { body }) => namePosting(ctx.db, await postingByToken(ctx, body.token)),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/job-submissions',
      summary: 'The employer edits their posting through their link; it is moderated again',
      tags,
      action: 'public',
      body: z.object({ token: tokenSchema, posting: postingInputSchema }),
      response: ownPostingSchema,
      handler: async (ctx, { body }) =>
        namePosting(
          ctx.db,
          await ctx.db.transaction((tx) =>
            editPostingByToken({ ...ctx, db: tx }, body.token, body.posting),
          ),
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/job-submissions/close',
      summary: 'The employer closes their posting through their link',
      tags,
      action: 'public',
      body: z.object({ token: tokenSchema }),
      status: 204,
      response: z.null(),
      handler: async (ctx, { body }) => {
        await ctx.db.transaction((tx) => closePostingByToken({ ...ctx, db: tx }, body.token))
        return null
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/job-moderation',
      summary: "Employers' postings waiting for moderation, oldest first",
      tags,
      action: jobActions.moderate,
      query: cursorQuery,
      response: cursorPageOf(jobPostingSchema.extend({ submittedAt: z.string() })),
      handler: async (ctx, { query }) => {
        const page = await moderationQueue(ctx, query)
        return { ...page, items: await namePostings(ctx.db, page.items) }
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/job-moderation/:jobId/publish',
      summary: "Publishes an employer's posting",
      tags,
      action: jobActions.moderate,
      params: jobParams,
      response: jobPostingSchema,
      handler: async (ctx, { params }) =>
        namePosting(ctx.db, await publishPosting(ctx, params.jobId)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/job-moderation/:jobId/reject',
      summary: "Rejects an employer's posting, with the reason they are told",
      tags,
      action: jobActions.moderate,
      params: jobParams,
      body: z.object({ reason: z.string().trim().min(1).max(1000) }),
      response: jobPostingSchema,
      handler: async (ctx, { params, body }) =>
        namePosting(ctx.db, await rejectPosting(ctx, params.jobId, body.reason)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/customers/:customerId/job-matches',
      summary: "The young person's matched open jobs with reasons (computed on change)",
      tags,
      action: jobActions.readMatches,
      params: customerParams,
      target: ({ params }) => params.customerId,
      response: z.object({
        computedAt: z.string().nullable(),
        items: z.array(
          z.object({
            rank: z.number().int(),
            score: z.number().int(),
            reasons: z.array(matchReasonSchema),
            missing: z.array(skillSchema),
            job: jobPostingSchema,
          }),
        ),
      }),
      handler: async (ctx, { params }) => {
        const matches = await storedMatchesOf(ctx, params.customerId)
        return { ...matches, items: await nameJobsOf(ctx.db, matches.items) }
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/jobs/:jobId/matching-customers',
      summary: 'For a job, the matching joint customers whose competence the worker may see',
      tags,
      action: jobActions.matchingCustomers,
      params: jobParams,
      query: cursorQuery,
      persons: (page) => page.items.map((i) => i.customerId),
      response: cursorPageOf(
        z.object({
          customerId: z.string(),
          score: z.number().int(),
          reasons: z.array(matchReasonSchema),
          missing: z.array(skillSchema),
        }),
      ),
      handler: (ctx, { params, query }) => matchingCustomersOf(ctx, params.jobId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/customers/:customerId/job-suggestions',
      summary: 'A worker suggests an open job to a young person (a next step in their plan)',
      tags,
      action: jobActions.suggest,
      params: customerParams,
      target: ({ params }) => params.customerId,
      body: z.object({ jobPostingId: z.uuid() }),
      status: 201,
      response: z.object({ id: z.string() }),
      handler: (ctx, { params, body }) => suggestJob(ctx, params.customerId, body.jobPostingId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/customers/:customerId/job-suggestions',
      summary: 'Jobs suggested to the young person, and their answers',
      tags,
      action: jobActions.readSuggestions,
      params: customerParams,
      target: ({ params }) => params.customerId,
      response: z.object({
        items: z.array(
          z.object({
            id: z.string(),
            suggestedAt: z.string(),
            response: z.enum(jobSuggestionResponses).nullable(),
            responseReason: z.string().nullable(),
            respondedAt: z.string().nullable(),
            appliedAt: z.string().nullable(),
            job: jobPostingSchema,
            jobOpen: z.boolean(),
          }),
        ),
      }),
      handler: async (ctx, { params }) => ({
        items: await nameJobsOf(ctx.db, await suggestionsOf(ctx, params.customerId)),
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/job-suggestions/:suggestionId/response',
      summary: 'The young person marks a suggested job interesting, applied or not for them',
      tags,
      action: jobActions.respond,
      params: z.object({ suggestionId: z.uuid() }),
      target: ({ params }) => params.suggestionId,
      body: z.object({
        response: z.enum(jobSuggestionResponses),
        reason: z.string().trim().max(500).nullable().default(null),
      }),
      status: 204,
      response: z.null(),
      handler: async (ctx, { params, body }) => {
        await respondToSuggestion(ctx, params.suggestionId, body.response, body.reason)
        return null
      },
    }),
  ]
}
