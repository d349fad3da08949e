import type { MonitoringDimension } from '../../src/shared/monitoring'
import { call, client } from './client'
import type { paths } from './schema'

export type MonitoringReport =
  paths['/api/v1/monitoring/report']['get']['responses'][200]['content']['application/json']
export type MonthReport = MonitoringReport['current']
export type FigureTable = MonthReport['tables'][number]
export type DisclosedFigure = FigureTable['total']['total']

/** The monthly monitoring report and its downloads. */
export const monitoringApi = {
  report: (month: string, by: MonitoringDimension) =>
    call(client.GET('/api/v1/monitoring/report', { params: { query: { month, by } } })),
  exportUrl: (month: string, by: MonitoringDimension, format: 'csv' | 'xlsx'): string =>
    `/api/v1/monitoring/report/export?${new URLSearchParams({ month, by, format }).toString()}`,
}

export type MonitoringExport =
  paths['/api/v1/monitoring/exports/{exportId}']['get']['responses'][200]['content']['application/json']

/** Long exports made by a background job: start, follow, download. */
export const exportJobApi = {
  list: () => call(client.GET('/api/v1/monitoring/exports')),
  start: (body: { month: string; by: MonitoringDimension; format: 'csv' | 'xlsx' }) =>
    call(client.POST('/api/v1/monitoring/exports', { body })),
  fileUrl: (exportId: string): string =>
    `/api/v1/monitoring/exports/${encodeURIComponent(exportId)}/file`,
}

/** The organisation's keys for machine clients. */
export const apiKeyApi = {
  list: () => call(client.GET('/api/v1/monitoring/api-keys')),
  create: (name: string) => call(client.POST('/api/v1/monitoring/api-keys', { body: { name } })),
  revoke: (keyId: string) =>
    call(
      client.POST('/api/v1/monitoring/api-keys/{keyId}/revoke', { params: { path: { keyId } } }),
    ),
}
