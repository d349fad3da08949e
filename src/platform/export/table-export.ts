import { stringify } from 'csv-stringify/sync'
import writeXlsxFile from 'write-excel-file/node'
import type { SheetData } from 'write-excel-file/node'

/**
 * One table, two downloads: CSV for machines and XLSX for people. Every export of the app goes
 * through here, so formula injection is neutralised in one place (OWASP "CSV injection").
 */
export type ExportValue = string | number | Date | null

export interface ExportColumn<Row> {
  header: string
  value: (row: Row) => ExportValue
  /** `cents` is integer money: exported as euros with two decimals, computed without floats. */
  kind?: 'text' | 'integer' | 'cents' | 'date'
}

export type ExportFormat = 'csv' | 'xlsx'

const formulaStart = /^[=+\-@\t\r]/

/** A text a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}

/** Integer cents as a decimal euro string with a point: "1234.50" (no float on the way). */
export function centsToEuros(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error('cents must be an integer')
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10)
}

function csvCell<Row>(column: ExportColumn<Row>, row: Row): string {
  const value = column.value(row)
  if (value === null) return ''
  if (value instanceof Date) return column.kind === 'date' ? isoDate(value) : value.toISOString()
  if (typeof value === 'number')
    return column.kind === 'cents' ? centsToEuros(value) : String(value)
  return neutraliseFormula(value)
}

/**
 * CSV with a byte-order mark and `;` as separator, which Excel in a Finnish locale opens
 * column by column; decimals use a point so that machines read them unambiguously.
 */
export function tableToCsv<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: Iterable<Row>,
): string {
  const records: string[][] = [columns.map((c) => neutraliseFormula(c.header))]
  for (const row of rows) records.push(columns.map((c) => csvCell(c, row)))
  return '\ufeff' + stringify(records, { delimiter: ';', record_delimiter: '\r\n' })
}

export async function tableToXlsx<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: Iterable<Row>,
  sheet = 'Sheet1',
): Promise<Buffer> {
  const data: SheetData = [columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }))]
  for (const row of rows) {
    data.push(
      columns.map((column) => {
        const value = column.value(row)
        if (value === null) return null
        if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd' }
        if (typeof value === 'number') {
          return column.kind === 'cents'
            ? { value: value / 100, type: Number, format: '#,##0.00' }
            : { value, type: Number }
        }
        // Strings are always written as text cells, never as formulas; the apostrophe keeps a
        // copy-pasted cell harmless too.
        return { value: neutraliseFormula(value), type: String }
      }),
    )
  }
  return writeXlsxFile(data, { sheet }).toBuffer()
}

export const exportMediaType: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** `Content-Disposition` for a download; the name is ASCII-only so no header can be injected. */
export function attachment(baseName: string, format: ExportFormat): string {
  const safe = baseName.replace(/[^A-Za-z0-9._-]/g, '_')
  return `attachment; filename="${safe}.${format}"`
}
