import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import type { FormEvent } from 'react'
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { monitoringApi } from '../../../api/monitoring'
import { ErrorState, Loading } from '../../../components/AsyncState'
import { TextField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { PageHeading } from '../../../components/PageHeading'
import { localName, todayInFinland } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { monitoringDimensions, type MonitoringDimension } from '../../../../src/shared/monitoring'
import { hasRole, useMe } from '../../../app/session'
import { ApiKeysSection } from './ApiKeysSection'
import { ExportJobsSection } from './ExportJobsSection'
import { FigureTableView } from './FigureTableView'

// Observable Plot is loaded only with the charts, so that other pages do not carry it.
const MonitoringCharts = lazy(() => import('./MonitoringCharts'))

/**
 * The monthly figures of the coordinator (the whole network) or of an organisation lead (their
 * own organisation's, which the API decides): filters, each figure with its definition, downloads.
 */
export function MonitoringPage() {
  const { t, lang } = useI18n()
  const me = useMe()
  const coordinator = hasRole(me.data, 'coordinator')
  const initial = { month: todayInFinland().slice(0, 7), by: 'municipality' as MonitoringDimension }
  const [shown, setShown] = useState(initial)
  const [draft, setDraft] = useState(initial)
  const [group, setGroup] = useState('')
  const [error, setError] = useState<string | undefined>()
  const report = useQuery({
    queryKey: ['monitoring', shown.month, shown.by],
    queryFn: () => monitoringApi.report(shown.month, shown.by),
    placeholderData: keepPreviousData,
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(draft.month)) {
      setError(t.errors.fields.invalid_format({}))
      return
    }
    setError(undefined)
    if (draft.by !== shown.by) setGroup('')
    setShown(draft)
  }
  return (
    <>
      <PageHeading title={t.monitoring.title} />
      <Paragraph mb="m">{t.monitoring.intro}</Paragraph>
      {!coordinator && hasRole(me.data, 'organisation_lead') && (
        <InlineAlert status="neutral" className="block-gap" data-qa="monitoring-own-organisation">
          {t.monitoring.ownOrganisation(t.roles.organisation_lead)}
        </InlineAlert>
      )}
      <form className="search-form no-print" noValidate onSubmit={submit} data-qa="monitoring-form">
        <TextField
          label={t.monitoring.month}
          type="month"
          value={draft.month}
          onChange={(month) => setDraft({ ...draft, month })}
          error={error}
          qa="monitoring-month"
        />
        <NativeSelect
          label={t.monitoring.by}
          placeholder={t.monitoring.by}
          options={monitoringDimensions.map((d) => ({
            value: d,
            label: t.monitoring.dimensions[d],
          }))}
          value={draft.by}
          onChange={(by) => setDraft({ ...draft, by: by as MonitoringDimension })}
          qa="monitoring-by"
        />
        <div className="search-form__buttons">
          <Button type="submit" data-qa="monitoring-show">
            {t.monitoring.show}
          </Button>
        </div>
      </form>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorState error={report.error} />
      ) : (
        <>
          <div className="button-row no-print block-gap">
            <NativeSelect
              label={t.monitoring.group}
              placeholder={t.monitoring.allGroups}
              options={report.data.current.groups.map((g) => ({
                value: g.id,
                label: localName(g.name, lang),
              }))}
              value={group}
              onChange={setGroup}
              qa="monitoring-group"
            />
          </div>
          <div className="button-row no-print block-gap">
            <a
              className="button-link"
              href={monitoringApi.exportUrl(shown.month, shown.by, 'csv')}
              download
              data-qa="download-csv"
            >
              {t.monitoring.download}: {t.monitoring.downloadCsv}
            </a>
            <a
              className="button-link"
              href={monitoringApi.exportUrl(shown.month, shown.by, 'xlsx')}
              download
              data-qa="download-xlsx"
            >
              {t.monitoring.download}: {t.monitoring.downloadXlsx}
            </a>
            <Button variant="secondary" onClick={() => window.print()} data-qa="monitoring-print">
              {t.monitoring.print}
            </Button>
          </div>
          <Paragraph mb="m" className="muted">
            {t.disclosure.tableNote(report.data.current.threshold)}
          </Paragraph>
          <Suspense fallback={<Loading />}>
            <MonitoringCharts
              current={report.data.current}
              previous={report.data.previous}
              groupFilter={group}
            />
          </Suspense>
          {report.data.current.tables.map((table) => (
            <FigureTableView
              key={table.id}
              table={table}
              previous={report.data.previous.tables.find((p) => p.id === table.id)}
              report={report.data.current}
              groupFilter={group}
            />
          ))}
        </>
      )}
      <ExportJobsSection month={shown.month} by={shown.by} />
      {coordinator && <ApiKeysSection />}
    </>
  )
}
