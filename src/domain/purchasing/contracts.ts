import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { FinnishBusinessIds } from 'finnish-business-ids'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Invalid, NotFound } from '../../platform/errors'
import type { LocalisedText } from '../../platform/db/columns'
import { localised } from '../../platform/localised'
import {
  cursorPageFrom,
  decodeKeyPosition,
  encodeKeyPosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { organisation } from '../organisations/schema'
import { service } from '../services/schema'
import type { CapacityUnit, ReferralOutcome } from '../../shared/enums'
import { contract, contractResultFee, frameworkArrangement, provider } from './schema'

/** A business ID (Y-tunnus) with a valid check digit, or a 400 naming the field. */
export function assertBusinessId(value: string, field: string): void {
  if (!FinnishBusinessIds.isValidBusinessId(value)) {
    throw new Invalid('validation_failed', 'Not a valid Finnish business ID.', [
      {
        field,
        code: 'invalid_format',
        message: 'Not a valid business ID',
        params: { format: '1234567-8' },
      },
    ])
  }
}

export interface ProviderInput {
  code: string
  name: LocalisedText
  businessId: string
  description: LocalisedText
}

/** A provider is an organisation of kind `service_provider` with its business ID and description. */
export async function createProvider(ctx: Ctx, input: ProviderInput) {
  assertBusinessId(input.businessId, 'body.businessId')
  const [taken] = await ctx.db
    .select({ id: provider.id })
    .from(provider)
    .where(eq(provider.businessId, input.businessId))
  if (taken) throw new Conflict('duplicate_record', 'A provider with that business ID exists.')
  const [org] = await ctx.db
    .insert(organisation)
    .values({
      code: input.code,
      kind: 'service_provider',
      nameFi: input.name.fi,
      nameSv: input.name.sv,
      nameEn: input.name.en,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: organisation.id })
  if (!org) throw new Conflict('duplicate_record', 'An organisation with that code exists.')
  await ctx.db.insert(provider).values({
    organisationId: org.id,
    businessId: input.businessId,
    description: input.description,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  ctx.audit.touch([], [org.id])
  return (await listProviders(ctx.db, [org.id]))[0]!
}

type ProviderRow = { p: typeof provider.$inferSelect; o: typeof organisation.$inferSelect }

const presentProvider = ({ p, o }: ProviderRow) => ({
  organisationId: o.id,
  code: o.code,
  name: localised(o),
  businessId: p.businessId,
  description: p.description,
  version: p.version,
})

/** Providers ordered by their Finnish name (C collation, as the index would), the id breaking ties. */
const providerOrder = sql`${organisation.nameFi} collate "C"`

export async function listProviders(db: Queryable, organisationIds?: string[]) {
  const rows = await db
    .select({ p: provider, o: organisation })
    .from(provider)
    .innerJoin(organisation, eq(organisation.id, provider.organisationId))
    .where(organisationIds ? inArray(provider.organisationId, organisationIds) : undefined)
    .orderBy(providerOrder, asc(organisation.id))
  return rows.map(presentProvider)
}

/** One page of the providers by name, keyset paged (docs/paging.md). */
export async function pageProviders(db: Queryable, query: CursorQuery) {
  const after = query.after ? decodeKeyPosition(query.after, 1) : null
  const rows = await db
    .select({ p: provider, o: organisation })
    .from(provider)
    .innerJoin(organisation, eq(organisation.id, provider.organisationId))
    .where(
      after
        ? sql`(${providerOrder}, ${organisation.id}) > (${after.keys[0]}::text collate "C", ${after.id}::uuid)`
        : undefined,
    )
    .orderBy(providerOrder, asc(organisation.id))
    .limit(query.limit + 1)
  return cursorPageFrom(
    rows,
    query.limit,
    (shown) => shown.map(presentProvider),
    (r) => encodeKeyPosition({ keys: [r.o.nameFi], id: r.o.id }),
  )
}

export type ProviderUpdate = Omit<ProviderInput, 'code'> & { version: number }

/**
 * Changes a provider's name, business ID and description, naming the version changed: a change
 * made meanwhile by someone else is a 409, never overwritten.
 */
export async function updateProvider(ctx: Ctx, organisationId: string, input: ProviderUpdate) {
  assertBusinessId(input.businessId, 'body.businessId')
  const [taken] = await ctx.db
    .select({ id: provider.id })
    .from(provider)
    .where(
      and(
        eq(provider.businessId, input.businessId),
        sql`${provider.organisationId} <> ${organisationId}::uuid`,
      ),
    )
  if (taken) throw new Conflict('duplicate_record', 'A provider with that business ID exists.')
  const [row] = await ctx.db
    .update(provider)
    .set({
      businessId: input.businessId,
      description: input.description,
      version: sql`${provider.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(and(eq(provider.organisationId, organisationId), eq(provider.version, input.version)))
    .returning({ id: provider.id })
  if (!row) {
    const [exists] = await ctx.db
      .select({ id: provider.id })
      .from(provider)
      .where(eq(provider.organisationId, organisationId))
    if (!exists) throw new NotFound('provider_not_found', 'No such provider.')
    throw new Conflict('changed_meanwhile', 'The provider was changed meanwhile.')
  }
  await ctx.db
    .update(organisation)
    .set({
      nameFi: input.name.fi,
      nameSv: input.name.sv,
      nameEn: input.name.en,
      updatedAt: ctx.now,
    })
    .where(eq(organisation.id, organisationId))
  ctx.audit.touch([], [organisationId])
  return (await listProviders(ctx.db, [organisationId]))[0]!
}

export async function createFramework(ctx: Ctx, input: { serviceId: string; name: LocalisedText }) {
  await serviceExists(ctx.db, input.serviceId)
  const [row] = await ctx.db
    .insert(frameworkArrangement)
    .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
    .returning()
  ctx.audit.touch([], [row!.id])
  return { id: row!.id, serviceId: row!.serviceId, name: row!.name }
}

async function serviceExists(db: Queryable, serviceId: string): Promise<void> {
  const [row] = await db.select({ id: service.id }).from(service).where(eq(service.id, serviceId))
  if (!row)
    throw new Invalid('service_not_found', 'No such service.', [
      { field: 'body.serviceId', code: 'unknown_reference', message: 'Unknown service' },
    ])
}

export interface ResultFeeInput {
  outcome: ReferralOutcome
  minimumMonths: number | null
  feeCents: number
}

export interface ContractInput {
  serviceId: string
  providerOrganisationId: string
  frameworkArrangementId: string | null
  reference: string
  startsOn: string
  endsOn: string | null
  capacityUnit: CapacityUnit
  capacity: number
  fixedFeeCents: number | null
  vatRateBasisPoints: number
  retentionDays: number
  resultFees: ResultFeeInput[]
}

function assertPriceModel(input: Pick<ContractInput, 'fixedFeeCents' | 'resultFees'>): void {
  if (input.fixedFeeCents === null && input.resultFees.length === 0) {
    throw new Invalid(
      'validation_failed',
      'A contract pays a fixed fee, result-based fees or both.',
      [
        {
          field: 'body.resultFees',
          code: 'required',
          message: 'Name a fixed fee or a result-based fee',
        },
      ],
    )
  }
  const outcomes = input.resultFees.map((f) => f.outcome)
  if (new Set(outcomes).size !== outcomes.length) {
    throw new Invalid('validation_failed', 'One result-based fee per outcome.', [
      { field: 'body.resultFees', code: 'invalid_value', message: 'An outcome is priced twice' },
    ])
  }
}

export async function createContract(ctx: Ctx, input: ContractInput) {
  assertPriceModel(input)
  await serviceExists(ctx.db, input.serviceId)
  const [prov] = await ctx.db
    .select({ id: provider.id })
    .from(provider)
    .where(eq(provider.organisationId, input.providerOrganisationId))
  if (!prov)
    throw new Invalid('provider_not_found', 'No such provider.', [
      {
        field: 'body.providerOrganisationId',
        code: 'unknown_reference',
        message: 'Unknown provider',
      },
    ])
  if (input.frameworkArrangementId) {
    const [fw] = await ctx.db
      .select({ serviceId: frameworkArrangement.serviceId })
      .from(frameworkArrangement)
      .where(eq(frameworkArrangement.id, input.frameworkArrangementId))
    if (!fw || fw.serviceId !== input.serviceId)
      throw new Invalid('framework_not_found', 'No such framework arrangement for the service.', [
        {
          field: 'body.frameworkArrangementId',
          code: 'unknown_reference',
          message: 'Unknown framework arrangement',
        },
      ])
  }
  const { resultFees, ...values } = input
  const [row] = await ctx.db
    .insert(contract)
    .values({ ...values, createdAt: ctx.now, updatedAt: ctx.now })
    .onConflictDoNothing()
    .returning({ id: contract.id })
  if (!row) throw new Conflict('duplicate_record', 'A contract with that reference exists.')
  if (resultFees.length > 0) {
    await ctx.db.insert(contractResultFee).values(
      resultFees.map((f) => ({
        ...f,
        contractId: row.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    )
  }
  ctx.audit.touch([], [row.id])
  return contractById(ctx.db, row.id)
}

export type ContractUpdate = Pick<
  ContractInput,
  'endsOn' | 'capacity' | 'fixedFeeCents' | 'vatRateBasisPoints' | 'retentionDays' | 'resultFees'
> & { version: number }

/**
 * Changes a contract's end, capacity or price. Capacity cannot drop below what accepted
 * referrals use (the CHECK refuses it too); a changed price applies to fees computed from now on,
 * and months already invoiced keep theirs.
 */
export async function updateContract(ctx: Ctx, id: string, input: ContractUpdate) {
  assertPriceModel(input)
  const { resultFees, version, ...values } = input
  const current = await contractById(ctx.db, id)
  if (values.capacity < current.capacityUsed) {
    throw new Invalid('validation_failed', 'Capacity below what accepted referrals use.', [
      {
        field: 'body.capacity',
        code: 'too_small',
        message: 'Below the capacity in use',
        params: { min: current.capacityUsed },
      },
    ])
  }
  const [row] = await ctx.db
    .update(contract)
    .set({ ...values, version: sql`${contract.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(contract.id, id), eq(contract.version, version)))
    .returning({ id: contract.id })
  if (!row) throw new Conflict('changed_meanwhile', 'The contract was changed meanwhile.')
  await ctx.db.delete(contractResultFee).where(eq(contractResultFee.contractId, id))
  if (resultFees.length > 0) {
    await ctx.db
      .insert(contractResultFee)
      .values(
        resultFees.map((f) => ({ ...f, contractId: id, createdAt: ctx.now, updatedAt: ctx.now })),
      )
  }
  ctx.audit.touch([], [id])
  return contractById(ctx.db, id)
}

export async function listContracts(
  db: Queryable,
  filter: { providerOrganisationId?: string; serviceId?: string; ids?: string[] } = {},
) {
  const rows = await db
    .select({ c: contract, o: organisation, s: service, f: frameworkArrangement })
    .from(contract)
    .innerJoin(organisation, eq(organisation.id, contract.providerOrganisationId))
    .innerJoin(service, eq(service.id, contract.serviceId))
    .leftJoin(frameworkArrangement, eq(frameworkArrangement.id, contract.frameworkArrangementId))
    .where(
      and(
        filter.providerOrganisationId
          ? eq(contract.providerOrganisationId, filter.providerOrganisationId)
          : undefined,
        filter.serviceId ? eq(contract.serviceId, filter.serviceId) : undefined,
        filter.ids ? inArray(contract.id, filter.ids) : undefined,
      ),
    )
    .orderBy(asc(contract.reference), asc(contract.id))
  const fees =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(contractResultFee)
          .where(
            inArray(
              contractResultFee.contractId,
              rows.map((r) => r.c.id),
            ),
          )
          .orderBy(asc(contractResultFee.outcome))
  return rows.map(({ c, o, s, f }) => ({
    id: c.id,
    version: c.version,
    reference: c.reference,
    service: { id: s.id, name: s.name },
    provider: { organisationId: o.id, name: localised(o) },
    framework: f ? { id: f.id, name: f.name } : null,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    capacityUnit: c.capacityUnit,
    capacity: c.capacity,
    capacityUsed: c.capacityUsed,
    fixedFeeCents: c.fixedFeeCents,
    vatRateBasisPoints: c.vatRateBasisPoints,
    retentionDays: c.retentionDays,
    resultFees: fees
      .filter((x) => x.contractId === c.id)
      .map((x) => ({ outcome: x.outcome, minimumMonths: x.minimumMonths, feeCents: x.feeCents })),
  }))
}

export type ContractView = Awaited<ReturnType<typeof listContracts>>[number]

export async function contractById(db: Queryable, id: string): Promise<ContractView> {
  const [row] = await listContracts(db, { ids: [id] })
  if (!row) throw new NotFound('contract_not_found', 'No such contract.')
  return row
}

/** Renames a framework arrangement. */
export async function updateFramework(ctx: Ctx, id: string, input: { name: LocalisedText }) {
  const [row] = await ctx.db
    .update(frameworkArrangement)
    .set({ name: input.name, updatedAt: ctx.now })
    .where(eq(frameworkArrangement.id, id))
    .returning()
  if (!row) throw new NotFound('framework_not_found', 'No such framework arrangement.')
  ctx.audit.touch([], [row.id])
  return { id: row.id, serviceId: row.serviceId, name: row.name }
}

/** The framework arrangements of the network, with their contracts' providers. */
export async function listFrameworks(db: Queryable) {
  const rows = await db
    .select()
    .from(frameworkArrangement)
    .orderBy(asc(frameworkArrangement.createdAt))
  return rows.map((f) => ({ id: f.id, serviceId: f.serviceId, name: f.name }))
}

/** What a "refer to a purchased service" step names: one contract, or a framework arrangement. */
export interface ReferralTarget {
  contractId: string | null
  frameworkArrangementId: string | null
}

/**
 * A referral step names an existing contract outside any framework arrangement, or an existing
 * framework arrangement; otherwise a 400 naming `field`.
 */
export async function assertReferralTarget(
  db: Queryable,
  target: ReferralTarget,
  field: string,
): Promise<void> {
  const invalid = (message: string) =>
    new Invalid('validation_failed', 'A referral step names a purchased service.', [
      { field, code: 'unknown_reference', message },
    ])
  if (Boolean(target.contractId) === Boolean(target.frameworkArrangementId))
    throw new Invalid('validation_failed', 'A referral step names a purchased service.', [
      { field, code: 'required', message: 'Name a contract or a framework arrangement' },
    ])
  if (target.contractId) {
    const [c] = await db
      .select({ fw: contract.frameworkArrangementId })
      .from(contract)
      .where(eq(contract.id, target.contractId))
    if (!c) throw invalid('Unknown contract')
    if (c.fw) throw invalid('Name the framework arrangement, not one of its contracts')
  } else {
    const [f] = await db
      .select({ id: frameworkArrangement.id })
      .from(frameworkArrangement)
      .where(eq(frameworkArrangement.id, target.frameworkArrangementId!))
    if (!f) throw invalid('Unknown framework arrangement')
  }
}
