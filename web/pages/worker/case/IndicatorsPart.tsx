import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { EventCardVersion, RaisedIndicator } from '../../../api/caseTypes'
import { ApiError } from '../../../api/client'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { refreshCase, useOrganisations } from '../../../components/case/shared'
import { NativeSelect } from '../../../components/NativeSelect'
import { formatDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

/** The cards an active indicator offers, kept until one is opened or the indicator closed. */
function OfferedCards({ indicator, ctx }: { indicator: RaisedIndicator; ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { nameOf } = useOrganisations()
  const open = useMutation({
    mutationFn: (card: EventCardVersion) =>
      caseApi.openEventCard(ctx.customerId, card.id, indicator.id),
    onSuccess: async (result) => {
      announce(t.cases.indicators.opened(result.serviceActions.length))
      await refreshCase(queryClient, ctx.customerId)
      document.getElementById('case-actions')?.focus()
    },
  })
  const name = indicator.indicator ? localName(indicator.indicator.name, lang) : ''
  return (
    <div className="offer" data-qa="offered-cards" data-qa-indicator={indicator.id}>
      <Heading variant="h4" id={`offered-${indicator.id}`} tabIndex={-1} mb="xs">
        {t.cases.indicators.offeredFor(name)}
      </Heading>
      {indicator.offeredCards.length === 0 ? (
        <EmptyState>{t.cases.indicators.noCards}</EmptyState>
      ) : (
        <ul className="card-list">
          {indicator.offeredCards.map((card) => (
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

/** Closing asks first: the offered cards go with the indicator. */
function CloseIndicator({ indicator, ctx }: { indicator: RaisedIndicator; ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const [asking, setAsking] = useState(false)
  const name = indicator.indicator ? localName(indicator.indicator.name, lang) : ''
  const close = useMutation({
    mutationFn: () => caseApi.closeIndicator(ctx.customerId, indicator.id),
    onSuccess: async () => {
      announce(t.cases.indicators.closed)
      setAsking(false)
      await refreshCase(queryClient, ctx.customerId)
      document.getElementById('case-indicators')?.focus()
    },
  })
  if (!asking) {
    return (
      <Button
        variant="secondaryNoBorder"
        onClick={() => setAsking(true)}
        aria-label={t.cases.indicators.closeFor(name)}
        data-qa="close-indicator"
      >
        {t.cases.indicators.close}
      </Button>
    )
  }
  return (
    <div className="confirm-inline" role="group" aria-labelledby={`close-${indicator.id}`}>
      <Paragraph id={`close-${indicator.id}`} mb="xs">
        {t.cases.indicators.closeConfirm(name)}
      </Paragraph>
      <div className="button-row">
        <BusyButton
          busy={close.isPending}
          busyText={t.common.saving}
          onClick={() => close.mutate()}
          qa="confirm-close-indicator"
        >
          {t.cases.indicators.closeYes}
        </BusyButton>
        <Button variant="secondary" onClick={() => setAsking(false)} data-qa="keep-indicator">
          {t.cases.indicators.closeNo}
        </Button>
      </div>
      {close.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(close.error, t)}
        </InlineAlert>
      )}
    </div>
  )
}

const focusIndicator = (id: string) => {
  const el = document.getElementById(`indicator-${id}`)
  el?.scrollIntoView({ block: 'center' })
  el?.focus()
}

/**
 * Raised indicators; raising one offers the matching event cards (kept until one is opened or
 * the indicator closed), and opening one makes steps. An indicator active already is pointed to,
 * not raised twice.
 */
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
  const selectRef = useRef<HTMLSelectElement>(null)
  const raise = useMutation({
    mutationFn: (id: string) => caseApi.raiseIndicator(ctx.customerId, id),
  })
  const existingId =
    raise.error instanceof ApiError && raise.error.problem?.code === 'indicator_already_active'
      ? (raise.error.problem.existingId ?? null)
      : null

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
      setIndicatorId('')
      announce(t.cases.indicators.raised(indicator ? localName(indicator.name, lang) : ''))
      await refreshCase(queryClient, ctx.customerId)
      document.getElementById(`offered-${result.raisedIndicatorId}`)?.focus()
    } catch {
      selectRef.current?.focus()
    }
  }

  return (
    <section aria-labelledby="case-indicators" className="section" data-qa="case-indicators">
      <Heading variant="h3" id="case-indicators" tabIndex={-1} mb="s">
        {t.cases.indicators.title}
      </Heading>
      {ctx.data.indicators.length === 0 ? (
        <EmptyState>{t.cases.indicators.none}</EmptyState>
      ) : (
        <ul className="plain-list indicator-list">
          {ctx.data.indicators.map((i) => (
            <li
              key={i.id}
              id={`indicator-${i.id}`}
              tabIndex={-1}
              className={i.id === existingId ? 'indicator-list__item--pointed' : undefined}
              data-qa="raised-indicator"
              data-qa-id={i.id}
              data-qa-withheld={String(i.withheld)}
              data-qa-active={String(i.active)}
            >
              <span className="indicator-list__name">
                {i.indicator ? localName(i.indicator.name, lang) : t.cases.indicators.withheld}
              </span>{' '}
              <span className="muted">
                (
                {t.cases.indicators.raisedBy(
                  nameOf(i.raisedByOrganisationId),
                  formatDate(i.raisedAt, lang),
                )}
                {!i.active && `, ${t.cases.indicators.closedLabel}`})
              </span>
              {ctx.canWrite && i.active && !i.withheld && (
                <CloseIndicator indicator={i} ctx={ctx} />
              )}
              {i.active && i.offeredCards.length > 0 && <OfferedCards indicator={i} ctx={ctx} />}
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
            <InlineAlert status="error" role="alert" data-qa="raise-error">
              {problemText(raise.error, t)}
              {existingId && (
                <>
                  {' '}
                  <a
                    href={`#indicator-${existingId}`}
                    className="text-link"
                    onClick={(e) => {
                      e.preventDefault()
                      focusIndicator(existingId)
                    }}
                    data-qa="go-to-existing-indicator"
                  >
                    {t.cases.indicators.goToExisting}
                  </a>
                </>
              )}
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
    </section>
  )
}
