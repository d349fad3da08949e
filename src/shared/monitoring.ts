import { dataCategories, endReasons, monitoringDimensions, type MonitoringDimension } from './enums'

export { monitoringDimensions, type MonitoringDimension }

/** End reasons that count as a successful ending: work (open-market or subsidised) or studies. */
export const successfulEndReasons = [
  'employed_open_market',
  'subsidised_employment',
  'education',
] as const

/**
 * The figure tables of the monthly report and their columns. Each table's rows are the groups
 * of the chosen dimension and its cells partition the row total, so that disclosure control
 * (src/shared/disclosure-control.ts) protects its totals. New sources (job suggestions) add
 * columns or tables here and a count query in src/domain/monitoring/counts.ts.
 */
export const figureTables = {
  customersAtMonthEnd: ['longTermUnemployed', 'notLongTermUnemployed'],
  started: ['longTermUnemployed', 'notLongTermUnemployed'],
  firstAction: ['withFirstAction', 'withoutFirstAction'],
  ended: endReasons,
  followUp3: ['inWorkOrStudies', 'notInWorkOrStudies', 'noFollowUpData'],
  followUp6: ['inWorkOrStudies', 'notInWorkOrStudies', 'noFollowUpData'],
  serviceActionsStarted: dataCategories,
  /** Its columns are the purchased services (by id), read with the report: see `columnLabels`. */
  referralsStarted: [] as readonly string[],
} as const
export type FigureTableId = keyof typeof figureTables
export const figureTableIds = Object.keys(figureTables) as FigureTableId[]

/** Derived figures of a table's rows (and of its totals), hidden with the counts they rest on. */
export const derivedFigures = {
  customersAtMonthEnd: ['longTermUnemployedShare'],
  started: ['longTermUnemployedShare'],
  firstAction: ['medianDaysToFirstAction', 'p90DaysToFirstAction'],
  ended: ['successfulShare'],
  followUp3: ['inWorkOrStudiesShare'],
  followUp6: ['inWorkOrStudiesShare'],
  serviceActionsStarted: [],
  referralsStarted: [],
} as const satisfies Record<FigureTableId, readonly string[]>
