import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { exportJobApi, type MonitoringExport } from '../../../api/monitoring'
import { ErrorState, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { formatDate } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { MonitoringDimension } from '../../../../src/shared/monitoring'

const headingId = 'export-jobs'
const exportsKey = ['monitoring-exports'] as const
const inProgress = (e: MonitoringExport) => e.status === 'queued' || e.status === 'running'

/**
 * Long exports of the figures shown (the same month, grouping and suppression), made in the
 * background: progress is polled while any is under way, and a finished file can be downloaded
 * by the organisation's users until it expires.
 */
export function ExportJobsSection({ month, by }: { month: string; by: MonitoringDimension }) {
  const { t, lang } = useI18n()
  const copy = t.monitoring.exports
  const queryClient = useQueryClient()
  const list = useQuery({
    queryKey: exportsKey,
    queryFn: exportJobApi.list,
    refetchInterval: (q) => (q.state.data?.items.some(inProgress) ? 1000 : false),
  })
  const start = useMutation({
    mutationFn: exportJobApi.start,
    onSettled: () => queryClient.invalidateQueries({ queryKey: exportsKey }),
  })
  const items = list.data?.items ?? []
  const errorText = (code: string | null) =>
    copy.errors[(code ?? 'export_failed') as keyof typeof copy.errors] ?? copy.errors.export_failed
  return (
    <section aria-labelledby={headingId} className="section no-print" data-qa="export-jobs">
      <Heading variant="h2" id={headingId} mb="xs">
        {copy.title}
      </Heading>
      <Paragraph mb="s">{copy.intro}</Paragraph>
      <div className="button-row block-gap">
        {(['csv', 'xlsx'] as const).map((format) => (
          <BusyButton
            key={format}
            busy={start.isPending && start.variables.format === format}
            busyText={t.common.saving}
            onClick={() => start.mutate({ month, by, format })}
            qa={`export-job-start-${format}`}
          >
            {format === 'csv' ? copy.startCsv : copy.startXlsx}
          </BusyButton>
        ))}
      </div>
      <div aria-live="polite">
        {start.isSuccess && (
          <InlineAlert status="neutral" className="block-gap" data-qa="export-job-started">
            {copy.started}
          </InlineAlert>
        )}
      </div>
      {start.isError && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="export-job-error">
          {problemText(start.error, t)}
        </InlineAlert>
      )}
      {list.isError ? (
        <ErrorState error={list.error} />
      ) : items.length === 0 ? (
        <Paragraph className="muted" data-qa="export-jobs-empty">
          {copy.empty}
        </Paragraph>
      ) : (
        <ul className="card-list" aria-label={copy.listLabel}>
          {items.map((e) => (
            <li key={e.id} className="card" data-qa="export-job" data-status={e.status}>
              <p>
                <strong>
                  {copy.what(
                    e.month,
                    t.monitoring.dimensions[e.dimension],
                    e.format === 'csv' ? t.monitoring.downloadCsv : t.monitoring.downloadXlsx,
                  )}
                </strong>
                {' · '}
                <span data-qa="export-job-status">{copy[e.status]}</span>
                {' · '}
                {formatDate(e.createdAt, lang)}
              </p>
              {inProgress(e) && (
                <progress
                  max={100}
                  value={e.progress}
                  aria-label={copy.progress(e.progress)}
                  data-qa="export-job-progress"
                >
                  {copy.progress(e.progress)}
                </progress>
              )}
              {e.status === 'failed' && (
                <InlineAlert status="error" data-qa="export-job-failed">
                  {errorText(e.errorCode)}
                </InlineAlert>
              )}
              {e.status === 'done' &&
                (e.downloadable ? (
                  <p>
                    <a
                      className="button-link"
                      href={exportJobApi.fileUrl(e.id)}
                      download
                      data-qa="export-job-download"
                    >
                      {copy.download}
                    </a>{' '}
                    {e.expiresAt && copy.expires(formatDate(e.expiresAt, lang))}
                  </p>
                ) : (
                  <p className="muted">{copy.expired}</p>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
