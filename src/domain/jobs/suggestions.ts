import { and, desc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { Conflict, NotFound } from '../../platform/errors'
import type { JobSuggestionResponse } from '../../shared/enums'
import { mayReadCategory } from '../cases/relations'
import { isOpen, presentPosting } from './postings'
import { jobPosting, jobSuggestion } from './schema'

/**
 * A worker suggests an open job to a young person; it shows in their plan as a next step until
 * they answer (interesting, applied, not for me). `applied_at` − `suggested_at` is the lead time
 * from suggestion to application (leadTimesOfSuggestions).
 */
export async function suggestJob(ctx: Ctx, customerId: string, jobPostingId: string) {
  if (ctx.actor.kind !== 'user' || !ctx.actor.organisationId) throw new Error('workers only')
  const [job] = await ctx.db
    .select({ id: jobPosting.id })
    .from(jobPosting)
    .where(and(eq(jobPosting.id, jobPostingId), isOpen(ctx.now)))
  if (!job) throw new NotFound('job_not_found', 'No such open job posting.')
  const [row] = await ctx.db
    .insert(jobSuggestion)
    .values({
      customerId,
      jobPostingId,
      suggestedByUserId: ctx.actor.userId,
      organisationId: ctx.actor.organisationId,
      suggestedAt: ctx.now,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: jobSuggestion.id })
  if (!row) throw new Conflict('duplicate_record', 'This job was suggested already.')
  ctx.audit.touch([customerId], [row.id])
  return { id: row.id }
}

/** A young person's suggested jobs, newest first; the plan shows the unanswered ones. */
export async function suggestionsOf(ctx: Ctx, customerId: string) {
  const rows = await ctx.db
    .select({ s: jobSuggestion, j: jobPosting })
    .from(jobSuggestion)
    .innerJoin(jobPosting, eq(jobPosting.id, jobSuggestion.jobPostingId))
    .where(eq(jobSuggestion.customerId, customerId))
    .orderBy(desc(jobSuggestion.suggestedAt), desc(jobSuggestion.id))
    .limit(100)
  ctx.audit.touch(
    [customerId],
    rows.map((r) => r.s.id),
  )
  return rows.map(({ s, j }) => ({
    id: s.id,
    suggestedAt: s.suggestedAt.toISOString(),
    response: s.response,
    responseReason: s.responseReason,
    respondedAt: s.respondedAt?.toISOString() ?? null,
    appliedAt: s.appliedAt?.toISOString() ?? null,
    job: presentPosting(j),
    jobOpen: j.state === 'published' && j.validThrough > ctx.now,
  }))
}

export async function respondToSuggestion(
  ctx: Ctx,
  suggestionId: string,
  response: JobSuggestionResponse,
  reason: string | null,
) {
  const [row] = await ctx.db
    .update(jobSuggestion)
    .set({
      response,
      responseReason: response === 'not_for_me' ? reason : null,
      respondedAt: ctx.now,
      // The first time they say they applied is when they applied.
      appliedAt:
        response === 'applied'
          ? sql`coalesce(${jobSuggestion.appliedAt}, ${ctx.now.toISOString()}::timestamptz)`
          : jobSuggestion.appliedAt,
      updatedAt: ctx.now,
    })
    .where(eq(jobSuggestion.id, suggestionId))
    .returning({ id: jobSuggestion.id })
  if (!row) throw new NotFound('job_suggestion_not_found', 'No such suggestion.')
}

/** Lead time from a suggestion to an application: median days, over suggestions made in [from, to]. */
export async function suggestionLeadTimes(ctx: Ctx, from: string, to: string) {
  const [row] = await queryRows<{
    suggestions: number
    applied: number
    median_days_to_application: number | null
  }>(
    ctx.db,
    sql`select count(*)::int as suggestions, count(applied_at)::int as applied,
          (percentile_cont(0.5) within group (order by extract(epoch from applied_at - suggested_at) / 86400))::float
            as median_days_to_application
        from job_suggestion
        where (suggested_at at time zone 'Europe/Helsinki')::date between ${from}::date and ${to}::date`,
  )
  return {
    suggestions: row?.suggestions ?? 0,
    applied: row?.applied ?? 0,
    medianDaysToApplication: row?.median_days_to_application ?? null,
  }
}

/**
 * The suggested jobs still open and not answered, for the young person's plan as next steps;
 * read through the competence category's rule, like the suggestions themselves.
 */
export async function unansweredSuggestionsOf(ctx: Ctx, customerId: string) {
  const rows = await queryRows<{
    id: string
    job_id: string
    title: string
    employer_name: string
    valid_through: Date | string
  }>(
    ctx.db,
    sql`select s.id::text as id, j.id::text as job_id, j.title, j.employer_name, j.valid_through
        from job_suggestion s join job_posting j on j.id = s.job_posting_id
        where s.customer_id = ${customerId}::uuid and s.response is null
          and j.state = 'published' and j.valid_through > ${ctx.now.toISOString()}::timestamptz
          and ${mayReadCategory(ctx.actor, ctx.now, sql`s.customer_id`, sql`'competence'::text`)}
        order by j.valid_through, s.id
        limit 20`,
  )
  return rows.map((r) => ({
    id: r.id,
    jobId: r.job_id,
    title: r.title,
    employerName: r.employer_name,
    validThrough: new Date(r.valid_through).toISOString(),
  }))
}
