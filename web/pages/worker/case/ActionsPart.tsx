import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { caseApi, type ServiceActionChange } from '../../../api/cases'
import type { ServiceAction } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState } from '../../../components/AsyncState'
import {
  ActionStatusBadge,
  changeErrorText,
  OverdueMark,
  refreshCase,
  StepReason,
  useOrganisations,
} from '../../../components/case/shared'
import { formatCalendarDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'
import { StepReferral } from './StepReferral'

type Target = NonNullable<ServiceActionChange['status']>

/** The status changes offered from each status; waiting steps wait for the young person. */
const nextStatuses: Record<ServiceAction['status'], Target[]> = {
  waiting_for_consent: [],
  open: ['in_progress', 'done', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: ['open'],
  cancelled: ['open'],
}

function ActionCard({ action, ctx }: { action: ServiceAction; ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { nameOf, codeOf } = useOrganisations()
  const change = useMutation({
    mutationFn: (c: Omit<ServiceActionChange, 'version'>) =>
      caseApi.updateServiceAction(action.id, { version: action.version, ...c }),
  })
  const ours = ctx.canWrite && action.permittedActions.includes('service_action.update')
  const titleId = `action-${action.id}`
  const label: Record<Target, string> = {
    in_progress: t.cases.actions.start,
    done: t.cases.actions.done,
    cancelled: t.cases.actions.cancel,
    open: t.cases.actions.reopen,
  }

  const run = async (c: Omit<ServiceActionChange, 'version'>, message: string) => {
    try {
      await change.mutateAsync(c)
      announce(message)
    } catch {
      // Shown on the card; a stale card offers a reload.
      return
    }
    await refreshCase(queryClient, ctx.customerId)
  }
  const reload = async () => {
    change.reset()
    await refreshCase(queryClient, ctx.customerId)
  }

  return (
    <li
      className={`card action-card${action.overdue ? ' action-card--overdue' : ''}`}
      data-qa="service-action"
      data-qa-id={action.id}
      data-qa-owner-code={codeOf(action.ownerOrganisationId)}
      data-qa-status={action.status}
      data-qa-overdue={String(action.overdue)}
    >
      <div className="action-card__head">
        <p className="card__title" id={titleId}>
          <Link to={`/steps/${action.id}`} className="text-link" data-qa="open-step">
            {localName(action.instruction, lang)}
          </Link>
        </p>
        <ActionStatusBadge status={action.status} text={t.cases.status[action.status]} />
      </div>
      {action.statusReason && (
        <p className="action-card__reason">
          <StepReason step={action} />
        </p>
      )}
      <dl className="details details--compact">
        <div className="details__row">
          <dt>{t.cases.actions.owner}</dt>
          <dd data-qa="action-owner">
            {nameOf(action.ownerOrganisationId)}
            {action.ownerUserId === ctx.myUserId && ` – ${t.cases.actions.yours}`}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t.cases.queue.due}</dt>
          <dd data-qa="action-due">
            {action.overdue ? (
              <OverdueMark dueOn={action.dueOn} />
            ) : (
              formatCalendarDate(action.dueOn, lang)
            )}
          </dd>
        </div>
      </dl>
      {action.referTo && (
        <StepReferral action={action} customerId={ctx.customerId} canRefer={ours} />
      )}
      {change.isError && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="action-error">
          {changeErrorText(change.error, t)}{' '}
          <Button variant="secondaryNoBorder" onClick={() => void reload()} data-qa="reload">
            {t.cases.case.reload}
          </Button>
        </InlineAlert>
      )}
      {ours && (
        <div className="button-row">
          {nextStatuses[action.status].map((s) => (
            <Button
              key={s}
              variant={s === 'cancelled' ? 'secondary' : 'default'}
              disabled={change.isPending}
              aria-describedby={titleId}
              onClick={() => void run({ status: s }, t.cases.actions.changed(t.cases.status[s]))}
              data-qa={`action-${s}`}
            >
              {label[s]}
            </Button>
          ))}
          {action.ownerUserId !== ctx.myUserId &&
            action.status !== 'done' &&
            action.status !== 'cancelled' && (
              <Button
                variant="secondary"
                disabled={change.isPending}
                aria-describedby={titleId}
                onClick={() => void run({ ownerUserId: ctx.myUserId }, t.cases.actions.tookOver)}
                data-qa="action-take-over"
              >
                {t.cases.actions.takeOver}
              </Button>
            )}
        </div>
      )}
    </li>
  )
}

/**
 * The service actions of every organisation, grouped by the event card they came from; each can
 * change only its own organisation's.
 */
export function ActionsPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const actions = ctx.data.serviceActions
  const cards = ctx.data.eventCards
  const known = new Set(cards.map((c) => c.id))
  const groups = [
    ...cards.map((c) => ({
      id: c.id,
      title: c.card ? localName(c.card.name, lang) : t.cases.indicators.withheld,
      code: c.card?.code ?? '',
      steps: actions.filter((a) => a.openedEventCardId === c.id),
    })),
    {
      id: 'other',
      title: t.day.steps.noCard,
      code: '',
      steps: actions.filter((a) => !a.openedEventCardId || !known.has(a.openedEventCardId)),
    },
  ].filter((g) => g.steps.length > 0)
  return (
    <section aria-labelledby="case-actions" className="section" data-qa="case-actions">
      <Heading variant="h3" id="case-actions" tabIndex={-1} mb="s">
        {t.cases.actions.title}
      </Heading>
      {actions.length === 0 ? (
        <EmptyState>{t.cases.actions.none}</EmptyState>
      ) : (
        groups.map((g) => (
          <div key={g.id} className="block-gap" data-qa="step-group" data-qa-card={g.code}>
            <Heading variant="h4" id={`step-group-${g.id}`} mb="xs">
              {g.title}
            </Heading>
            <ul className="card-list" aria-labelledby={`step-group-${g.id}`}>
              {g.steps.map((a) => (
                <ActionCard key={a.id} action={a} ctx={ctx} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}
