import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import {
  attachment,
  centsToEuros,
  tableToCsv,
  tableToXlsx,
  type ExportColumn,
} from './table-export'

interface Fee {
  contract: string
  cents: number
  month: Date
}
const columns: ExportColumn<Fee>[] = [
  { header: 'Contract', value: (r) => r.contract },
  { header: 'Amount', value: (r) => r.cents, kind: 'cents' },
  { header: 'Month', value: (r) => r.month, kind: 'date' },
]
const rows: Fee[] = [
  { contract: '=HYPERLINK("http://x")', cents: 123456, month: new Date('2026-11-01T00:00:00Z') },
  { contract: 'Koulutuksesta työhön; "A"', cents: -5, month: new Date('2026-10-01T00:00:00Z') },
]

describe('table export', () => {
  it('writes CSV that Excel in a Finnish locale opens, with formulas neutralised', () => {
    const csv = tableToCsv(columns, rows)
    expect(csv.startsWith('\ufeffContract;Amount;Month\r\n')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")";1234.56;2026-11-01`)
    expect(csv).toContain('"Koulutuksesta työhön; ""A""";-0.05;2026-10-01')
  })

  it('writes XLSX whose cells read back as the same values, formulas as text', async () => {
    const sheet = await readXlsxFile(await tableToXlsx(columns, rows, 'Fees'))
    const [header, first, second] = sheet[0]!.data
    expect(header).toEqual(['Contract', 'Amount', 'Month'])
    expect(first![0]).toBe(`'=HYPERLINK("http://x")`)
    expect(first![1]).toBe(1234.56)
    expect(second![1]).toBe(-0.05)
  })

  it('counts money without floats and names downloads safely', () => {
    expect(centsToEuros(0)).toBe('0.00')
    expect(centsToEuros(100001)).toBe('1000.01')
    expect(() => centsToEuros(1.5)).toThrow()
    expect(attachment('fees 2026-11"\r\n', 'xlsx')).toBe(
      'attachment; filename="fees_2026-11___.xlsx"',
    )
  })
})
