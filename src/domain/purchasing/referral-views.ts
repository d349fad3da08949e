import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { permittedActions, relatedTo } from '../../platform/access'
import type { Ctx } from '../../platform/context'
import type { ListCtx } from '../../platform/http/route'
import { Conflict, NotFound } from '../../platform/errors'
import { accountContacts } from '../../platform/auth/auth'
import {
  cursorPageFrom,
  decodePosition,
  encodePosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { localised } from '../../platform/localised'
import { mayReadCategory } from '../cases/relations'
import { recordTimeline } from '../cases/timeline'
import { customer } from '../customers/schema'
import { organisation } from '../organisations/schema'
import { service } from '../services/schema'
import type { CapacityUnit, ReferralStatus } from '../../shared/enums'
import { REFERRAL_CATEGORY, referralActions } from './actions'
import { providerOrganisationOf, referralsOfProvider } from './relations'
import { contract, provider, referral, referralNote } from './schema'

/**
 * What a referral shows, through the one category rule (cases/relations.ts) in the query: the
 * customer's name only where the viewer may see identity and contact, the worker's words and the
 * progress notes only where they may see employment and plan. A provider's rule gives it what
 * its current referral needs and the customer's consent names; after the referral it sees none.
 */
function columns(ctx: Ctx) {
  const seesIdentity = mayReadCategory(
    ctx.actor,
    ctx.now,
    referral.customerId,
    sql`'identity_and_contact'::text`,
  )
  const seesPlan = mayReadCategory(
    ctx.actor,
    ctx.now,
    referral.customerId,
    sql`${REFERRAL_CATEGORY}::text`,
  )
  return {
    r: referral,
    serviceName: service.name,
    providerName: sql<string | null>`${organisation.nameFi}`,
    providerNameSv: sql<string | null>`${organisation.nameSv}`,
    providerNameEn: sql<string | null>`${organisation.nameEn}`,
    capacityUnit: contract.capacityUnit,
    seesPlan: sql<boolean>`${seesPlan}`,
    customerName: sql<
      string | null
    >`case when ${seesIdentity} then ${customer.firstName} || ' ' || ${customer.lastName} end`,
  }
}

type Row = {
  r: typeof referral.$inferSelect
  serviceName: { fi: string; sv: string; en: string }
  providerName: string | null
  providerNameSv: string | null
  providerNameEn: string | null
  capacityUnit: CapacityUnit | null
  seesPlan: boolean
  customerName: string | null
}

function select(ctx: Ctx, where: SQL | undefined) {
  return ctx.db
    .select(columns(ctx))
    .from(referral)
    .innerJoin(service, eq(service.id, referral.serviceId))
    .innerJoin(customer, eq(customer.id, referral.customerId))
    .leftJoin(organisation, eq(organisation.id, referral.providerOrganisationId))
    .leftJoin(contract, eq(contract.id, referral.contractId))
    .where(where)
}

function present(rows: Row[], actions: Map<string, string[]>) {
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    customerId: r.customerId,
    status: r.status,
    service: { id: r.serviceId, name: x.serviceName },
    frameworkArrangementId: r.frameworkArrangementId,
    contractId: r.contractId,
    provider:
      r.providerOrganisationId && x.providerName
        ? {
            organisationId: r.providerOrganisationId,
            name: { fi: x.providerName, sv: x.providerNameSv ?? '', en: x.providerNameEn ?? '' },
          }
        : null,
    units: r.units,
    capacityUnit: x.capacityUnit,
    dataCategories: r.dataCategories,
    /** Null where the viewer may not see the customer's identity. */
    customerName: x.customerName,
    /** Null where the viewer may not see the customer's employment and plan. */
    reason: x.seesPlan ? r.reason : null,
    awaitingConsent: r.consentRequestId !== null,
    choiceDelegatedAt: r.choiceDelegatedAt?.toISOString() ?? null,
    serviceActionId: r.serviceActionId,
    declineReason: r.declineReason,
    outcome: x.seesPlan ? r.outcome : null,
    outcomeEvidenceOn: x.seesPlan ? r.outcomeEvidenceOn : null,
    employerBusinessId: x.seesPlan ? r.employerBusinessId : null,
    employmentMonths: x.seesPlan ? r.employmentMonths : null,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    startedAt: r.startedAt?.toISOString() ?? null,
    endedAt: r.endedAt?.toISOString() ?? null,
    version: r.version,
    permittedActions: (actions.get(r.id) ?? []) as (typeof referralActions)[number]['name'][],
  }))
}

async function withActions(ctx: Ctx, rows: Row[]) {
  const actions = await permittedActions(
    ctx,
    referralActions,
    rows.map((r) => r.r.id),
  )
  ctx.audit.touch(
    rows.map((r) => r.r.customerId),
    rows.map((r) => r.r.id),
  )
  return present(rows, actions)
}

