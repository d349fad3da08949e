import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { caseApi, type ServiceActionChange } from '../../api/cases'
import type { ServiceActionDetail } from '../../api/caseTypes'
import { useMe } from '../../app/session'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import {
  ActionStatusBadge,
  changeErrorText,
  OverdueMark,
  refreshCase,
  useOrganisations,
} from '../../components/case/shared'
import { TextAreaField } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { formatCalendarDate, formatDateTime, localName, lookup } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

export const stepKey = (id: string) => ['service-action', id] as const

/** Whom a step can be given to: the workers of one's own organisation (first hundred by name). */
function useColleagues() {
  return useQuery({ queryKey: ['colleagues'], queryFn: () => caseApi.colleagues(null, 100) })
}

function StepActions({ step }: { step: ServiceActionDetail }) {
  const { t } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const colleagues = useColleagues()
  const [assignee, setAssignee] = useState('')
  const [comment, setComment] = useState('')
  const change = useMutation({
    mutationFn: (c: Omit<ServiceActionChange, 'version'>) =>
      caseApi.updateServiceAction(step.id, { version: step.version, ...c }),
  })
  const run = async (c: Omit<ServiceActionChange, 'version'>, message: string) => {
    try {
      await change.mutateAsync(c)
    } catch {
      return
    }
    announce(message)
    setAssignee('')
    setComment('')
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: stepKey(step.id) }),
      refreshCase(queryClient, step.customerId),
    ])
  }
  const others = (colleagues.data?.items ?? []).filter((c) => c.id !== step.ownerUserId)
  const assign = (event: FormEvent) => {
    event.preventDefault()
    const chosen = others.find((c) => c.id === assignee)
    if (chosen) void run({ ownerUserId: chosen.id }, t.day.steps.assigned(chosen.displayName))
  }
  const markDone = (event: FormEvent) => {
    event.preventDefault()
    void run(
      { status: 'done', ...(comment.trim() ? { doneComment: comment.trim() } : {}) },
      t.day.steps.markedDone,
    )
  }
  return (
    <>
      {change.isError && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="step-error">
          {changeErrorText(change.error, t)}
        </InlineAlert>
      )}
      <form onSubmit={assign} className="section" data-qa="assign-form">
        <Heading variant="h2" mb="s">
          {t.day.steps.assignTo}
        </Heading>
        <NativeSelect
          label={t.day.steps.assignee}
          placeholder={t.day.steps.choose}
          options={others.map((c) => ({
            value: c.id,
            label: c.title ? `${c.displayName}, ${c.title}` : c.displayName,
          }))}
          value={assignee}
          onChange={setAssignee}
          qa="assignee"
        />
        <Button type="submit" disabled={!assignee || change.isPending} data-qa="assign">
          {t.day.steps.assign}
        </Button>
      </form>
      <form onSubmit={markDone} className="section" data-qa="done-form">
        <Heading variant="h2" mb="s">
          {t.day.steps.markDone}
        </Heading>
        <TextAreaField
          label={t.day.steps.doneComment}
          hint={t.day.steps.doneCommentHint}
          value={comment}
          onChange={setComment}
          maxLength={2000}
          qa="done-comment"
        />
        <Button type="submit" disabled={change.isPending} data-qa="mark-done">
          {t.day.steps.markDone}
        </Button>
      </form>
    </>
  )
}

/** One step: where it came from, whose it is, its comments and history; its owner acts here. */
export function StepPage() {
  const { serviceActionId = '' } = useParams()
  const { t, lang } = useI18n()
  const me = useMe().data
  const { nameOf } = useOrganisations()
  const colleagues = useColleagues()
  const step = useQuery({
    queryKey: stepKey(serviceActionId),
    queryFn: () => caseApi.serviceAction(serviceActionId),
  })
  if (step.isPending) return <Loading />
  if (step.isError) return <ErrorState error={step.error} />
  const s = step.data
  const ownerName =
    s.ownerUserId === null
      ? t.day.steps.unassigned
      : s.ownerUserId === me?.user.id
        ? t.cases.actions.yours
        : (colleagues.data?.items.find((c) => c.id === s.ownerUserId)?.displayName ??
          nameOf(s.ownerOrganisationId))
  const open = s.status !== 'done' && s.status !== 'cancelled' && s.status !== 'waiting_for_consent'
  const mayChange = s.permittedActions.includes('service_action.update')
  type Row = [string, string, ReactNode]
  const rows: Row[] = [
    [
      t.day.steps.customer,
      'step-customer',
      <Link to={`/customers/${s.customerId}`} className="text-link">
        {s.customerName
          ? `${s.customerName.lastName}, ${s.customerName.firstName}`
          : t.day.steps.openCustomer}
      </Link>,
    ],
    [
      t.day.steps.fromCard,
      'step-card',
      s.eventCard?.card
        ? localName(s.eventCard.card.name, lang)
        : s.eventCard?.withheld
          ? t.cases.indicators.withheld
          : t.day.steps.noCard,
    ],
    [t.cases.actions.owner, 'step-organisation', nameOf(s.ownerOrganisationId)],
    [t.day.steps.assignee, 'step-assignee', ownerName],
    [
      t.cases.queue.status,
      'step-status',
      <ActionStatusBadge status={s.status} text={t.cases.status[s.status]} />,
    ],
    [
      t.cases.queue.due,
      'step-due',
      s.overdue ? <OverdueMark dueOn={s.dueOn} /> : formatCalendarDate(s.dueOn, lang),
    ],
    ...(s.doneAt
      ? [[t.day.steps.doneAt, 'step-done-at', formatDateTime(s.doneAt, lang)] as Row]
      : []),
    ...(s.doneComment
      ? [[t.day.steps.doneComment, 'step-done-comment', s.doneComment] as Row]
      : []),
  ]
  return (
    <>
      <p>
        <Link to="/work-queue" className="text-link" data-qa="back-to-queue">
          {t.day.steps.backToQueue}
        </Link>
      </p>
      <PageHeading title={localName(s.instruction, lang)} />
      <dl className="details" data-qa="step-details">
        {rows.map(([label, qa, value]) => (
          <div key={qa} className="details__row">
            <dt>{label}</dt>
            <dd data-qa={qa}>{value}</dd>
          </div>
        ))}
      </dl>
      {mayChange && open && <StepActions step={s} />}
      <section aria-labelledby="step-comments" className="section">
        <Heading variant="h2" id="step-comments" mb="s">
          {t.day.steps.comments}
        </Heading>
        {s.comments.length === 0 ? (
          <EmptyState>{t.day.steps.noComments}</EmptyState>
        ) : (
          <ul className="card-list">
            {s.comments.map((c) => (
              <li key={c.id} className="card" data-qa="step-comment">
                <p className="card__title">
                  {c.author.displayName}, {formatDateTime(c.createdAt, lang)}
                </p>
                <p>{c.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="step-history" className="section">
        <Heading variant="h2" id="step-history" mb="s">
          {t.day.steps.history}
        </Heading>
        <ul className="plain-list" data-qa="step-history">
          {s.history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.at, lang)} –{' '}
              {lookup(t.cases.timeline.kinds, h.kind, t.cases.timeline.unknownKind)}
              {h.actorOrganisationId ? ` (${nameOf(h.actorOrganisationId)})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
