import { z } from 'zod'
import type { Ctx } from '../../platform/context'
import { Invalid, type FieldProblem } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import type { FieldCode } from '../../shared/problem-codes'
import { CsvSyntaxError, parseCsv } from '../../platform/import/csv'
import { currentContent, saveProfile, withChange } from './competence'
import { emptyProfile, suggestedChangeSchema, type SuggestedChange } from './content'
import { referenceProblems, referencesOf } from './references'

/**
 * A competence mapping from an external assessment tool, as CSV or JSON (docs/competence-import.md):
 * one item a row, each naming its section. Every row is checked first; a file with any error
 * stores nothing and the answer lists each error with its line (CSV) or item number (JSON).
 */
export const importSections = {
  skill: 'skills',
  qualification: 'qualifications',
  work_experience: 'workExperience',
  language: 'languages',
  certificate: 'certificates',
  interest: 'interests',
  wished_occupation: 'wishedOccupations',
  wished_municipality: 'wishedMunicipalities',
} as const satisfies Record<string, SuggestedChange['section']>
type ImportSection = keyof typeof importSections

export const importColumns = [
  'section',
  'label',
  'conceptUri',
  'level',
  'field',
  'code',
  'validUntil',
  'from',
  'to',
  'employer',
] as const
type Column = (typeof importColumns)[number]
type Row = Partial<Record<Column, string>>

export const MAX_IMPORT_ITEMS = 1000

/** The item a row describes, in the profile's own shape, before validation. */
function itemOf(section: ImportSection, r: Row): unknown {
  const opt = (v: string | undefined) => (v ? v : undefined)
  switch (section) {
    case 'skill':
      return { label: opt(r.label), conceptUri: opt(r.conceptUri) }
    case 'qualification':
      return { level: r.level, field: r.field ?? '', title: r.label }
    case 'work_experience':
      return {
        title: r.label,
        employer: opt(r.employer),
        occupationUri: opt(r.conceptUri),
        from: opt(r.from),
        to: opt(r.to),
      }
    case 'language':
      return { code: r.code?.toLowerCase(), cefr: r.level?.toUpperCase() }
    case 'certificate':
      return { conceptUri: r.conceptUri, validUntil: opt(r.validUntil) }
    case 'interest':
      return r.label
    case 'wished_occupation':
      return r.conceptUri
    case 'wished_municipality':
      return r.code
  }
}

/** Which column a failing field of an item came from. */
const columnOf: Record<string, Column> = {
  label: 'label',
  title: 'label',
  conceptUri: 'conceptUri',
  occupationUri: 'conceptUri',
  level: 'level',
  cefr: 'level',
  field: 'field',
  code: 'code',
  validUntil: 'validUntil',
  from: 'from',
  to: 'to',
  employer: 'employer',
}

const defaultColumn: Partial<Record<ImportSection, Column>> = {
  interest: 'label',
  wished_occupation: 'conceptUri',
  wished_municipality: 'code',
}

function fieldCodeOf(issue: z.core.$ZodIssue): FieldCode {
  if (issue.input === undefined || issue.input === '') return 'required'
  if (issue.code === 'invalid_value') return 'invalid_choice'
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalid_type'
  if (issue.code === 'too_big') return 'too_long'
  if (issue.code === 'too_small') return issue.input === '' ? 'required' : 'too_short'
  if (issue.code === 'invalid_format') return 'invalid_format'
  return 'invalid_value'
}

interface Located {
  /** `line` in a CSV file, `item` in a JSON one. */
  where: { line: number } | { item: number }
  row: Row
}

function problem(at: Located, column: string, code: FieldCode, message: string): FieldProblem {
  return { field: 'body.content', code, message, params: { ...at.where, column } }
}