export type ReferralView = ReturnType<typeof present>[number]

/** The provider's incoming referrals, newest first, keyset paged. */
export async function incomingReferrals(
  ctx: ListCtx,
  query: CursorQuery & { status?: ReferralStatus | undefined },
) {
  const org = providerOrganisationOf(ctx.actor)
  if (!org) return { items: [], hasMore: false, next: null }
  const after = query.after ? decodePosition(query.after) : null
  const rows = await select(
    ctx,
    and(
      eq(referral.providerOrganisationId, org),
      ctx.list.filter(referral.customerId),
      relatedTo([referralsOfProvider(org, ctx.now)], referral.id),
      query.status ? eq(referral.status, query.status) : undefined,
      after
        ? sql`(${referral.createdAt}, ${referral.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
        : undefined,
    ),
  )
    .orderBy(desc(referral.createdAt), desc(referral.id))
    .limit(query.limit + 1)
  const page = cursorPageFrom(
    rows,
    query.limit,
    (shown) => shown,
    ({ r }) => encodePosition({ at: r.createdAt, id: r.id }),
  )
  return { ...page, items: await withActions(ctx, page.items) }
}

/** A customer's referrals, as far as the viewer may see their employment and plan. */
export async function referralsOfCustomer(ctx: Ctx, customerId: string) {
  const rows = await select(
    ctx,
    and(
      eq(referral.customerId, customerId),
      mayReadCategory(ctx.actor, ctx.now, referral.customerId, sql`${REFERRAL_CATEGORY}::text`),
    ),
  ).orderBy(desc(referral.createdAt), desc(referral.id))
  ctx.audit.touch([customerId])
  return withActions(ctx, rows)
}

export async function referralById(ctx: Ctx, id: string): Promise<ReferralView> {
  const [row] = await select(ctx, eq(referral.id, id))
  if (!row) throw new NotFound('referral_not_found', 'No such referral.')
  const [view] = await withActions(ctx, [row])
  return view!
}

/** The referral with its progress notes (if the viewer may see them) and, while the young person chooses, the providers side by side. */
export async function referralDetail(ctx: Ctx, id: string) {
  const view = await referralById(ctx, id)
  const noteRows =
    view.reason === null
      ? []
      : await ctx.db
          .select()
          .from(referralNote)
          .where(eq(referralNote.referralId, id))
          .orderBy(asc(referralNote.createdAt), asc(referralNote.id))
  const authors = await accountContacts(
    ctx.db,
    noteRows.flatMap((n) => (n.authorUserId ? [n.authorUserId] : [])),
  )
  const choices =
    view.status === 'awaiting_choice' && view.frameworkArrangementId
      ? await frameworkChoices(ctx, view.frameworkArrangementId)
      : []
  return {
    ...view,
    notes: noteRows.map((n) => ({
      id: n.id,
      body: n.body,
      author: n.authorUserId ? (authors.get(n.authorUserId)?.displayName ?? null) : null,
      createdAt: n.createdAt.toISOString(),
    })),
    choices,
  }
}

/** A framework arrangement's providers with their descriptions, for the young person's choice. */
async function frameworkChoices(ctx: Ctx, frameworkArrangementId: string) {
  const rows = await ctx.db
    .select({ c: contract, o: organisation, p: provider })
    .from(contract)
    .innerJoin(organisation, eq(organisation.id, contract.providerOrganisationId))
    .innerJoin(provider, eq(provider.organisationId, contract.providerOrganisationId))
    .where(eq(contract.frameworkArrangementId, frameworkArrangementId))
    .orderBy(asc(organisation.nameFi), asc(contract.id))
  return rows.map(({ c, o, p }) => ({
    contractId: c.id,
    provider: { organisationId: o.id, name: localised(o) },
    description: p.description,
    hasCapacity: c.capacityUsed < c.capacity,
  }))
}

/** A provider's note on progress, visible to the customer's team. */
export async function addProgressNote(ctx: Ctx, id: string, body: string) {
  const [r] = await ctx.db
    .select()
    .from(referral)
    .where(and(eq(referral.id, id), inArray(referral.status, ['accepted', 'started'])))
  if (!r)
    throw new Conflict('referral_state', 'Progress is noted on an accepted or started referral.')
  const [note] = await ctx.db
    .insert(referralNote)
    .values({
      referralId: id,
      authorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      organisationId: r.providerOrganisationId!,
      body,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: referralNote.id })
  await recordTimeline(ctx, r.jointCustomershipId, 'referral_progress', REFERRAL_CATEGORY, id, {
    noteId: note!.id,
  })
  ctx.audit.touch([r.customerId], [id, note!.id])
  return referralDetail(ctx, id)
}
