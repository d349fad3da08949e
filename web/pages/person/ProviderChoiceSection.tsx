import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { purchasingApi, type Referral } from '../../api/purchasing'
import { useAnnounce } from '../../components/Announcer'
import { ErrorState, problemText } from '../../components/AsyncState'
import { localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const headingId = 'my-provider-choices'

/** One referral's providers side by side, each with its description and a button to choose it. */
function Choices({ referral, onChosen }: { referral: Referral; onChosen: () => void }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const detail = useQuery({
    queryKey: ['referral', referral.id],
    queryFn: () => purchasingApi.referral(referral.id),
  })
  const choose = useMutation({
    mutationFn: (contractId: string) => purchasingApi.choose(referral.id, contractId),
    onSuccess: (r) => {
      if (r.provider) announce(localName(r.provider.name, lang))
      onChosen()
    },
  })
  const askWorker = useMutation({
    mutationFn: () => purchasingApi.askWorker(referral.id),
    onSuccess: () => {
      announce(t.purchasing.person.askedWorker)
      onChosen()
    },
  })
  const canAsk = referral.permittedActions.includes('referral.delegate_choice')
  if (detail.isError) return <ErrorState error={detail.error} />
  return (
    <div data-qa="provider-choice" className="block-gap">
      <Heading variant="h3" mb="xs">
        {localName(referral.service.name, lang)}
      </Heading>
      {referral.choiceDelegatedAt ? (
        <InlineAlert status="neutral" className="block-gap" data-qa="asked-worker">
          {t.purchasing.person.askedWorker}
        </InlineAlert>
      ) : (
        canAsk && (
          <p className="block-gap">
            <Button
              variant="secondary"
              disabled={askWorker.isPending}
              onClick={() => askWorker.mutate()}
              data-qa="ask-worker"
            >
              {t.purchasing.person.askWorker}
            </Button>
          </p>
        )
      )}
      {askWorker.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(askWorker.error, t)}
        </InlineAlert>
      )}
      {choose.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(choose.error, t)}
        </InlineAlert>
      )}
      <ul className="card-list">
        {(detail.data?.choices ?? []).map((c) => {
          const name = localName(c.provider.name, lang)
          return (
            <li key={c.contractId} className="card" data-qa="provider-option">
              <Heading variant="h4" as="h4">
                {name}
              </Heading>
              <p>{localName(c.description, lang)}</p>
              <Button
                disabled={choose.isPending || !c.hasCapacity}
                aria-label={t.purchasing.person.chooseFor(name)}
                onClick={() => choose.mutate(c.contractId)}
                data-qa="choose-provider"
              >
                {t.purchasing.provider.choose}
              </Button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** Referrals to a framework arrangement wait here for the young person's choice of provider. */
export function ProviderChoiceSection({ customerId }: { customerId: string }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const key = ['my-referrals', customerId]
  const list = useQuery({ queryKey: key, queryFn: () => purchasingApi.ofCustomer(customerId) })
  if (list.isError) return <ErrorState error={list.error} />
  const open = list.data?.filter((r) => r.status === 'awaiting_choice') ?? []
  if (open.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="section" data-qa="provider-choices">
      <Heading variant="h2" id={headingId} mb="xs">
        {t.purchasing.person.choiceTitle}
      </Heading>
      <Paragraph mb="s">{t.purchasing.person.choiceIntro}</Paragraph>
      {open.map((r) => (
        <Choices
          key={r.id}
          referral={r}
          onChosen={() => void queryClient.invalidateQueries({ queryKey: key })}
        />
      ))}
    </section>
  )
}
