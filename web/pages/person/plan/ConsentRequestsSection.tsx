import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { ConsentRequest } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { CategoryList } from '../../../components/CategoryList'
import { planKey, requestsKey, useOrganisations } from '../../../components/case/shared'
import { formatDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

interface Answer {
  request: ConsentRequest
  accept: boolean
}

/** Requests to consent, answered with one button each; an accepted one opens waiting steps. */
export function ConsentRequestsSection({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { codeOf } = useOrganisations()
  const requests = useQuery({
    queryKey: requestsKey(customerId),
    queryFn: () => caseApi.consentRequests(customerId),
  })
  const answer = useMutation({
    mutationFn: ({ request, accept }: Answer) =>
      caseApi.answerConsentRequest(customerId, request.id, accept),
    onSuccess: (_result, { request, accept }) => {
      const org = localName(request.organisation.name, lang)
      announce(accept ? t.cases.plan.accepted(org) : t.cases.plan.declined(org))
      // Focus would be lost with the answered card's buttons: it goes to the section heading.
      document.getElementById('plan-requests')?.focus()
    },
    onSettled: async () => {
      await Promise.all(
        [requestsKey(customerId), planKey(customerId), ['consents', customerId]].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      )
    },
  })
  const open = requests.data?.items.filter((r) => r.status === 'requested') ?? []
  const answered = requests.data?.items.filter((r) => r.status !== 'requested') ?? []

  return (
    <section aria-labelledby="plan-requests" className="section no-print" data-qa="plan-requests">
      <Heading variant="h2" id="plan-requests" tabIndex={-1} mb="xs">
        {t.cases.plan.requestsTitle}
      </Heading>
      <Paragraph mb="s">{t.cases.plan.requestsIntro}</Paragraph>
      {answer.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(answer.error, t)}
        </InlineAlert>
      )}
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <ErrorState error={requests.error} />
      ) : open.length === 0 ? (
        <EmptyState>{t.cases.plan.requestsNone}</EmptyState>
      ) : (
        <ul className="card-list">
          {open.map((r) => {
            const org = localName(r.organisation.name, lang)
            const busy = answer.isPending && answer.variables?.request.id === r.id
            return (
              <li
                key={r.id}
                className="card consent-request"
                data-qa="open-request"
                data-qa-org-code={codeOf(r.organisation.id)}
              >
                <Heading variant="h3" mb="xs" id={`request-${r.id}`}>
                  {t.cases.plan.requestText(org)}
                </Heading>
                <dl className="request-facts">
                  <dt>{t.cases.plan.requestWho}</dt>
                  <dd data-qa="request-who">
                    {r.requestedBy ? t.cases.plan.requestAskedBy(org, r.requestedBy) : org}
                  </dd>
                  <dt>{t.cases.plan.requestWhy}</dt>
                  <dd data-qa="request-why">{t.cases.plan.requestPurpose[r.purpose]}</dd>
                  <dt>{t.cases.plan.requestWhat}</dt>
                  <dd>
                    <CategoryList categories={r.dataCategories} />
                  </dd>
                  <dt>{t.cases.plan.requestHowLong}</dt>
                  <dd data-qa="request-how-long">
                    {t.cases.plan.requestValidity(r.validForMonths)}
                  </dd>
                </dl>
                <p className="muted">{t.cases.plan.requestChoice}</p>
                <div className="button-row" role="group" aria-labelledby={`request-${r.id}`}>
                  <Button
                    disabled={busy}
                    aria-label={t.cases.plan.acceptFor(org)}
                    onClick={() => answer.mutate({ request: r, accept: true })}
                    data-qa="accept-request"
                  >
                    {t.cases.plan.accept}
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={busy}
                    aria-label={t.cases.plan.declineFor(org)}
                    onClick={() => answer.mutate({ request: r, accept: false })}
                    data-qa="decline-request"
                  >
                    {t.cases.plan.decline}
                  </Button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {answered.length > 0 && (
        <>
          <Heading variant="h3" mt="m" mb="xs">
            {t.cases.plan.answeredTitle}
          </Heading>
          <ul className="plain-list answered-requests">
            {answered.map((r) => (
              <li key={r.id} data-qa="answered-request" data-qa-status={r.status}>
                {localName(r.organisation.name, lang)}: {t.cases.consents.requestStatus[r.status]}
                {r.answeredAt && <span className="muted"> ({formatDate(r.answeredAt, lang)})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
