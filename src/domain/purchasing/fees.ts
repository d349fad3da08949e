import { createHmac } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { Conflict, Invalid } from '../../platform/errors'
import type { FeeKind, ReferralOutcome } from '../../shared/enums'
import { helsinkiDate } from '../cases/eligibility'
import { listContracts } from './contracts'
import { feeInvoice, type InvoicedFeeLine } from './schema'

/**
 * Fees owed per contract and month (docs/purchased-services.md). Each referral owes at most two
 * items: the contract's fixed fee once it started (in the month it started) and the result-based
 * fee its outcome earns (in the month it ended). A month the coordinator marks invoiced is frozen
 * as a snapshot; whatever later differs from what was invoiced for an item shows as an adjustment
 * in the first month not yet invoiced — never as a silent change of an invoiced month.
 * Months are calendar months in Europe/Helsinki; money is integer cents throughout.
 */

export const monthPattern = /^[0-9]{4}-(0[1-9]|1[0-2])$/

interface Item {
  contractId: string
  referralId: string
  kind: FeeKind
  outcome: ReferralOutcome | null
  /** The month the fee belongs to. */
  month: string
  amountCents: number
}

/** Every fee item as the referrals and contracts stand now. */
async function currentItems(ctx: Ctx): Promise<Item[]> {
  const rows = await queryRows<{
    referral_id: string
    contract_id: string
    outcome: ReferralOutcome | null
    started_month: string
    ended_month: string | null
    fixed_fee_cents: number | null
    result_fee_cents: number | null
  }>(
    ctx.db,
    sql`select r.id as referral_id, r.contract_id, r.outcome,
          to_char(r.started_at at time zone 'Europe/Helsinki', 'YYYY-MM') as started_month,
          to_char(r.ended_at at time zone 'Europe/Helsinki', 'YYYY-MM') as ended_month,
          ct.fixed_fee_cents,
          (select f.fee_cents from contract_result_fee f
            where f.contract_id = r.contract_id and f.outcome = r.outcome
              and (f.minimum_months is null or coalesce(r.employment_months, 0) >= f.minimum_months)
          ) as result_fee_cents
        from referral r join contract ct on ct.id = r.contract_id
        where r.started_at is not null`,
  )
  return rows.flatMap((r): Item[] => {
    const items: Item[] = []
    if (r.fixed_fee_cents !== null) {
      items.push({
        contractId: r.contract_id,
        referralId: r.referral_id,
        kind: 'fixed',
        outcome: null,
        month: r.started_month,
        amountCents: r.fixed_fee_cents,
      })
    }
    if (r.ended_month !== null) {
      items.push({
        contractId: r.contract_id,
        referralId: r.referral_id,
        kind: 'result',
        outcome: r.outcome,
        month: r.ended_month,
        amountCents: r.result_fee_cents ?? 0,
      })
    }
    return items
  })
}

const itemKey = (i: { referralId: string; kind: FeeKind }) => `${i.referralId}|${i.kind}`

