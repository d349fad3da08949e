import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { EventCardVersion } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { refreshCase, useOrganisations } from '../../../components/case/shared'
import { NativeSelect } from '../../../components/NativeSelect'
import { formatDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

interface Offer {
  raisedIndicatorId: string
  cards: EventCardVersion[]
}

function OfferedCards({
  offer,
  ctx,
  onOpened,
}: {
  offer: Offer
  ctx: CaseContext
  onOpened: () => void
}) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { nameOf } = useOrganisations()
  const open = useMutation({
    mutationFn: (card: EventCardVersion) =>
      caseApi.openEventCard(ctx.customerId, card.id, offer.raisedIndicatorId),
    onSuccess: async (result) => {
      announce(t.cases.indicators.opened(result.serviceActions.length))
      onOpened()
      await refreshCase(queryClient, ctx.customerId)
    },
  })
  return (
    <div className="offer" data-qa="offered-cards">
      <Heading variant="h4" id="offered-cards" tabIndex={-1} mb="xs">
        {t.cases.indicators.offeredTitle}
      </Heading>
      {offer.cards.length === 0 ? (
        <EmptyState>{t.cases.indicators.noCards}</EmptyState>
      ) : (
        <ul className="card-list">
          {offer.cards.map((card) => (
            <li key={card.id} className="card" data-qa="offered-card" data-qa-code={card.code}>
              <p className="card__title">{localName(card.name, lang)}</p>
              <Paragraph mb="xs">{localName(card.waysOfWorking, lang)}</Paragraph>
              <ol className="step-summary">
                {card.steps.map((s) => (
                  <li key={s.id}>
                    {t.cases.indicators.stepLine(nameOf(s.responsibleOrganisationId), s.dueInDays)}
                  </li>
                ))}
              </ol>
              <BusyButton
                busy={open.isPending && open.variables?.id === card.id}
                busyText={t.common.saving}
                onClick={() => open.mutate(card)}
                qa="open-card"
              >
                {t.cases.indicators.open(localName(card.name, lang))}
              </BusyButton>
            </li>
          ))}
        </ul>
      )}
      {open.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(open.error, t)}
        </InlineAlert>
      )}
    </div>
  )
}

/** Raised indicators; raising one offers the matching event cards, and opening one makes steps. */
export function IndicatorsPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { nameOf } = useOrganisations()
  const catalogue = useQuery({
    queryKey: ['indicators', 'active'],
    queryFn: () => caseApi.indicators(),
    enabled: ctx.canWrite,
  })
  const [indicatorId, setIndicatorId] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [offer, setOffer] = useState<Offer | null>(null)
  const selectRef = useRef<HTMLSelectElement>(null)
  const raise = useMutation({
    mutationFn: (id: string) => caseApi.raiseIndicator(ctx.customerId, id),
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!indicatorId) {
      setError(t.cases.enrol.required)
      selectRef.current?.focus()
      return
    }
    setError(undefined)
    try {
      const result = await raise.mutateAsync(indicatorId)
      const indicator = catalogue.data?.items.find((i) => i.id === indicatorId)
      setOffer({ raisedIndicatorId: result.raisedIndicatorId, cards: result.offeredCards })
      setIndicatorId('')
      announce(t.cases.indicators.raised(indicator ? localName(indicator.name, lang) : ''))
      await refreshCase(queryClient, ctx.customerId)
      document.getElementById('offered-cards')?.focus()
    } catch {
      selectRef.current?.focus()
    }
  }

  return (
    <section aria-labelledby="case-indicators" className="section" data-qa="case-indicators">
      <Heading variant="h3" id="case-indicators" mb="s">
        {t.cases.indicators.title}
      </Heading>
      {ctx.data.indicators.length === 0 ? (
        <EmptyState>{t.cases.indicators.none}</EmptyState>
      ) : (
        <ul className="plain-list indicator-list">
          {ctx.data.indicators.map((i) => (
            <li key={i.id} data-qa="raised-indicator" data-qa-withheld={String(i.withheld)}>
              <span className="indicator-list__name">
                {i.indicator ? localName(i.indicator.name, lang) : t.cases.indicators.withheld}
              </span>{' '}
              <span className="muted">
                (
                {t.cases.indicators.raisedBy(
                  nameOf(i.raisedByOrganisationId),
                  formatDate(i.raisedAt, lang),
                )}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      {ctx.canWrite && (
        <form
          className="form block-gap"
          noValidate
          onSubmit={(e) => void submit(e)}
          data-qa="raise-form"
        >
          {raise.isError && (
            <InlineAlert status="error" role="alert">
              {problemText(raise.error, t)}
            </InlineAlert>
          )}
          <NativeSelect
            label={t.cases.indicators.choose}
            hint={t.cases.indicators.chooseHint}
            placeholder={t.cases.indicators.placeholder}
            options={(catalogue.data?.items ?? []).map((i) => ({
              value: i.id,
              label: localName(i.name, lang),
            }))}
            value={indicatorId}
            onChange={setIndicatorId}
            error={error}
            qa="indicator-select"
            selectRef={selectRef}
          />
          <BusyButton
            type="submit"
            busy={raise.isPending}
            busyText={t.common.saving}
            qa="raise-indicator"
          >
            {t.cases.indicators.raise}
          </BusyButton>
        </form>
      )}
      {offer && <OfferedCards offer={offer} ctx={ctx} onOpened={() => setOffer(null)} />}
    </section>
  )
}