function readRows(format: 'csv' | 'json', text: string): Located[] {
  if (format === 'csv') {
    let table
    try {
      table = parseCsv(text)
    } catch (e) {
      const line = e instanceof CsvSyntaxError ? e.line : 1
      throw invalid([
        problem({ where: { line }, row: {} }, '', 'invalid_format', (e as Error).message),
      ])
    }
    const unknown = table.header.filter((h) => !(importColumns as readonly string[]).includes(h))
    if (!table.header.includes('section') || unknown.length > 0)
      throw invalid([
        problem(
          { where: { line: 1 }, row: {} },
          unknown[0] ?? 'section',
          unknown.length > 0 ? 'unknown_field' : 'required',
          unknown.length > 0 ? `Unknown columns: ${unknown.join(', ')}` : 'No section column',
        ),
      ])
    return table.records.map((r) => ({ where: { line: r.line }, row: r.values }))
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw invalid([
      problem({ where: { item: 0 }, row: {} }, '', 'invalid_format', (e as Error).message),
    ])
  }
  const items = z
    .object({ format: z.literal('saumaton-competence-mapping/1'), items: z.array(z.unknown()) })
    .safeParse(value)
  if (!items.success)
    throw invalid([
      problem(
        { where: { item: 0 }, row: {} },
        'format',
        'invalid_format',
        'Not a saumaton-competence-mapping/1 document',
      ),
    ])
  return items.data.items.map((item, i) => {
    const row: Row = {}
    if (item && typeof item === 'object')
      for (const [k, v] of Object.entries(item))
        if (typeof v === 'string' || typeof v === 'number') row[k as Column] = String(v).trim()
    return { where: { item: i + 1 }, row }
  })
}

const invalid = (fields: FieldProblem[]) =>
  new Invalid(
    'competence_import_invalid',
    `The mapping has ${fields.length} errors; nothing was stored.`,
    fields,
  )

/** Checks every row of the file; returns the changes, or throws with every error found. */
export async function readMapping(
  ctx: Ctx,
  format: 'csv' | 'json',
  text: string,
): Promise<SuggestedChange[]> {
  const rows = readRows(format, text)
  const problems: FieldProblem[] = []
  if (rows.length === 0)
    problems.push(
      problem(
        { where: format === 'csv' ? { line: 2 } : { item: 1 }, row: {} },
        '',
        'too_few',
        'No items',
      ),
    )
  if (rows.length > MAX_IMPORT_ITEMS)
    throw invalid([
      problem(rows[MAX_IMPORT_ITEMS]!, '', 'too_many', `At most ${MAX_IMPORT_ITEMS} items`),
    ])
  const changes: { at: Located; change: SuggestedChange }[] = []
  for (const at of rows) {
    const section = at.row.section as ImportSection | undefined
    if (!section || !(section in importSections)) {
      problems.push(
        problem(
          at,
          'section',
          section ? 'invalid_choice' : 'required',
          `Unknown section ${JSON.stringify(section ?? '')}`,
        ),
      )
      continue
    }
    const parsed = suggestedChangeSchema.safeParse(
      { section: importSections[section], item: itemOf(section, at.row) },
      { reportInput: true },
    )
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path.find((p) => typeof p === 'string' && p !== 'item')
        const column =
          (typeof key === 'string' ? columnOf[key] : undefined) ?? defaultColumn[section] ?? 'label'
        problems.push(problem(at, column, fieldCodeOf(issue), issue.message))
      }
      continue
    }
    changes.push({ at, change: parsed.data })
  }
  // Concepts are looked up for all rows at once; each unknown one is reported on its own row.
  for (const { at, change } of changes) {
    const refs = referencesOf(withChange(emptyProfile(), change), 'x')
    for (const p of await referenceProblems(ctx.db, refs))
      problems.push(problem(at, 'conceptUri', 'unknown_reference', p.message))
  }
  if (problems.length > 0) throw invalid(problems.slice(0, 200))
  return changes.map((c) => c.change)
}

/** Adds a mapping's items to the profile as one new version. */
export async function importMapping(
  ctx: Ctx,
  customerId: CustomerId,
  input: { format: 'csv' | 'json'; content: string; baseVersion: number },
): Promise<number> {
  const changes = await readMapping(ctx, input.format, input.content)
  const { content } = await currentContent(ctx, customerId)
  const merged = changes.reduce(withChange, content)
  return saveProfile(ctx, customerId, input.baseVersion, merged, 'import')
}
