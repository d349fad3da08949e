import type { Locale } from '../../shared/enums'
import type { Disclosed } from '../../shared/disclosure-control'
import {
  tableToCsv,
  tableToXlsx,
  type ExportColumn,
  type ExportFormat,
} from '../../platform/export/table-export'
import { disclosureEn } from '../../../web/i18n/disclosure/en'
import { disclosureFi } from '../../../web/i18n/disclosure/fi'
import { disclosureSv } from '../../../web/i18n/disclosure/sv'
import type { MonthReport } from './figures'

const disclosureTexts = { fi: disclosureFi, sv: disclosureSv, en: disclosureEn }

/** One figure of the report, in the long format national monitoring reads. */
export interface ReportLine {
  month: string
  dimension: string
  groupId: string
  groupName: string
  table: string
  figure: string
  figureKind: 'count' | 'derived'
  value: Disclosed
}

/** Every cell, row total and derived figure of a report, groups first, then the whole. */
export function reportLines(report: MonthReport, locale: Locale): ReportLine[] {
  const month = report.month.slice(0, 7)
  const names = new Map(report.groups.map((g) => [g.id, g.name[locale]]))
  const lines: ReportLine[] = []
  for (const table of report.tables) {
    const rows = [
      ...table.rows.map((r) => ({ ...r, name: names.get(r.groupId) ?? r.groupId })),
      { ...table.total, groupId: 'total', name: 'total' },
    ]
    for (const row of rows) {
      const base = {
        month,
        dimension: report.dimension,
        groupId: row.groupId,
        groupName: row.name,
        table: table.id,
      }
      table.columns.forEach((c, j) =>
        lines.push({ ...base, figure: c, figureKind: 'count', value: row.cells[j]! }),
      )
      lines.push({ ...base, figure: 'total', figureKind: 'count', value: row.total })
      table.derivedNames.forEach((d, k) =>
        lines.push({ ...base, figure: d, figureKind: 'derived', value: row.derived[k]! }),
      )
    }
  }
  return lines
}

/** The columns of an export: a hidden figure's value is its text ("fewer than 5"), with a reason. */
export function exportColumns(threshold: number, locale: Locale): ExportColumn<ReportLine>[] {
  const texts = disclosureTexts[locale]
  return [
    { header: 'month', value: (l) => l.month },
    { header: 'dimension', value: (l) => l.dimension },
    { header: 'group_id', value: (l) => l.groupId },
    { header: 'group_name', value: (l) => l.groupName },
    { header: 'table', value: (l) => l.table },
    { header: 'figure', value: (l) => l.figure },
    {
      header: 'value',
      value: (l) => (l.value.suppressed ? texts.cell[l.value.reason](threshold) : l.value.value),
    },
    { header: 'suppressed', value: (l) => (l.value.suppressed ? l.value.reason : '') },
  ]
}

export async function exportReport(
  report: MonthReport,
  format: ExportFormat,
  locale: Locale,
): Promise<string | Buffer> {
  const columns = exportColumns(report.threshold, locale)
  const lines = reportLines(report, locale)
  return format === 'csv' ? tableToCsv(columns, lines) : tableToXlsx(columns, lines, 'monitoring')
}
