import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows, type Queryable } from '../../platform/db/database'
import { Conflict, Forbidden, Invalid, NotFound } from '../../platform/errors'
import type { ConsentId, CustomerId, OrganisationId } from '../../platform/ids'
import { accountContacts } from '../../platform/auth/auth'
import { queueNotification } from '../../platform/mail/outbox'
import { recordCustomerTimeline } from '../cases/timeline'
import { customerContact } from '../customers/contact'
import { listOrganisations, organisationNames } from '../organisations/organisations'
import { reactToConsentEnded } from '../cases/reactions'
import type { ConsentStatus } from '../../shared/enums'
import {
  consent,
  specialDataCategories,
  type ConsentMethod,
  type ConsentPurpose,
  type DataCategory,
} from './schema'

/** The privacy notice the young person was shown when consenting. */
export const CURRENT_NOTICE_VERSION = '2019-08-01'

export const isSpecialCategory = (c: DataCategory): boolean => specialDataCategories.includes(c)

export type { ConsentStatus }

type ConsentRow = typeof consent.$inferSelect

export function statusOf(row: Pick<ConsentRow, 'status' | 'validUntil'>, now: Date): ConsentStatus {
  if (row.status === 'withdrawn') return 'withdrawn'
  if (row.validUntil && row.validUntil <= now) return 'expired'
  return row.status
}

/** The condition on `consent c` of being an active consent held by the organisation. */
function activeConsentTo(organisationId: string, now: Date): SQL {
  return sql`c.recipient_organisation_id = ${organisationId}::uuid and c.status = 'given'
      and (c.valid_until is null or c.valid_until > ${now.toISOString()}::timestamptz)`
}

/**
 * The access-control relation: customers from whom `organisationId` holds an active consent.
 * Evaluated on every request, so a withdrawal takes effect on the next one.
 */
export function customersConsentingTo(organisationId: string, now: Date): SQL {
  return sql`select c.customer_id from consent c where ${activeConsentTo(organisationId, now)}`
}

/** (customer_id, category): the data categories the organisation's active consents name. */
export function categoriesConsentedTo(organisationId: string, now: Date): SQL {
  return sql`select c.customer_id, cat.category
    from consent c cross join lateral unnest(c.data_categories) as cat(category)
    where ${activeConsentTo(organisationId, now)}`
}

/** The data categories the organisation's own statute covers (one `category` column). */
export function statutoryCategoriesOf(organisationId: string): SQL {
  return sql`select s.data_category from statutory_category s
    where s.organisation_id = ${organisationId}::uuid`
}

export async function consentById(db: Queryable, customerId: CustomerId, consentId: ConsentId) {
  const [row] = await db
    .select()
    .from(consent)
    .where(and(eq(consent.id, consentId), eq(consent.customerId, customerId)))
  if (!row) throw new NotFound('consent_not_found', 'No such consent.')
  return row
}

async function present(ctx: Ctx, rows: ConsentRow[]) {
  const names = await organisationNames(ctx.db, [
    ...new Set(rows.map((r) => r.recipientOrganisationId)),
  ])
  // A consent recorded in person names the worker who recorded it.
  const recorders = await accountContacts(ctx.db, [
    ...new Set(
      rows.flatMap((r) =>
        r.method === 'recorded_by_worker' && r.givenByUserId ? [r.givenByUserId] : [],
      ),
    ),
  ])
  ctx.audit.touch(
    rows.map((r) => r.customerId),
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    id: r.id as ConsentId,
    customerId: r.customerId as CustomerId,
    recipient: { id: r.recipientOrganisationId, name: names.get(r.recipientOrganisationId)! },
    purpose: r.purpose,
    dataCategories: r.dataCategories,
    noticeVersion: r.noticeVersion,
    method: r.method,
    recordedBy:
      r.method === 'recorded_by_worker' && r.givenByUserId
        ? {
            id: r.givenByUserId,
            displayName: recorders.get(r.givenByUserId)?.displayName ?? '',
          }
        : null,
    status: statusOf(r, ctx.now),
    givenAt: r.givenAt.toISOString(),
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    validUntil: r.validUntil?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    version: r.version,
  }))
}

export type ConsentView = Awaited<ReturnType<typeof present>>[number]

export async function listConsents(ctx: Ctx, customerId: CustomerId): Promise<ConsentView[]> {
  const rows = await ctx.db
    .select()
    .from(consent)
    .where(eq(consent.customerId, customerId))
    .orderBy(asc(consent.givenAt), asc(consent.id))
  ctx.audit.touch([customerId])
  return present(ctx, rows)
}

/** Active consents a given organisation holds from a customer (what a worker may rely on). */
export async function activeConsentsHeldBy(
  ctx: Ctx,
  customerId: CustomerId,
  organisationId: OrganisationId,
): Promise<ConsentView[]> {
  const rows = await ctx.db
    .select()
    .from(consent)
    .where(
      and(
        eq(consent.customerId, customerId),
        eq(consent.recipientOrganisationId, organisationId),
        eq(consent.status, 'given'),
      ),
    )
  return (await present(ctx, rows)).filter((c) => c.status === 'given')
}

