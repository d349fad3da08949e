import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { Conflict, NotFound, TooManyRequests } from '../../platform/errors'
import { cursorPageFrom, decodePosition, encodePosition } from '../../platform/http/paging'
import { queueNotification } from '../../platform/mail/outbox'
import type { Locale } from '../../shared/enums'
import { requestRematchOfJobs } from './background-jobs'
import { postingColumns, type PostingInput } from './posting-input'
import { postingById, presentPosting } from './postings'
import { jobPosting } from './schema'

/**
 * An employer's own posting, without an account: it waits for a coordinator's moderation; the
 * employer gets a link (an unguessable token, stored only as its hash) to edit or close it.
 */

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** Submissions from one e-mail address per hour, before the form says to wait. */
export const SUBMISSIONS_PER_HOUR = 5

export interface Submission {
  posting: PostingInput
  contactEmail: string
  locale: Locale
}

/** The link the employer gets; the token is in the fragment, so it never reaches a server log. */
export const editLink = (base: string, token: string) => `${base}/employer/posting#${token}`

/**
 * `linkOf` makes the employer's link from the base and the token: the app's (above) by default;
 * the website's no-JavaScript form gives its own page, which has the token in its path.
 */
export async function submitPosting(
  ctx: Ctx,
  input: Submission,
  linkBase: string,
  linkOf: (base: string, token: string) => string = editLink,
) {
  const hourAgo = new Date(ctx.now.getTime() - 3_600_000)
  const [recent] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from job_posting
        where source = 'employer' and contact_email = ${input.contactEmail}
          and created_at > ${hourAgo.toISOString()}::timestamptz`,
  )
  if ((recent?.n ?? 0) >= SUBMISSIONS_PER_HOUR) {
    throw new TooManyRequests('too_many_requests', 'Too many postings from this address.', 3600)
  }
  const token = randomBytes(32).toString('base64url')
  const id = crypto.randomUUID()
  await ctx.db.insert(jobPosting).values({
    id,
    ...postingColumns(input.posting),
    source: 'employer',
    sourceId: id,
    state: 'pending_moderation',
    contactEmail: input.contactEmail,
    editTokenHash: hashOf(token),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  await queueNotification(
    ctx.db,
    [{ email: input.contactEmail, locale: input.locale }],
    'jobSubmitted',
    ctx.now,
    linkOf(linkBase, token),
  )
  return { id, state: 'pending_moderation' as const }
}

async function byToken(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select()
    .from(jobPosting)
    .where(and(eq(jobPosting.editTokenHash, hashOf(token)), eq(jobPosting.source, 'employer')))
  // A closed posting's link stops working.
  if (!row || row.state === 'closed') throw new NotFound('job_link_invalid', 'No such link.')
  return row
}

/** What the employer sees through their link: the posting and where it stands. */
export async function postingByToken(ctx: Ctx, token: string) {
  const row = await byToken(ctx, token)
  return { ...presentPosting(row), rejectionReason: row.rejectionReason }
}

/** An edit goes back to moderation: the coordinator sees what is published. */
export async function editPostingByToken(ctx: Ctx, token: string, posting: PostingInput) {
  const row = await byToken(ctx, token)
  await ctx.db
    .update(jobPosting)
    .set({
      ...postingColumns(posting),
      state: 'pending_moderation',
      rejectionReason: null,
      publishedAt: null,
      updatedAt: ctx.now,
    })
    .where(eq(jobPosting.id, row.id))
  if (row.state === 'published') await requestRematchOfJobsFrom(ctx, [row.id])
  return postingByToken(ctx, token)
}

export async function closePostingByToken(ctx: Ctx, token: string) {
  const row = await byToken(ctx, token)
  await ctx.db
    .update(jobPosting)
    .set({ state: 'closed', closedAt: ctx.now, updatedAt: ctx.now })
    .where(eq(jobPosting.id, row.id))
  await ctx.db.execute(sql`delete from job_match where job_posting_id = ${row.id}::uuid`)
  await requestRematchOfJobsFrom(ctx, [row.id])
}

async function requestRematchOfJobsFrom(ctx: Ctx, ids: string[]) {
  if (ctx.queue) await requestRematchOfJobs(ctx.queue, ctx.db, ids)
}

/** The moderation queue, oldest first. */
export async function moderationQueue(ctx: Ctx, q: { after?: string | undefined; limit: number }) {
  const after = q.after ? decodePosition(q.after) : null
  const rows = await ctx.db
    .select()
    .from(jobPosting)
    .where(
      and(
        eq(jobPosting.state, 'pending_moderation'),
        gt(jobPosting.validThrough, ctx.now),
        after
          ? sql`(${jobPosting.updatedAt}, ${jobPosting.id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(jobPosting.updatedAt, jobPosting.id)
    .limit(q.limit + 1)
  return cursorPageFrom(
    rows,
    q.limit,
    (shown) => shown.map((r) => ({ ...presentPosting(r), submittedAt: r.updatedAt.toISOString() })),
    (r) => encodePosition({ at: r.updatedAt, id: r.id }),
  )
}

async function pending(ctx: Ctx, id: string) {
  const row = await postingById(ctx.db, id)
  if (row.state !== 'pending_moderation')
    throw new Conflict('job_not_pending_moderation', 'The posting is not waiting for moderation.')
  return row
}

const moderator = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)

export async function publishPosting(ctx: Ctx, id: string) {
  await pending(ctx, id)
  await ctx.db
    .update(jobPosting)
    .set({
      state: 'published',
      publishedAt: ctx.now,
      moderatedByUserId: moderator(ctx),
      updatedAt: ctx.now,
    })
    .where(eq(jobPosting.id, id))
  await requestRematchOfJobsFrom(ctx, [id])
  return presentPosting(await postingById(ctx.db, id))
}

export async function rejectPosting(ctx: Ctx, id: string, reason: string) {
  await pending(ctx, id)
  await ctx.db
    .update(jobPosting)
    .set({
      state: 'rejected',
      rejectionReason: reason,
      moderatedByUserId: moderator(ctx),
      updatedAt: ctx.now,
    })
    .where(eq(jobPosting.id, id))
  return presentPosting(await postingById(ctx.db, id))
}
