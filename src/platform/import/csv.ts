/**
 * The one CSV reader of every import (RFC 4180: quoted fields with commas, doubled quotes and
 * line breaks inside): ESCO files, competence mappings, registry data. Each record keeps the line
 * it starts on, so that a validation message can point at it. The separator is `,` unless the header line holds
 * more `;` (as a spreadsheet in a Finnish locale writes it).
 */
export interface CsvRecord {
  line: number
  values: Record<string, string>
}

export interface CsvTable {
  header: string[]
  records: CsvRecord[]
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

export function parseCsv(text: string): CsvTable {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const firstLine = input.slice(0, input.search(/\r?\n|$/))
  const separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ','
  const rows: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let atFieldStart = true
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
      continue
    }
    if (ch === '"' && atFieldStart) {
      quoted = true
      atFieldStart = false
    } else if (ch === separator) {
      fields.push(field)
      field = ''
      atFieldStart = true
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++
      fields.push(field)
      rows.push({ line: rowLine, fields })
      fields = []
      field = ''
      atFieldStart = true
      line++
      rowLine = line
    } else {
      if (ch === '"') throw new CsvSyntaxError(line, 'A quote inside an unquoted field')
      field += ch
      atFieldStart = false
    }
  }
  if (quoted) throw new CsvSyntaxError(rowLine, 'A quoted field is not closed')
  if (field !== '' || fields.length > 0) {
    fields.push(field)
    rows.push({ line: rowLine, fields })
  }
  const nonEmpty = rows.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''))
  const [head, ...body] = nonEmpty
  if (!head) return { header: [], records: [] }
  const header = head.fields.map((h) => h.trim())
  return {
    header,
    records: body.map((r) => {
      if (r.fields.length > header.length)
        throw new CsvSyntaxError(
          r.line,
          `${r.fields.length} fields; the header has ${header.length}`,
        )
      return {
        line: r.line,
        values: Object.fromEntries(header.map((h, i) => [h, (r.fields[i] ?? '').trim()])),
      }
    }),
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1
}
