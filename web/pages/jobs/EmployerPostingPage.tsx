import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Paragraph } from 'suomifi-ui-components'
import { useLocation } from 'react-router'
import { jobsApi } from '../../api/jobs'
import { ErrorState, Loading } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { problemText } from '../../components/FormErrors'
import { PageHeading } from '../../components/PageHeading'
import { useI18n } from '../../i18n/I18nProvider'
import { JobSummary } from './JobSummary'

/** The employer's own posting through the link in their mail (the token is in the fragment). */
export function EmployerPostingPage() {
  const { t } = useI18n()
  const e = t.jobs.employer
  const token = useLocation().hash.replace(/^#/, '')
  const [asking, setAsking] = useState(false)
  const posting = useQuery({
    queryKey: ['jobs', 'own', token],
    queryFn: () => jobsApi.byToken(token),
    enabled: token.length > 0,
    retry: false,
  })
  const close = useMutation({ mutationFn: () => jobsApi.closeByToken(token) })
  if (!token) return <Paragraph>{e.noToken}</Paragraph>
  return (
    <>
      <PageHeading title={e.ownTitle} />
      {close.isSuccess ? (
        <p role="status" data-qa="posting-closed">
          {e.closed}
        </p>
      ) : posting.isPending ? (
        <Loading />
      ) : posting.isError ? (
        <ErrorState error={posting.error} />
      ) : (
        <div className="card" data-qa="own-posting">
          <JobSummary job={posting.data} />
          <p data-qa="own-posting-state">
            {e.state}: {e.states[posting.data.state]}
          </p>
          {posting.data.rejectionReason && (
            <p>
              {e.rejectionReason}: {posting.data.rejectionReason}
            </p>
          )}
          <Button variant="secondary" onClick={() => setAsking(true)} data-qa="close-posting">
            {e.close}
          </Button>
          {close.isError && <p role="alert">{problemText(close.error, t)}</p>}
        </div>
      )}
      <ConfirmDialog
        question={asking ? { title: e.close, text: e.closeConfirm, confirm: e.close } : null}
        onConfirm={() => {
          setAsking(false)
          close.mutate()
        }}
        onCancel={() => setAsking(false)}
        qa="confirm-close-posting"
      />
    </>
  )
}
