import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { EnrolmentConfirmation } from '../../api/types'
import { useAnnounce } from '../../components/Announcer'
import { ErrorState, problemText } from '../../components/AsyncState'
import { formatDate, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

interface Answer {
  item: EnrolmentConfirmation
  accept: boolean
}

const headingId = 'my-enrolment-confirmations'

/**
 * An organisation's enrolment of the young person, who was a customer already: nothing stored
 * is shown to it until they confirm here. Shown only while an answer is awaited.
 */
export function EnrolmentConfirmationsSection({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const key = ['enrolment-confirmations', customerId]
  const list = useQuery({ queryKey: key, queryFn: () => api.enrolmentConfirmations(customerId) })
  const answer = useMutation({
    mutationFn: ({ item, accept }: Answer) =>
      api.answerEnrolmentConfirmation(customerId, item.id, accept),
    onSuccess: (_result, { item, accept }) => {
      const org = localName(item.organisation.name, lang)
      announce(accept ? t.person.enrolmentConfirmed(org) : t.person.enrolmentDeclined(org))
      // The answered card's buttons go away: focus goes to the page's consents.
      document.getElementById('my-consents')?.focus()
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
  if (list.isError) return <ErrorState error={list.error} />
  const open = list.data?.items.filter((i) => i.status === 'awaiting_confirmation') ?? []
  if (open.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="section" data-qa="enrolment-confirmations">
      <Heading variant="h2" id={headingId} mb="xs">
        {t.person.enrolmentsTitle}
      </Heading>
      <Paragraph mb="s">{t.person.enrolmentsIntro}</Paragraph>
      {answer.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(answer.error, t)}
        </InlineAlert>
      )}
      <ul className="card-list">
        {open.map((item) => {
          const org = localName(item.organisation.name, lang)
          const busy = answer.isPending && answer.variables?.item.id === item.id
          return (
            <li key={item.id} className="card" data-qa="enrolment-confirmation">
              <p>{t.person.enrolmentText(org, formatDate(item.requestedAt, lang))}</p>
              <div className="button-row">
                <Button
                  disabled={busy}
                  aria-label={t.person.confirmEnrolmentFor(org)}
                  onClick={() => answer.mutate({ item, accept: true })}
                  data-qa="confirm-enrolment"
                >
                  {t.person.confirmEnrolment}
                </Button>
                <Button
                  variant="secondary"
                  disabled={busy}
                  aria-label={t.person.declineEnrolmentFor(org)}
                  onClick={() => answer.mutate({ item, accept: false })}
                  data-qa="decline-enrolment"
                >
                  {t.person.declineEnrolment}
                </Button>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