export interface GiveConsentInput {
  recipientOrganisationId: OrganisationId
  purpose: ConsentPurpose
  dataCategories: DataCategory[]
  validUntil: Date | null
  method: ConsentMethod
}

export async function giveConsent(
  ctx: Ctx,
  customerId: CustomerId,
  input: GiveConsentInput,
): Promise<ConsentView> {
  if (ctx.actor.kind !== 'user')
    throw new Forbidden('persons_only', 'Only a person can record a consent.')
  if (input.validUntil && input.validUntil <= ctx.now) {
    throw new Invalid('valid_until_in_past', 'The end of validity must be in the future.', [
      { field: 'body.validUntil', code: 'date_in_past', message: 'Must be in the future' },
    ])
  }
  const organisations = await listOrganisations(ctx.db)
  const recipient = organisations.find((o) => o.id === input.recipientOrganisationId)
  if (!recipient) {
    throw new Invalid('unknown_organisation', 'No such organisation.', [
      {
        field: 'body.recipientOrganisationId',
        code: 'unknown_reference',
        message: 'Unknown organisation',
      },
    ])
  }
  const inPerson = input.method === 'recorded_by_worker'
  // A special category recorded by a worker is in force only once the young person confirms it.
  const awaitsConfirmation = inPerson && input.dataCategories.some(isSpecialCategory)
  // One active consent per customer × recipient × purpose; serialise concurrent givers.
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${customerId}, 0))`)
  const existing = await ctx.db
    .select()
    .from(consent)
    .where(
      and(
        eq(consent.customerId, customerId),
        eq(consent.recipientOrganisationId, input.recipientOrganisationId),
        eq(consent.purpose, input.purpose),
        inArray(consent.status, ['given', 'awaiting_confirmation']),
      ),
    )
  if (existing.some((r) => statusOf(r, ctx.now) !== 'expired')) {
    throw new Conflict(
      'consent_exists',
      'An active consent for this organisation and purpose exists already.',
    )
  }
  const [row] = await ctx.db
    .insert(consent)
    .values({
      customerId,
      recipientOrganisationId: input.recipientOrganisationId,
      purpose: input.purpose,
      dataCategories: [...new Set(input.dataCategories)],
      noticeVersion: CURRENT_NOTICE_VERSION,
      method: input.method,
      status: awaitsConfirmation ? 'awaiting_confirmation' : 'given',
      givenAt: ctx.now,
      givenByUserId: ctx.actor.userId,
      validUntil: input.validUntil,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning()
  await recordConsentEvent(ctx, row!, inPerson ? 'consent_recorded' : 'consent_given')
  if (inPerson) {
    // The young person hears of it at once and can check, confirm or withdraw it in their view.
    const person = await customerContact(ctx.db, customerId)
    if (person) await queueNotification(ctx.db, [person], 'consentRecorded', ctx.now)
  }
  ctx.audit.purpose = 'consent'
  return (await present(ctx, [row!]))[0]!
}

/**
 * A consent's life-cycle event on the customer's timeline, in the caller's transaction. Filed
 * under the plan's category; special categories are left out of the details, so that partners
 * do not learn from the timeline what the consent is about.
 */
export async function recordConsentEvent(
  ctx: Ctx,
  row: ConsentRow,
  kind:
    | 'consent_given'
    | 'consent_recorded'
    | 'consent_confirmed'
    | 'consent_withdrawn'
    | 'consent_expired',
): Promise<void> {
  await recordCustomerTimeline(ctx, row.customerId, kind, 'employment_and_plan', row.id, {
    recipientOrganisationId: row.recipientOrganisationId,
    method: row.method,
    categories: row.dataCategories.filter((c) => !isSpecialCategory(c)).join(','),
    status: row.status,
  })
}

/** The young person confirms a consent a worker recorded in person; it is in force from now. */
export async function confirmConsent(
  ctx: Ctx,
  customerId: CustomerId,
  consentId: ConsentId,
  expectedVersion?: number,
): Promise<ConsentView> {
  const actor = ctx.actor
  if (actor.kind !== 'user' || actor.customerId !== customerId)
    throw new Forbidden('persons_only', 'Only the young person can confirm their consent.')
  const current = await consentById(ctx.db, customerId, consentId)
  if (statusOf(current, ctx.now) !== 'awaiting_confirmation')
    throw new Conflict('consent_not_awaiting_confirmation', 'The consent awaits no confirmation.')
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new Conflict(
      'changed_meanwhile',
      'The consent was changed meanwhile; reload and try again.',
    )
  }
  const [row] = await ctx.db
    .update(consent)
    .set({
      status: 'given',
      confirmedAt: ctx.now,
      version: sql`${consent.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(and(eq(consent.id, consentId), eq(consent.version, current.version)))
    .returning()
  if (!row)
    throw new Conflict(
      'changed_meanwhile',
      'The consent was changed meanwhile; reload and try again.',
    )
  await recordConsentEvent(ctx, row, 'consent_confirmed')
  ctx.audit.purpose = 'consent'
  return (await present(ctx, [row]))[0]!
}

