import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { jobsApi, type JobSuggestion, type SuggestionResponse } from '../../api/jobs'
import { useMe } from '../../app/session'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { TextField } from '../../components/FormFields'
import { problemText } from '../../components/FormErrors'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { reasonText } from '../../../src/shared/job-match-reasons'
import { JobSummary } from './JobSummary'

const responses: SuggestionResponse[] = ['interesting', 'applied', 'not_for_me']

function SuggestionCard({ s, customerId }: { s: JobSuggestion; customerId: string }) {
  const { t } = useI18n()
  const m = t.jobs.mine
  const queryClient = useQueryClient()
  const [reason, setReason] = useState('')
  const [notForMe, setNotForMe] = useState(false)
  const answer = useMutation({
    mutationFn: (r: SuggestionResponse) =>
      jobsApi.respond(s.id, r, r === 'not_for_me' && reason.trim() ? reason.trim() : null),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['jobs', 'suggestions', customerId] }),
  })
  return (
    <li className="card" data-qa="job-suggestion" data-qa-response={s.response ?? ''}>
      <JobSummary job={s.job} level="h3" />
      {s.response && (
        <p data-qa="suggestion-answer">
          {m.answered}: {m.responses[s.response]}
        </p>
      )}
      <div className="button-row">
        {responses.map((r) => (
          <Button
            key={r}
            variant="secondary"
            onClick={() => (r === 'not_for_me' && !notForMe ? setNotForMe(true) : answer.mutate(r))}
            data-qa={`respond-${r}`}
          >
            {m.responses[r]}
          </Button>
        ))}
      </div>
      {notForMe && (
        <>
          <TextField
            label={m.reason}
            value={reason}
            onChange={setReason}
            qa="not-for-me-reason"
            maxLength={500}
          />
          <Button onClick={() => answer.mutate('not_for_me')} data-qa="send-not-for-me">
            {m.send}
          </Button>
        </>
      )}
      {answer.isError && <p role="alert">{problemText(answer.error, t)}</p>}
    </li>
  )
}

/** The young person's matched jobs with reasons and what to learn, and the suggested ones. */
export function MyJobsPage() {
  const { t, lang } = useI18n()
  const m = t.jobs.mine
  const customerId = useMe().data?.user.customerId ?? ''
  const matches = useQuery({
    queryKey: ['jobs', 'matches', customerId],
    queryFn: () => jobsApi.matches(customerId),
    enabled: Boolean(customerId),
  })
  const suggestions = useQuery({
    queryKey: ['jobs', 'suggestions', customerId],
    queryFn: () => jobsApi.suggestions(customerId),
    enabled: Boolean(customerId),
  })
  return (
    <>
      <PageHeading title={m.title} />
      <Paragraph mb="m">{m.intro}</Paragraph>
      <section aria-labelledby="suggestions-heading">
        <Heading variant="h2" id="suggestions-heading" mb="xs">
          {m.suggestions}
        </Heading>
        {suggestions.isPending ? (
          <Loading />
        ) : suggestions.isError ? (
          <ErrorState error={suggestions.error} />
        ) : suggestions.data.items.length === 0 ? (
          <Paragraph mb="m">{m.suggestionsNone}</Paragraph>
        ) : (
          <ul className="card-list" data-qa="job-suggestions">
            {suggestions.data.items.map((s) => (
              <SuggestionCard key={s.id} s={s} customerId={customerId} />
            ))}
          </ul>
        )}
      </section>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ErrorState error={matches.error} />
      ) : matches.data.items.length === 0 ? (
        <EmptyState>{m.none}</EmptyState>
      ) : (
        <>
          {matches.data.computedAt && (
            <p className="muted">
              {m.computedAt} {formatDateTime(matches.data.computedAt, lang)}
            </p>
          )}
          <ul className="card-list" data-qa="job-matches">
            {matches.data.items.map((match) => (
              <li key={match.job.id} className="card" data-qa="job-match">
                <JobSummary job={match.job} />
                <p className="muted">{m.why}</p>
                <ul data-qa="match-reasons">
                  {match.reasons.map((r, i) => (
                    <li key={i}>{reasonText(r, lang)}</li>
                  ))}
                </ul>
                {match.missing.length > 0 && (
                  <p data-qa="match-missing">
                    {m.missing}: {match.missing.map((x) => x.label[lang]).join(', ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