const nextMonth = (m: string): string => {
  const [y, mo] = m.split('-').map(Number) as [number, number]
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`
}

/** The first month from `m` on that has not been invoiced. */
function firstOpenMonth(m: string, invoiced: Set<string>): string {
  let month = m
  while (invoiced.has(month)) month = nextMonth(month)
  return month
}

/** The fee lines of month `month` as they stand: frozen if invoiced, computed otherwise. */
async function linesOf(ctx: Ctx, month: string) {
  const invoices = await ctx.db.select().from(feeInvoice).orderBy(asc(feeInvoice.month))
  const own = invoices.find((i) => i.month === month)
  if (own) return { invoice: own, lines: own.lines }
  const invoicedMonths = new Set(invoices.map((i) => i.month))
  const invoicedSum = new Map<string, number>()
  const lastInvoiced = new Map<string, string>()
  for (const inv of invoices) {
    for (const line of inv.lines) {
      const key = itemKey(line)
      invoicedSum.set(key, (invoicedSum.get(key) ?? 0) + line.amountCents)
      lastInvoiced.set(key, inv.month)
    }
  }
  const lines: InvoicedFeeLine[] = []
  for (const item of await currentItems(ctx)) {
    const key = itemKey(item)
    const before = lastInvoiced.get(key)
    const delta = item.amountCents - (invoicedSum.get(key) ?? 0)
    if (delta === 0) continue
    const from = before && before > item.month ? before : item.month
    const target = firstOpenMonth(from, invoicedMonths)
    if (target !== month) continue
    lines.push({
      contractId: item.contractId,
      referralId: item.referralId,
      kind: item.kind,
      outcome: item.outcome,
      month: item.month,
      adjustment: before !== undefined || target !== item.month,
      amountCents: delta,
    })
  }
  lines.sort(
    (a, b) =>
      a.contractId.localeCompare(b.contractId) ||
      a.referralId.localeCompare(b.referralId) ||
      a.kind.localeCompare(b.kind),
  )
  return { invoice: null, lines }
}

/** VAT of a net sum in cents at a rate in basis points, rounded half away from zero. */
export function vatCents(netCents: number, basisPoints: number): number {
  const sign = netCents < 0 ? -1 : 1
  return sign * Math.floor((Math.abs(netCents) * basisPoints + 5000) / 10000)
}

/** A stable pseudonymous id of a referral: the customer-level basis names nobody. */
export function pseudonymOf(secret: string, referralId: string): string {
  return createHmac('sha256', secret).update(referralId).digest('hex').slice(0, 16)
}

export function assertMonth(month: string): void {
  if (!monthPattern.test(month))
    throw new Invalid('validation_failed', 'A month is YYYY-MM.', [
      {
        field: 'params.month',
        code: 'invalid_format',
        message: 'YYYY-MM',
        params: { format: 'YYYY-MM' },
      },
    ])
}

/** The month's fee table: per contract fixed, result-based and adjustments, and the lines. */
export async function feeTable(ctx: Ctx, month: string, secret: string) {
  assertMonth(month)
  const { invoice, lines } = await linesOf(ctx, month)
  const contracts = await listContracts(ctx.db, {
    ids: [...new Set(lines.map((l) => l.contractId))],
  })
  const byId = new Map(contracts.map((c) => [c.id, c]))
  const perContract = contracts.map((c) => {
    const own = lines.filter((l) => l.contractId === c.id)
    const sum = (f: (l: InvoicedFeeLine) => boolean) =>
      own.filter(f).reduce((s, l) => s + l.amountCents, 0)
    const fixedCents = sum((l) => !l.adjustment && l.kind === 'fixed')
    const resultCents = sum((l) => !l.adjustment && l.kind === 'result')
    const adjustmentCents = sum((l) => l.adjustment)
    const netCents = fixedCents + resultCents + adjustmentCents
    const vat = vatCents(netCents, c.vatRateBasisPoints)
    return {
      contractId: c.id,
      reference: c.reference,
      provider: c.provider,
      service: c.service,
      vatRateBasisPoints: c.vatRateBasisPoints,
      startedCustomers: own.filter((l) => !l.adjustment && l.kind === 'fixed').length,
      results: own.filter((l) => !l.adjustment && l.kind === 'result').length,
      fixedCents,
      resultCents,
      adjustmentCents,
      netCents,
      vatCents: vat,
      grossCents: netCents + vat,
    }
  })
  const total = (k: 'netCents' | 'vatCents' | 'grossCents') =>
    perContract.reduce((s, c) => s + c[k], 0)
  return {
    month,
    invoicedAt: invoice?.invoicedAt.toISOString() ?? null,
    contracts: perContract,
    lines: lines.map((l) => ({
      contractId: l.contractId,
      reference: byId.get(l.contractId)?.reference ?? '',
      pseudonym: pseudonymOf(secret, l.referralId),
      kind: l.kind,
      outcome: l.outcome,
      belongsTo: l.month,
      adjustment: l.adjustment,
      amountCents: l.amountCents,
    })),
    netCents: total('netCents'),
    vatCents: total('vatCents'),
    grossCents: total('grossCents'),
  }
}

export type FeeTable = Awaited<ReturnType<typeof feeTable>>

/** Freezes a month as invoiced: its lines stay as they are now; later changes adjust later months. */
export async function invoiceMonth(ctx: Ctx, month: string, secret: string) {
  assertMonth(month)
  if (month > helsinkiDate(ctx.now).slice(0, 7))
    throw new Invalid('validation_failed', 'A month is invoiced once it has begun.', [
      { field: 'params.month', code: 'date_out_of_range', message: 'A future month' },
    ])
  // One invoicing at a time: the snapshot must be of the lines as no other invoicing left them.
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended('fee_invoice', 0))`)
  const [done] = await ctx.db
    .select({ id: feeInvoice.id })
    .from(feeInvoice)
    .where(eq(feeInvoice.month, month))
  if (done) throw new Conflict('month_invoiced', 'The month has been invoiced already.')
  const { lines } = await linesOf(ctx, month)
  const [row] = await ctx.db
    .insert(feeInvoice)
    .values({
      month,
      invoicedAt: ctx.now,
      invoicedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      lines,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: feeInvoice.id })
  ctx.audit.touch([], [row!.id])
  return feeTable(ctx, month, secret)
}
