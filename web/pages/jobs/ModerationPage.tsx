import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Paragraph } from 'suomifi-ui-components'
import { jobsApi } from '../../api/jobs'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextField } from '../../components/FormFields'
import { problemText } from '../../components/FormErrors'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { JobSummary } from './JobSummary'

/** The coordinator's queue of employers' own postings: publish, or reject with a reason. */
export function ModerationPage() {
  const { t, lang } = useI18n()
  const m = t.jobs.moderation
  const queryClient = useQueryClient()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [rejecting, setRejecting] = useState<string | null>(null)
  const setSaid = useAnnounce()
  const queue = useQuery({ queryKey: ['jobs', 'moderation'], queryFn: jobsApi.moderationQueue })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['jobs'] })
  const publish = useMutation({
    mutationFn: jobsApi.publish,
    onSuccess: async () => {
      setSaid(m.published)
      await refresh()
    },
  })
  const reject = useMutation({
    mutationFn: (id: string) => jobsApi.reject(id, reasons[id] ?? ''),
    onSuccess: async () => {
      setSaid(m.rejected)
      await refresh()
    },
  })
  const error = publish.error ?? reject.error
  return (
    <>
      <PageHeading title={m.title} />
      <Paragraph mb="m">{m.intro}</Paragraph>
      {error && <p role="alert">{problemText(error, t)}</p>}
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorState error={queue.error} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState>{m.none}</EmptyState>
      ) : (
        <ul className="card-list" data-qa="moderation-queue">
          {queue.data.items.map((job) => (
            <li key={job.id} className="card" data-qa="moderation-item">
              <JobSummary job={job} />
              <Paragraph mb="s">{job.description}</Paragraph>
              <p className="muted">
                {m.submittedAt} {formatDateTime(job.submittedAt, lang)}
              </p>
              <div className="button-row">
                <Button onClick={() => publish.mutate(job.id)} data-qa="publish-job">
                  {m.publish}
                </Button>
              </div>
              <TextField
                label={m.reason}
                value={reasons[job.id] ?? ''}
                onChange={(v) => setReasons({ ...reasons, [job.id]: v })}
                qa="reject-reason"
                maxLength={1000}
              />
              <Button
                variant="secondary"
                disabled={!(reasons[job.id] ?? '').trim()}
                onClick={() => setRejecting(job.id)}
                data-qa="reject-job"
              >
                {m.reject}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        question={
          rejecting
            ? { title: m.confirmReject, text: reasons[rejecting] ?? '', confirm: m.reject }
            : null
        }
        onConfirm={() => {
          if (rejecting) reject.mutate(rejecting)
          setRejecting(null)
        }}
        onCancel={() => setRejecting(null)}
        qa="confirm-reject"
      />
    </>
  )
}
