import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Heading, InlineAlert } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import { useAnnounce } from '../../../components/Announcer'
import { problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { ContactDetails, refreshCase, useOrganisations } from '../../../components/case/shared'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

/** The organisations on the case with their contact people; a worker can name themself. */
export function TeamPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { codeOf } = useOrganisations()
  const nameMe = useMutation({
    mutationFn: () => caseApi.setContact(ctx.customerId, ctx.myUserId),
    onSuccess: async () => {
      announce(t.cases.team.namedMe)
      await refreshCase(queryClient, ctx.customerId)
    },
  })
  const mine = ctx.data.team.find((m) => m.organisation.id === ctx.myOrganisationId)
  const mayNameMe = ctx.canWrite && mine?.contact?.id !== ctx.myUserId

  return (
    <section aria-labelledby="case-team" className="section" data-qa="case-team">
      <Heading variant="h3" id="case-team" mb="s">
        {t.cases.team.title}
      </Heading>
      <ul className="card-list team-list">
        {ctx.data.team.map((m) => (
          <li
            key={m.organisation.id}
            className="card"
            data-qa="team-member"
            data-qa-org-code={codeOf(m.organisation.id)}
          >
            <p className="card__title">{localName(m.organisation.name, lang)}</p>
            {m.contact ? (
              <p className="contact-block">
                <span className="muted contact-block__label">{t.cases.team.contact}</span>
                <ContactDetails
                  contact={m.contact}
                  {...(m.contact.id === ctx.myUserId ? { suffix: t.cases.team.you } : {})}
                />
              </p>
            ) : (
              <p className="muted" data-qa="no-contact">
                {t.cases.team.noContact}
              </p>
            )}
          </li>
        ))}
      </ul>
      {mayNameMe && (
        <div className="block-gap part-actions">
          {nameMe.isError && (
            <InlineAlert status="error" role="alert">
              {problemText(nameMe.error, t)}
            </InlineAlert>
          )}
          <BusyButton
            busy={nameMe.isPending}
            busyText={t.common.saving}
            onClick={() => nameMe.mutate()}
            qa="name-me-contact"
          >
            {t.cases.team.nameMe}
          </BusyButton>
        </div>
      )}
    </section>
  )
}
