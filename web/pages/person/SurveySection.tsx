import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { surveyApi } from '../../api/survey'
import { ErrorState } from '../../components/AsyncState'
import { useI18n } from '../../i18n/I18nProvider'
import { SurveyForm } from '../survey/SurveyForm'

const headingId = 'my-survey'

/** The satisfaction survey in the young person's own view, while one waits for an answer. */
export function SurveySection({ customerId }: { customerId: string }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const key = ['surveys', customerId]
  const [open, setOpen] = useState(false)
  const list = useQuery({ queryKey: key, queryFn: () => surveyApi.pending(customerId) })
  const answer = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Parameters<typeof surveyApi.answerOwn>[2] }) =>
      surveyApi.answerOwn(customerId, id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
  if (list.isError) return <ErrorState error={list.error} />
  if (answer.isSuccess) {
    return (
      <InlineAlert status="neutral" role="status" className="block-gap" data-qa="my-survey-done">
        {t.survey.answered}
      </InlineAlert>
    )
  }
  const pending = list.data?.items[0]
  if (!pending) return null
  return (
    <section aria-labelledby={headingId} className="section" data-qa="my-survey">
      <Heading variant="h2" id={headingId} mb="xs">
        {t.survey.pendingTitle}
      </Heading>
      <Paragraph mb="s">{t.survey.pendingIntro}</Paragraph>
      {open ? (
        <SurveyForm
          qa="my-survey-form"
          onSubmit={(body) => answer.mutate({ id: pending.id, body })}
          busy={answer.isPending}
          error={answer.error}
        />
      ) : (
        <Button onClick={() => setOpen(true)} data-qa="my-survey-open">
          {t.survey.open}
        </Button>
      )}
    </section>
  )
}
