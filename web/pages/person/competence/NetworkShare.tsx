import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { api } from '../../../api/endpoints'
import { useAnnounce } from '../../../components/Announcer'
import { ErrorState, Loading } from '../../../components/AsyncState'
import { NativeSelect } from '../../../components/NativeSelect'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

/**
 * Sharing the profile with the network: a consent to one organisation for the purpose "job search
 * support" naming the category competence only. The same consent record as on My page (where it
 * is withdrawn), and the same data-category rule decides who sees the profile.
 */
export function NetworkShare({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const tn = t.competence.network
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations })
  const consents = useQuery({
    queryKey: ['consents', customerId],
    queryFn: () => api.consents(customerId),
  })
  const [organisationId, setOrganisationId] = useState('')
  const [error, setError] = useState<string | undefined>()
  const give = useMutation({
    mutationFn: (recipientOrganisationId: string) =>
      api.giveConsent(customerId, {
        recipientOrganisationId,
        purpose: 'job_search_support',
        dataCategories: ['competence'],
        validUntil: null,
      }),
    onSuccess: (consent) => {
      setOrganisationId('')
      announce(tn.given(localName(consent.recipient.name, lang)))
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['consents', customerId] }),
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!organisationId) return setError(t.person.organisationRequired)
    setError(undefined)
    give.mutate(organisationId)
  }

  const body = () => {
    if (organisations.isPending || consents.isPending) return <Loading />
    if (organisations.isError) return <ErrorState error={organisations.error} />
    if (consents.isError) return <ErrorState error={consents.error} />
    const holders = consents.data.items.filter(
      (c) =>
        c.status === 'given' &&
        c.purpose === 'job_search_support' &&
        c.dataCategories.includes('competence'),
    )
    const held = new Set(holders.map((c) => c.recipient.id))
    // Consent is for partners only; the coordinator does no customer work.
    const choices = organisations.data.items
      .filter((o) => o.kind !== 'coordinator' && !held.has(o.id))
      .map((o) => ({ value: o.id, label: localName(o.name, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang))
    return (
      <>
        <Heading variant="h3" mb="xxs">
          {tn.holders}
        </Heading>
        {holders.length === 0 ? (
          <Paragraph mb="s">{tn.none}</Paragraph>
        ) : (
          <ul className="card-list" data-qa="competence-network-holders">
            {holders.map((c) => (
              <li key={c.id} data-qa="competence-network-holder">
                {localName(c.recipient.name, lang)}
              </li>
            ))}
          </ul>
        )}
        {choices.length === 0 ? (
          <Paragraph>{tn.allGiven}</Paragraph>
        ) : (
          <form className="form" noValidate onSubmit={submit} data-qa="competence-network-form">
            <NativeSelect
              label={tn.organisation}
              placeholder={tn.choose}
              options={choices}
              value={organisationId}
              onChange={setOrganisationId}
              error={error}
              qa="competence-network-organisation"
            />
            <Button type="submit" disabled={give.isPending} data-qa="competence-network-submit">
              {tn.submit}
            </Button>
            {give.isError && <ErrorState error={give.error} />}
          </form>
        )}
      </>
    )
  }

  return (
    <section
      aria-labelledby="competence-network"
      className="section no-print"
      data-qa="competence-network"
    >
      <Heading variant="h2" id="competence-network" mb="xs">
        {tn.title}
      </Heading>
      <Paragraph mb="s">{tn.intro}</Paragraph>
      {body()}
    </section>
  )
}
