import type { Ctx } from '../../platform/context'
import { Invalid } from '../../platform/errors'
import { CsvSyntaxError, parseCsv, type CsvRecord, type CsvTable } from '../../platform/import/csv'
import { identityCodeProblem, normaliseIdentityCode } from '../../shared/identity-code'
import { findCustomerByIdentityCode } from '../customers/customers'
import { followUpStatus, followUpStatuses, type FollowUpStatus } from './schema'
import { recordUnemploymentSpell } from './spells'

/** The columns of a registry file; `record` says which kind of fact a line is. */
export const registryColumns = [
  'identity_code',
  'record',
  'start_date',
  'end_date',
  'months_after',
  'status',
] as const

export interface ImportIssue {
  line: number
  column: string
  code:
    | 'identity_code_format'
    | 'unknown_customer'
    | 'invalid_choice'
    | 'invalid_date'
    | 'wrong_column_count'
}

const isDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))

type Parsed =
  | { kind: 'unemployment_spell'; customerId: string; startedOn: string; endedOn: string | null }
  | {
      kind: 'follow_up'
      customerId: string
      endedOn: string
      monthsAfter: 3 | 6
      status: FollowUpStatus
    }

/**
 * Imports registry data: unemployment spells and follow-up status 3 or 6 months after an ending,
 * by identity code. Every line is checked first; on any problem nothing is stored and the
 * problems are answered with their line numbers and columns (never the values: identity codes
 * must not reach a log or a response). All or nothing, in the caller's transaction.
 */
export async function importRegistryData(ctx: Ctx, csv: string) {
  let table: CsvTable
  try {
    table = parseCsv(csv)
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e
    throw new Invalid('import_invalid', 'The file is not readable as CSV; nothing was stored.', [
      { field: `line.${e.line}`, code: 'wrong_column_count', message: `Line ${e.line}` },
    ])
  }
  const names = table.header.map((h) => h.toLowerCase())
  const missing = registryColumns.filter((c) => !names.includes(c))
  if (missing.length > 0) {
    throw new Invalid(
      'import_invalid',
      'The file lacks required columns.',
      missing.map((c) => ({
        field: `line.1.${c}`,
        code: 'missing_column',
        message: 'Missing column',
      })),
    )
  }
  const at = (fields: CsvRecord, c: (typeof registryColumns)[number]) =>
    fields.values[table.header[names.indexOf(c)]!] ?? ''
  const issues: ImportIssue[] = []
  const parsed: Parsed[] = []
  const known = new Map<string, string | null>()
  for (const fields of table.records) {
    const line = fields.line
    const code = normaliseIdentityCode(at(fields, 'identity_code'))
    let customerId: string | null = null
    if (identityCodeProblem(code)) {
      issues.push({ line, column: 'identity_code', code: 'identity_code_format' })
    } else {
      if (!known.has(code))
        known.set(code, (await findCustomerByIdentityCode(ctx.db, code))?.id ?? null)
      customerId = known.get(code) ?? null
      if (!customerId) issues.push({ line, column: 'identity_code', code: 'unknown_customer' })
    }
    const record = at(fields, 'record')
    const start = at(fields, 'start_date')
    const end = at(fields, 'end_date')
    if (record === 'unemployment_spell') {
      if (!isDate(start)) issues.push({ line, column: 'start_date', code: 'invalid_date' })
      if (end && (!isDate(end) || end < start))
        issues.push({ line, column: 'end_date', code: 'invalid_date' })
      if (customerId && isDate(start))
        parsed.push({
          kind: 'unemployment_spell',
          customerId,
          startedOn: start,
          endedOn: end || null,
        })
    } else if (record === 'follow_up') {
      const months = at(fields, 'months_after')
      const status = at(fields, 'status') as FollowUpStatus
      const okEnd = isDate(end)
      if (!okEnd) issues.push({ line, column: 'end_date', code: 'invalid_date' })
      if (months !== '3' && months !== '6')
        issues.push({ line, column: 'months_after', code: 'invalid_choice' })
      if (!followUpStatuses.includes(status))
        issues.push({ line, column: 'status', code: 'invalid_choice' })
      if (customerId && okEnd && (months === '3' || months === '6'))
        parsed.push({
          kind: 'follow_up',
          customerId,
          endedOn: end,
          monthsAfter: Number(months) as 3 | 6,
          status,
        })
    } else {
      issues.push({ line, column: 'record', code: 'invalid_choice' })
    }
  }
  if (issues.length > 0) {
    throw new Invalid(
      'import_invalid',
      `The file has ${issues.length} problem(s); nothing was stored.`,
      issues.slice(0, 200).map((x) => ({
        field: `line.${x.line}${x.column ? `.${x.column}` : ''}`,
        code: x.code,
        message: `Line ${x.line}`,
      })),
    )
  }
  for (const p of parsed) {
    if (p.kind === 'unemployment_spell') {
      await recordUnemploymentSpell(
        ctx.db,
        p.customerId,
        p.startedOn,
        'registry',
        ctx.now,
        p.endedOn,
      )
    } else {
      await ctx.db
        .insert(followUpStatus)
        .values({
          customerId: p.customerId,
          endedOn: p.endedOn,
          monthsAfter: p.monthsAfter,
          status: p.status,
          source: 'registry',
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .onConflictDoUpdate({
          target: [followUpStatus.customerId, followUpStatus.endedOn, followUpStatus.monthsAfter],
          set: { status: p.status, updatedAt: ctx.now },
        })
    }
  }
  ctx.audit.touch([...new Set(parsed.map((p) => p.customerId))], [])
  // Old spells and follow-ups change closed months: their snapshots are rebuilt (snapshots.ts).
  await ctx.queue?.send(ctx.db, 'monitoring-snapshots', {}, { singletonKey: 'all' })
  return {
    spells: parsed.filter((p) => p.kind === 'unemployment_spell').length,
    followUps: parsed.filter((p) => p.kind === 'follow_up').length,
  }
}
