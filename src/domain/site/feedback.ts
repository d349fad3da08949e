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

/** The coordinator's list: unanswered first, each by its due date; keyset pages. */
export async function listFeedback(
  db: Queryable,
  q: { open?: boolean | undefined; after?: string | undefined; limit: number },
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
    items: page.map((r) => ({
      id: r.id,
      message: r.message,
      page: r.page,
      contact: r.contact,
      lang: r.lang,
      receivedAt: r.createdAt.toISOString(),
      dueOn: r.dueOn,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
    hasMore,
    next: hasMore && last ? encodePosition({ at: last.createdAt, id: last.id }) : null,
  }
}

export async function markFeedbackAnswered(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .update(siteFeedback)
    .set({
      answeredAt: ctx.now,
      answeredBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      updatedAt: ctx.now,
    })
    .where(eq(siteFeedback.id, id))
    .returning({ id: siteFeedback.id })
  if (!row) throw new NotFound('not_found', 'No such feedback.')
  ctx.audit.touch([], [id])
  return { id: row.id, answeredAt: ctx.now.toISOString() }
}
