import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Invalid, NotFound } from '../../platform/errors'
import { decodePosition, encodePosition } from '../../platform/http/paging'
import type { Locale } from '../../shared/enums'
import { siteFeedback } from './schema'

/** Act 306/2019 § 15: feedback on accessibility is answered within 14 days. */
export const ANSWER_DAYS = 14

const helsinkiDate = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(at)

export function dueOn(receivedAt: Date): string {
  return helsinkiDate(new Date(receivedAt.getTime() + ANSWER_DAYS * 86_400_000))
}

export interface FeedbackInput {
  message: string
  page: string
  contact: string
  lang: Locale
}

/** A visitor's feedback from the website's form; no account, no cookie, no address is kept. */
export async function receiveFeedback(db: Queryable, input: FeedbackInput, now: Date) {
  const message = input.message.trim()
  if (message === '' || message.length > 4000)
    throw new Invalid('validation_failed', 'The feedback is empty or too long.', [
      { field: 'message', code: message === '' ? 'required' : 'too_long', message: 'Feedback' },
    ])
  const [row] = await db
    .insert(siteFeedback)
    .values({
      message,
      page: input.page.trim().slice(0, 500) || null,
      contact: input.contact.trim().slice(0, 200) || null,
      lang: input.lang,
      dueOn: dueOn(now),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: siteFeedback.id })
  return row!
}

type FeedbackRow = typeof siteFeedback.$inferSelect

/** Overdue: not answered and the due date (Europe/Helsinki) has passed. */
function feedbackView(r: FeedbackRow, now: Date) {
  return {
    id: r.id,
    message: r.message,
    page: r.page,
    contact: r.contact,
    lang: r.lang,
    receivedAt: r.createdAt.toISOString(),
    dueOn: r.dueOn,
    overdue: r.answeredAt === null && r.dueOn < helsinkiDate(now),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    answer: r.answer,
  }
}

/** The coordinator's list: unanswered first, each by its due date; keyset pages. */
export async function listFeedback(
  db: Queryable,
  q: { open?: boolean | undefined; after?: string | undefined; limit: number },
  now: Date,
) {
  const position = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select()
    .from(siteFeedback)
    .where(
      and(
        q.open ? isNull(siteFeedback.answeredAt) : undefined,
        position
          ? sql`(${siteFeedback.createdAt}, ${siteFeedback.id}) < (${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(siteFeedback.createdAt), desc(siteFeedback.id))
    .limit(q.limit + 1)
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  const hasMore = rows.length > q.limit
  return {
    items: page.map((r) => feedbackView(r, now)),
    hasMore,
    next: hasMore && last ? encodePosition({ at: last.createdAt, id: last.id }) : null,
  }
}

export async function feedbackById(ctx: Ctx, id: string) {
  const [row] = await ctx.db.select().from(siteFeedback).where(eq(siteFeedback.id, id))
  if (!row) throw new NotFound('not_found', 'No such feedback.')
  ctx.audit.touch([], [id])
  return feedbackView(row, ctx.now)
}

/** Records what was answered (or how) and marks the feedback answered; a later answer replaces it. */
export async function answerFeedback(ctx: Ctx, id: string, answer: string) {
  const text = answer.trim()
  if (text === '')
    throw new Invalid('validation_failed', 'The answer is empty.', [
      { field: 'answer', code: 'required', message: 'Answer' },
    ])
  const [row] = await ctx.db
    .update(siteFeedback)
    .set({
      answer: text,
      answeredAt: ctx.now,
      answeredBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      updatedAt: ctx.now,
    })
    .where(eq(siteFeedback.id, id))
    .returning()
  if (!row) throw new NotFound('not_found', 'No such feedback.')
  ctx.audit.touch([], [id])
  return feedbackView(row, ctx.now)
}