export async function withdrawConsent(
  ctx: Ctx,
  customerId: CustomerId,
  consentId: ConsentId,
  expectedVersion?: number,
): Promise<ConsentView> {
  if (ctx.actor.kind !== 'user')
    throw new Forbidden('persons_only', 'Only a person can withdraw a consent.')
  const current = await consentById(ctx.db, customerId, consentId)
  if (current.status === 'withdrawn')
    throw new Conflict('consent_already_withdrawn', 'The consent has been withdrawn already.')
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new Conflict(
      'changed_meanwhile',
      'The consent was changed meanwhile; reload and try again.',
    )
  }
  const [row] = await ctx.db
    .update(consent)
    .set({
      status: 'withdrawn',
      withdrawnAt: ctx.now,
      withdrawnByUserId: ctx.actor.userId,
      version: sql`${consent.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(and(eq(consent.id, consentId), eq(consent.version, current.version)))
    .returning()
  if (!row)
    throw new Conflict(
      'changed_meanwhile',
      'The consent was changed meanwhile; reload and try again.',
    )
  await recordConsentEvent(ctx, row, 'consent_withdrawn')
  await reactToConsentEnded(ctx, row, 'consent_withdrawn')
  ctx.audit.purpose = 'consent'
  return (await present(ctx, [row]))[0]!
}

/**
 * A receipt in the structure of ISO/IEC TS 27560 (consent record information structure):
 * the record, its PII principal (by pseudonymous id, never the identity code), controller,
 * purposes with their PII categories, notice, and the record's life-cycle events.
 */
export async function consentReceipt(ctx: Ctx, customerId: CustomerId, consentId: ConsentId) {
  const row = await consentById(ctx.db, customerId, consentId)
  const [view] = await present(ctx, [row])
  const events: {
    event_time: string
    event_type: string
    event_by: string
    event_state: string
  }[] = [
    {
      event_time: row.givenAt.toISOString(),
      event_type: row.method === 'online' ? 'explicit' : 'recorded',
      event_by:
        row.givenByUserId === null
          ? 'controller'
          : row.method === 'online'
            ? 'subject'
            : 'controller',
      event_state: 'given',
    },
  ]
  if (row.confirmedAt) {
    events.push({
      event_time: row.confirmedAt.toISOString(),
      event_type: 'explicit',
      event_by: 'subject',
      event_state: 'confirmed',
    })
  }
  if (row.withdrawnAt) {
    events.push({
      event_time: row.withdrawnAt.toISOString(),
      event_type: 'explicit',
      event_by: 'subject',
      event_state: 'withdrawn',
    })
  } else if (row.validUntil && row.validUntil <= ctx.now) {
    events.push({
      event_time: row.validUntil.toISOString(),
      event_type: 'expiry',
      event_by: 'controller',
      event_state: 'expired',
    })
  }
  return {
    schema_version: 'ISO/IEC TS 27560:2023',
    record_id: row.id,
    record_version: row.version,
    pii_principal_id: row.customerId,
    language: ['fi', 'sv', 'en'],
    jurisdiction: 'FI',
    notice: { notice_id: 'saumaton-joint-customership', notice_version: row.noticeVersion },
    pii_controllers: [{ organisation_id: view!.recipient.id, name: view!.recipient.name }],
    purposes: [
      {
        purpose: row.purpose,
        purpose_category: 'service_provision',
        legal_basis: 'consent (GDPR art. 6(1)(a))',
        consent_type: row.dataCategories.some(isSpecialCategory)
          ? 'explicit (GDPR art. 9(2)(a))'
          : 'explicit',
        pii_categories: row.dataCategories,
        special_categories: row.dataCategories.filter(isSpecialCategory),
        collection_method: row.method,
        validity: {
          valid_from: row.givenAt.toISOString(),
          valid_until: row.validUntil?.toISOString() ?? null,
        },
        withdrawal: 'The young person can withdraw this consent at any time in their own view.',
      },
    ],
    status: view!.status,
    events,
    generated_at: ctx.now.toISOString(),
  }
}

/** Whether an organisation holds an active consent from the customer. */
export async function hasActiveConsent(
  db: Queryable,
  customerId: string,
  organisationId: string,
  now: Date,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select c.id from consent c
      where c.customer_id = ${customerId}::uuid and ${activeConsentTo(organisationId, now)}
      limit 1`,
  )
  return rows.length > 0
}
