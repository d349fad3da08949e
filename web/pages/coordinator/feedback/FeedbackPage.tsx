import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { Button } from 'suomifi-ui-components'
import { siteFeedbackApi } from '../../../api/siteFeedback'
import { useAnnounce } from '../../../components/Announcer'
import { ErrorState, Loading } from '../../../components/AsyncState'
import { TextAreaField } from '../../../components/FormFields'
import { problemText } from '../../../components/FormErrors'
import { PageHeading } from '../../../components/PageHeading'
import { formatCalendarDate, formatDateTime } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

/** One feedback item: what was said, by when to answer, and the answer the coordinator records. */
export function FeedbackPage() {
  const { feedbackId = '' } = useParams()
  const { t, lang } = useI18n()
  const f = t.siteFeedback
  const queryClient = useQueryClient()
  const setSaid = useAnnounce()
  const [answer, setAnswer] = useState<string | null>(null)
  const [error, setError] = useState<string | undefined>()
  const item = useQuery({
    queryKey: ['site-feedback', feedbackId],
    queryFn: () => siteFeedbackApi.one(feedbackId),
  })
  const save = useMutation({
    mutationFn: (text: string) => siteFeedbackApi.answer(feedbackId, text),
    onSuccess: async () => {
      setSaid(f.saved)
      await queryClient.invalidateQueries({ queryKey: ['site-feedback'] })
    },
  })
  const text = answer ?? item.data?.answer ?? ''
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setError(f.answerRequired)
      return
    }
    setError(undefined)
    save.mutate(text)
  }
  return (
    <>
      <PageHeading title={f.title} />
      <p>
        <Link to="/site-feedback" className="text-link" data-qa="feedback-back">
          {f.back}
        </Link>
      </p>
      {item.isPending ? (
        <Loading />
      ) : item.isError ? (
        <ErrorState error={item.error} />
      ) : (
        <>
          <dl className="details" data-qa="feedback-item">
            <dt>{f.message}</dt>
            <dd data-qa="feedback-message">{item.data.message}</dd>
            <dt>{f.received}</dt>
            <dd>{formatDateTime(item.data.receivedAt, lang)}</dd>
            <dt>{f.due}</dt>
            <dd data-qa="feedback-due">
              {formatCalendarDate(item.data.dueOn, lang)}
              {item.data.overdue && <span className="overdue-mark"> · {f.overdue}</span>}
            </dd>
            <dt>{f.page}</dt>
            <dd>{item.data.page ?? '–'}</dd>
            <dt>{f.contact}</dt>
            <dd>{item.data.contact ?? f.noContact}</dd>
            <dt>{f.language}</dt>
            <dd>{item.data.lang}</dd>
            <dt>{f.status}</dt>
            <dd data-qa="feedback-status">
              {item.data.answeredAt
                ? `${f.answered} ${formatDateTime(item.data.answeredAt, lang)}`
                : f.open}
            </dd>
          </dl>
          <form noValidate onSubmit={submit} data-qa="feedback-answer-form">
            <TextAreaField
              label={f.answer}
              hint={f.answerHint}
              value={text}
              onChange={setAnswer}
              error={error}
              qa="feedback-answer"
              maxLength={4000}
              rows={5}
            />
            {save.error && <p role="alert">{problemText(save.error, t)}</p>}
            <Button type="submit" disabled={save.isPending} data-qa="feedback-save">
              {f.markAnswered}
            </Button>
          </form>
        </>
      )}
    </>
  )
}
