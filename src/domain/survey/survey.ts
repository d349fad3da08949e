import { createHash, randomBytes } from 'node:crypto'
import { and, eq, or } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Gone, NotFound } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import { queueNotification } from '../../platform/mail/outbox'
import type { EndReason } from '../../shared/enums'
import type { SurveyAnswerBody } from '../../shared/survey'
import { customerContact } from '../customers/contact'
import { surveyAnswer, surveyInvitation } from './schema'

/** How long an invitation lasts where the app did not say (Ctx.surveys). */
export const DEFAULT_SURVEY_VALID_DAYS = 60

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')
export const newSurveyToken = (): string => randomBytes(32).toString('base64url')

/** The token travels in the fragment: browsers send no fragment to a server or in a Referer. */
export const surveyLink = (linkBase: string, token: string): string =>
  `${linkBase}/app/survey#${token}`

/** The first day of the month of an ISO date: the only time an answer carries. */
export const periodOf = (isoDate: string): string => `${isoDate.slice(0, 7)}-01`

/**
 * Invites the young person to the satisfaction survey when their joint customership ends, in
 * the ending's transaction: an invitation (the token's digest only) and, where they have an
 * address, a mail in their language with the one-time link. The survey also shows in their own
 * view while it is pending.
 */
export async function inviteToSurvey(
  ctx: Ctx,
  input: { customerId: CustomerId; endedOn: string; endReason: EndReason },
): Promise<void> {
  const person = await customerContact(ctx.db, input.customerId)
  if (!person) return
  const token = newSurveyToken()
  const validDays = ctx.surveys?.validDays ?? DEFAULT_SURVEY_VALID_DAYS
  const [row] = await ctx.db
    .insert(surveyInvitation)
    .values({
      customerId: input.customerId,
      tokenHash: sha256(token),
      period: periodOf(input.endedOn),
      municipalityId: person.municipalityId,
      endReason: input.endReason,
      locale: person.locale,
      expiresAt: new Date(ctx.now.getTime() + validDays * 86_400_000),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: surveyInvitation.id })
  if (ctx.surveys && person.email) {
    await queueNotification(
      ctx.db,
      [{ email: person.email, locale: person.locale }],
      'surveyInvitation',
      ctx.now,
      surveyLink(ctx.surveys.linkBase, token),
    )
  }
  ctx.audit.touch([input.customerId], [row!.id])
}

type Invitation = typeof surveyInvitation.$inferSelect

const gone = () => new Gone('survey_link_gone', 'The survey link has been used or has run out.')

/** The invitation a link's token opens; a used, expired or unknown link is gone (410). */
async function invitationOfToken(
  db: Queryable,
  token: string,
  now: Date,
  lock: boolean,
): Promise<Invitation> {
  const hash = sha256(token)
  const query = db
    .select()
    .from(surveyInvitation)
    .where(or(eq(surveyInvitation.tokenHash, hash), eq(surveyInvitation.reminderTokenHash, hash)))
  const [row] = lock ? await query.for('update') : await query
  // Answered invitations no longer exist: an unknown token cannot be told from a used one.
  if (!row || row.expiresAt <= now) throw gone()
  return row
}

/** What the survey page needs before answering: the language the person was asked in. */
export async function checkSurveyLink(db: Queryable, token: string, now: Date) {
  const row = await invitationOfToken(db, token, now, false)
  return { locale: row.locale, period: row.period }
}

/**
 * Stores an answer and destroys the invitation in one transaction: afterwards nothing links the
 * answer to the person, and the link is gone. Only period, municipality and end reason travel.
 */
async function recordAnswer(db: Queryable, row: Invitation, body: SurveyAnswerBody) {
  const at = new Date(`${row.period}T00:00:00Z`)
  await db.delete(surveyInvitation).where(eq(surveyInvitation.id, row.id))
  await db.insert(surveyAnswer).values({
    period: row.period,
    municipalityId: row.municipalityId,
    endReason: row.endReason,
    overall: body.scores.overall,
    seamless: body.scores.seamless,
    contacts: body.scores.contacts,
    helped: body.scores.helped,
    freeText: body.freeText ? body.freeText : null,
    createdAt: at,
    updatedAt: at,
  })
}

/** Answers through the mailed link, without signing in. */
export async function answerSurveyByToken(
  db: Queryable,
  token: string,
  body: SurveyAnswerBody,
  now: Date,
): Promise<void> {
  const row = await invitationOfToken(db, token, now, true)
  await recordAnswer(db, row, body)
}

/** The young person's pending surveys, for their own view. */
export async function pendingSurveys(ctx: Ctx, customerId: CustomerId) {
  const rows = await ctx.db
    .select({ id: surveyInvitation.id, expiresAt: surveyInvitation.expiresAt })
    .from(surveyInvitation)
    .where(eq(surveyInvitation.customerId, customerId))
  const open = rows.filter((r) => r.expiresAt > ctx.now)
  ctx.audit.touch([customerId], [])
  return open.map((r) => ({ id: r.id, expiresAt: r.expiresAt.toISOString() }))
}

/**
 * Answers from the signed-in young person's own view. The audit records that they answered
 * (the route's event), never the answer's id.
 */
export async function answerOwnSurvey(
  ctx: Ctx,
  customerId: CustomerId,
  invitationId: string,
  body: SurveyAnswerBody,
): Promise<void> {
  const [row] = await ctx.db
    .select()
    .from(surveyInvitation)
    .where(and(eq(surveyInvitation.id, invitationId), eq(surveyInvitation.customerId, customerId)))
    .for('update')
  if (!row) throw new NotFound('not_found', 'No such survey.')
  if (row.expiresAt <= ctx.now) throw gone()
  await recordAnswer(ctx.db, row, body)
}
