import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Heading, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { Consent } from '../../api/types'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { useI18n } from '../../i18n/I18nProvider'
import { ConsentCard } from './ConsentCard'
import { WithdrawDialog } from './WithdrawDialog'

const statusOrder: Record<Consent['status'], number> = {
  awaiting_confirmation: 0,
  given: 1,
  expired: 2,
  withdrawn: 3,
}

/** Valid consents first, newest first within each state. */
const byRelevance = (a: Consent, b: Consent): number =>
  statusOrder[a.status] - statusOrder[b.status] || b.givenAt.localeCompare(a.givenAt)

export function ConsentsSection({ customerId }: { customerId: string }) {
  const { t } = useI18n()
  const consents = useQuery({
    queryKey: ['consents', customerId],
    queryFn: () => api.consents(customerId),
  })
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations })
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null)
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  const codeOf = (orgId: string): string =>
    organisations.data?.items.find((o) => o.id === orgId)?.code ?? ''

  return (
    <section aria-labelledby="my-consents" className="section" data-qa="my-consents">
      <Heading variant="h2" id="my-consents" tabIndex={-1} mb="xs">
        {t.person.consentsTitle}
      </Heading>
      <Paragraph mb="m">{t.person.consentsIntro}</Paragraph>
      {consents.isPending ? (
        <Loading />
      ) : consents.isError ? (
        <ErrorState error={consents.error} />
      ) : consents.data.items.length === 0 ? (
        <EmptyState>{t.person.noConsents}</EmptyState>
      ) : (
        <ul className="card-list">
          {[...consents.data.items].sort(byRelevance).map((c) => (
            <ConsentCard
              key={c.id}
              consent={c}
              organisationCode={codeOf(c.recipient.id)}
              onWithdraw={(consent, button) => {
                setOpener(button)
                setWithdrawing(consent)
              }}
            />
          ))}
        </ul>
      )}
      <WithdrawDialog consent={withdrawing} opener={opener} onClose={() => setWithdrawing(null)} />
    </section>
  )
}
