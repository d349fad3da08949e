import {
  tableToCsv,
  tableToXlsx,
  type ExportColumn,
  type ExportFormat,
} from '../../platform/export/table-export'
import type { Locale } from '../../shared/enums'
import type { FeeTable } from './fees'

type Line = FeeTable['lines'][number] & { provider: string }

const headers: Record<Locale, Record<string, string>> = {
  fi: {
    month: 'Kuukausi',
    reference: 'Sopimus',
    provider: 'Palveluntuottaja',
    pseudonym: 'Asiakastunniste (pseudonyymi)',
    kind: 'Palkkio',
    outcome: 'Tulos',
    belongsTo: 'Kuukausi, jolle palkkio kuuluu',
    adjustment: 'Oikaisu',
    amount: 'Summa (EUR, alv 0 %)',
  },
  sv: {
    month: 'Månad',
    reference: 'Avtal',
    provider: 'Tjänsteproducent',
    pseudonym: 'Kundbeteckning (pseudonym)',
    kind: 'Arvode',
    outcome: 'Resultat',
    belongsTo: 'Månad som arvodet hör till',
    adjustment: 'Justering',
    amount: 'Belopp (EUR, moms 0 %)',
  },
  en: {
    month: 'Month',
    reference: 'Contract',
    provider: 'Provider',
    pseudonym: 'Customer id (pseudonymous)',
    kind: 'Fee',
    outcome: 'Outcome',
    belongsTo: 'Month the fee belongs to',
    adjustment: 'Adjustment',
    amount: 'Amount (EUR, excl. VAT)',
  },
}

const yes: Record<Locale, string> = { fi: 'kyllä', sv: 'ja', en: 'yes' }

/** The month's fee lines as CSV or XLSX, through the one table export (docs/exports.md). */
export async function feeExport(
  table: FeeTable,
  format: ExportFormat,
  locale: Locale,
): Promise<string | Buffer> {
  const h = headers[locale]
  const providers = new Map(table.contracts.map((c) => [c.contractId, c.provider.name[locale]]))
  const rows: Line[] = table.lines.map((l) => ({
    ...l,
    provider: providers.get(l.contractId) ?? '',
  }))
  const columns: ExportColumn<Line>[] = [
    { header: h.month!, value: () => table.month },
    { header: h.reference!, value: (l) => l.reference },
    { header: h.provider!, value: (l) => l.provider },
    { header: h.pseudonym!, value: (l) => l.pseudonym },
    { header: h.kind!, value: (l) => l.kind },
    { header: h.outcome!, value: (l) => l.outcome },
    { header: h.belongsTo!, value: (l) => l.belongsTo },
    { header: h.adjustment!, value: (l) => (l.adjustment ? yes[locale] : '') },
    { header: h.amount!, value: (l) => l.amountCents, kind: 'cents' },
  ]
  return format === 'csv' ? tableToCsv(columns, rows) : tableToXlsx(columns, rows, 'Fees')
}
