import type { SuppressionReason } from '../../../src/shared/disclosure-control'

/**
 * Finnish texts for figures hidden by disclosure control (src/shared/disclosure-control.ts):
 * what a hidden cell shows, its longer explanation (e.g. a tooltip or an export's footnote), and
 * the note under a table. `threshold` is the table's own threshold.
 */
export const disclosureFi = {
  cell: {
    primary: (threshold: number): string => `alle ${threshold}`,
    secondary: (_threshold: number): string => 'piilotettu',
    derived: (_threshold: number): string => 'piilotettu',
  } satisfies Record<SuppressionReason, (threshold: number) => string>,
  explanation: {
    primary: (threshold: number): string =>
      `Alle ${threshold} henkilöä. Tarkka luku on piilotettu yksityisyyden suojaamiseksi.`,
    secondary: (_threshold: number): string =>
      'Piilotettu yksityisyyden suojaamiseksi, jotta pientä lukua ei voi laskea muista luvuista.',
    derived: (_threshold: number): string =>
      'Piilotettu yksityisyyden suojaamiseksi, koska luku, josta se lasketaan, on piilotettu.',
  } satisfies Record<SuppressionReason, (threshold: number) => string>,
  tableNote: (threshold: number): string =>
    `Alle ${threshold} henkilön luvut ja luvut, joista ne voisi laskea, on piilotettu yksityisyyden suojaamiseksi.`,
}
