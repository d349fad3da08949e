import { and, asc, desc, eq, sql } from 'drizzle-orm'
import {
  cursorPageFrom,
  decodePosition,
  encodePosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { accountContacts } from '../../platform/auth/auth'
import type { Ctx } from '../../platform/context'
import { Forbidden } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import { queueNotification, type MailRecipient } from '../../platform/mail/outbox'
import type { DataCategory } from '../consent/schema'
import { customerContact } from '../customers/contact'
import { currentCase, openCase, teamOf } from './case'
import { mayReadCategory, mayReadCategoryNow } from './relations'
import { caseMessage, caseNote, type MessageThread } from './schema'
import { recordTimeline } from './timeline'

export async function addNote(
  ctx: Ctx,
  customerId: CustomerId,
  dataCategory: DataCategory,
  body: string,
) {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Workers only.')
  const jc = await openCase(ctx.db, customerId)
  // One writes only what one could read back: the same rule as every read (relations.ts).
  if (!(await mayReadCategoryNow(ctx, customerId, dataCategory))) {
    throw new Forbidden(
      'no_consent_for_category',
      'Neither a consent nor your statute covers notes of this category.',
    )
  }
  const [row] = await ctx.db
    .insert(caseNote)
    .values({
      jointCustomershipId: jc.id,
      authorUserId: actor.userId,
      authorOrganisationId: actor.organisationId,
      dataCategory,
      body: body.trim(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: caseNote.id })
  await recordTimeline(ctx, jc.id, 'note_added', dataCategory, row!.id)
  ctx.audit.touch([customerId], [row!.id])
  return row!.id
}

/** Backstage notes, only of the categories the viewer may see (filtered in the query). */
export async function listNotes(ctx: Ctx, customerId: CustomerId) {
  const jc = await currentCase(ctx.db, customerId)
  const visible = await ctx.db
    .select()
    .from(caseNote)
    .where(
      and(
        eq(caseNote.jointCustomershipId, jc.id),
        mayReadCategory(ctx.actor, ctx.now, customerId, caseNote.dataCategory),
      ),
    )
    .orderBy(asc(caseNote.createdAt), asc(caseNote.id))
  const authors = await accountContacts(ctx.db, [...new Set(visible.map((r) => r.authorUserId))])
  ctx.audit.touch(
    [customerId],
    visible.map((r) => r.id),
  )
  return visible.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    author: { id: r.authorUserId, displayName: authors.get(r.authorUserId)?.displayName ?? '' },
    organisationId: r.authorOrganisationId,
    dataCategory: r.dataCategory,
    body: r.body,
  }))
}

function threadAllowed(ctx: Ctx, customerId: string, thread: MessageThread): boolean {
  const actor = ctx.actor
  if (actor.kind !== 'user') return false
  const isCustomer = actor.customerId === customerId
  // The team-only thread is backstage: never the young person's.
  return thread === 'customer' || !isCustomer
}

/**
 * A thread's messages, keyset paged backwards from the newest: a page holds the latest `limit`
 * messages before the cursor, shown oldest first; `next` leads to earlier ones.
 */
export async function listMessages(
  ctx: Ctx,
  customerId: CustomerId,
  thread: MessageThread,
  query: CursorQuery,
) {
  if (!threadAllowed(ctx, customerId, thread))
    throw new Forbidden('not_your_thread', 'Not your thread.')
  const jc = await currentCase(ctx.db, customerId)
  const after = query.after ? decodePosition(query.after) : null
  const rows = await ctx.db
    .select()
    .from(caseMessage)
    .where(
      and(
        eq(caseMessage.jointCustomershipId, jc.id),
        eq(caseMessage.thread, thread),
        after
          ? sql`(${caseMessage.createdAt}, ${caseMessage.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(caseMessage.createdAt), desc(caseMessage.id))
    .limit(query.limit + 1)
  const shown = rows.slice(0, query.limit)
  const authors = await accountContacts(ctx.db, [...new Set(shown.map((r) => r.authorUserId))])
  ctx.audit.touch(
    [customerId],
    shown.map((r) => r.id),
  )
  return cursorPageFrom(
    rows,
    query.limit,
    (page) =>
      page.reverse().map((r) => ({
        id: r.id,
        createdAt: r.createdAt.toISOString(),
        author: { id: r.authorUserId, displayName: authors.get(r.authorUserId)?.displayName ?? '' },
        organisationId: r.authorOrganisationId,
        fromCustomer: r.authorOrganisationId === null,
        body: r.body,
      })),
    (r) => encodePosition({ at: r.createdAt, id: r.id }),
  )
}

export async function sendMessage(
  ctx: Ctx,
  customerId: CustomerId,
  thread: MessageThread,
  body: string,
) {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !threadAllowed(ctx, customerId, thread))
    throw new Forbidden('not_your_thread', 'Not your thread.')
  const jc = await openCase(ctx.db, customerId)
  const fromCustomer = actor.customerId === customerId
  const [row] = await ctx.db
    .insert(caseMessage)
    .values({
      jointCustomershipId: jc.id,
      thread,
      authorUserId: actor.userId,
      authorOrganisationId: fromCustomer ? null : actor.organisationId,
      body: body.trim(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: caseMessage.id })
  await recordTimeline(ctx, jc.id, 'message_sent', 'employment_and_plan', row!.id, { thread })
  // Everyone else on the thread hears of it by mail (queued in this transaction).
  const team = await teamOf(ctx, jc)
  const recipients: MailRecipient[] = team
    .filter((m) => m.contact && m.contact.id !== actor.userId)
    .map((m) => ({ email: m.contact!.email, locale: m.contactLocale }))
  if (thread === 'customer' && !fromCustomer) {
    const person = await customerContact(ctx.db, customerId)
    if (person) recipients.push(person)
  }
  await queueNotification(ctx.db, recipients, 'newMessage', ctx.now)
  ctx.audit.touch([customerId], [row!.id])
  return row!.id
}

export const messageCount = async (ctx: Ctx, jcId: string): Promise<number> => {
  const [r] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseMessage)
    .where(eq(caseMessage.jointCustomershipId, jcId))
  return r?.n ?? 0
}
