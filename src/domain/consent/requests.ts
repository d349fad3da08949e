import { and, asc, eq } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { Conflict, NotFound } from '../../platform/errors'
import type { CustomerId, OrganisationId } from '../../platform/ids'
import { organisationNames } from '../organisations/organisations'
import { giveConsent, hasActiveConsent } from './consent'
import { customerContact } from '../customers/contact'
import { accountContacts } from '../../platform/auth/auth'
import { queueNotification } from '../../platform/mail/outbox'
import { consentRequest, type ConsentPurpose, type DataCategory } from './schema'

/** A consent given by accepting a request lasts this long, unless withdrawn before. */
export const REQUESTED_CONSENT_MONTHS = 12

const monthsLater = (from: Date, months: number): Date => {
  const d = new Date(from)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}

/** Asks the young person for a consent; an open request for the same organisation is reused. */
export async function requestConsent(
  ctx: Ctx,
  customerId: CustomerId,
  organisationId: OrganisationId,
  dataCategories: DataCategory[],
  purpose: ConsentPurpose = 'joint_customership',
): Promise<string> {
  const [open] = await ctx.db
    .select({ id: consentRequest.id })
    .from(consentRequest)
    .where(
      and(
        eq(consentRequest.customerId, customerId),
        eq(consentRequest.requestingOrganisationId, organisationId),
        eq(consentRequest.status, 'requested'),
      ),
    )
  if (open) return open.id
  if (await hasActiveConsent(ctx.db, customerId, organisationId, ctx.now)) {
    throw new Conflict('consent_exists', 'The organisation holds an active consent already.')
  }
  const [row] = await ctx.db
    .insert(consentRequest)
    .values({
      customerId,
      requestingOrganisationId: organisationId,
      purpose,
      dataCategories: [...new Set(dataCategories)],
      requestedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      requestedAt: ctx.now,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: consentRequest.id })
  const person = await customerContact(ctx.db, customerId)
  if (person) await queueNotification(ctx.db, [person], 'consentRequest', ctx.now)
  ctx.audit.touch([customerId], [row!.id])
  return row!.id
}

export async function listConsentRequests(ctx: Ctx, customerId: CustomerId) {
  const rows = await ctx.db
    .select()
    .from(consentRequest)
    .where(eq(consentRequest.customerId, customerId))
    .orderBy(asc(consentRequest.requestedAt))
  const names = await organisationNames(ctx.db, [
    ...new Set(rows.map((r) => r.requestingOrganisationId)),
  ])
  const askers = await accountContacts(
    ctx.db,
    rows.flatMap((r) => (r.requestedByUserId ? [r.requestedByUserId] : [])),
  )
  ctx.audit.touch(
    [customerId],
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    id: r.id,
    organisation: { id: r.requestingOrganisationId, name: names.get(r.requestingOrganisationId)! },
    requestedBy: r.requestedByUserId
      ? (askers.get(r.requestedByUserId)?.displayName ?? null)
      : null,
    purpose: r.purpose,
    dataCategories: r.dataCategories,
    validForMonths: REQUESTED_CONSENT_MONTHS,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
  }))
}

/** The young person accepts (a consent is given) or declines a request. */
export async function answerConsentRequest(
  ctx: Ctx,
  customerId: CustomerId,
  requestId: string,
  accept: boolean,
): Promise<{
  organisationId: OrganisationId
  purpose: ConsentPurpose
  requestedByUserId: string | null
  consentId: string | null
}> {
  const [req] = await ctx.db
    .select()
    .from(consentRequest)
    .where(and(eq(consentRequest.id, requestId), eq(consentRequest.customerId, customerId)))
  if (!req) throw new NotFound('consent_request_not_found', 'No such consent request.')
  if (req.status !== 'requested')
    throw new Conflict('consent_request_answered', 'The request has been answered already.')
  const consent = accept
    ? await giveConsent(ctx, customerId, {
        recipientOrganisationId: req.requestingOrganisationId as OrganisationId,
        purpose: req.purpose,
        dataCategories: req.dataCategories,
        validUntil: monthsLater(ctx.now, REQUESTED_CONSENT_MONTHS),
        method: 'online',
      })
    : null
  await ctx.db
    .update(consentRequest)
    .set({
      status: accept ? 'accepted' : 'declined',
      answeredAt: ctx.now,
      consentId: consent?.id ?? null,
      updatedAt: ctx.now,
    })
    .where(eq(consentRequest.id, requestId))
  ctx.audit.touch([customerId], [requestId])
  return {
    organisationId: req.requestingOrganisationId as OrganisationId,
    purpose: req.purpose,
    requestedByUserId: req.requestedByUserId,
    consentId: consent?.id ?? null,
  }
}

/** Closes the customer's unanswered requests, e.g. when the joint customership ends. */
export async function cancelOpenConsentRequests(ctx: Ctx, customerId: CustomerId): Promise<number> {
  const rows = await ctx.db
    .update(consentRequest)
    .set({ status: 'cancelled', answeredAt: ctx.now, updatedAt: ctx.now })
    .where(and(eq(consentRequest.customerId, customerId), eq(consentRequest.status, 'requested')))
    .returning({ id: consentRequest.id })
  ctx.audit.touch(
    [customerId],
    rows.map((r) => r.id),
  )
  return rows.length
}
