import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { isStatus } from '../../../api/client'
import { caseApi } from '../../../api/cases'
import type { Plan, PlanStep } from '../../../api/caseTypes'
import { useMe } from '../../../app/session'
import { EmptyState, ErrorState, Loading } from '../../../components/AsyncState'
import { MessageThread } from '../../../components/case/MessageThread'
import { ContactDetails, planKey } from '../../../components/case/shared'
import { PageHeading } from '../../../components/PageHeading'
import { formatCalendarDate, formatDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { ConsentRequestsSection } from './ConsentRequestsSection'

function StepCard({ step }: { step: PlanStep }) {
  const { t, lang } = useI18n()
  return (
    <li
      className={`card plan-step plan-step--${step.status}`}
      data-qa="plan-step"
      data-qa-id={step.id}
      data-qa-status={step.status}
    >
      <p className="plan-step__text" data-qa="plan-step-text">
        {localName(step.text, lang)}
      </p>
      <p className="plan-step__when">
        <span className="plan-step__status">
          {step.status === 'waiting_for_consent' && step.statusReason
            ? t.cases.plan.onHold
            : t.cases.plan.stepStatus[step.status]}
        </span>
        {step.status !== 'done' && <> · {t.cases.plan.by(formatCalendarDate(step.dueOn, lang))}</>}
      </p>
      {step.statusReason && (
        <p
          className="plan-step__reason"
          data-qa="plan-step-reason"
          data-qa-reason={step.statusReason}
        >
          {step.handedOver ? t.cases.plan.handedOver : t.cases.plan.stepReasons[step.statusReason]}
        </p>
      )}
      {/* The team is late, not the young person: said as the team's, with who will be in touch. */}
      {step.overdue && (
        <p className="plan-step__late" data-qa="plan-step-late">
          {t.cases.plan.late}
        </p>
      )}
      {step.status !== 'done' && (
        <p className="plan-step__contact contact-block">
          <span className="muted contact-block__label">{t.cases.plan.contact}</span>
          {step.contact ? <ContactDetails contact={step.contact} /> : t.cases.plan.noContact}
        </p>
      )}
    </li>
  )
}

function PlanView({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n()
  const next = plan.steps.filter((s) => s.status !== 'done')
  const done = plan.steps.filter((s) => s.status === 'done')
  const contacts = plan.team.filter((m) => m.contact)
  return (
    <>
      {plan.endedOn && (
        <EmptyState>{t.cases.plan.ended(formatCalendarDate(plan.endedOn, lang))}</EmptyState>
      )}
      <section aria-labelledby="plan-next" className="section" data-qa="plan-next">
        <Heading variant="h2" id="plan-next" mb="s">
          {t.cases.plan.nextTitle}
        </Heading>
        {next.length === 0 ? (
          <EmptyState>{t.cases.plan.nextNone}</EmptyState>
        ) : (
          <ol className="card-list plan-steps">
            {next.map((s) => (
              <StepCard key={s.id} step={s} />
            ))}
          </ol>
        )}
        {plan.jobSuggestions.length > 0 && (
          <ul className="card-list plan-steps" data-qa="plan-job-suggestions">
            {plan.jobSuggestions.map((j) => (
              <li key={j.id} className="card plan-step" data-qa="plan-job-suggestion">
                <p className="plan-step__text">{t.jobs.plan.suggested(j.title, j.employerName)}</p>
                <p className="plan-step__when">
                  {t.jobs.plan.applyBy(formatDate(j.validThrough, lang))} ·{' '}
                  <Link to="/my-jobs">{t.jobs.plan.answer}</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {done.length > 0 && (
        <section aria-labelledby="plan-done" className="section" data-qa="plan-done">
          <Heading variant="h2" id="plan-done" mb="s">
            {t.cases.plan.doneTitle}
          </Heading>
          <ul className="card-list plan-steps">
            {done.map((s) => (
              <StepCard key={s.id} step={s} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="plan-team" className="section" data-qa="plan-team">
        <Heading variant="h2" id="plan-team" mb="xs">
          {t.cases.plan.teamTitle}
        </Heading>
        <Paragraph mb="s">{t.cases.plan.teamIntro}</Paragraph>
        {contacts.length === 0 ? (
          <EmptyState>{t.cases.plan.teamNone}</EmptyState>
        ) : (
          <ul className="card-list team-list">
            {contacts.map((m) => (
              <li key={m.organisation.id} className="card contact-block" data-qa="plan-contact">
                {m.contact && <ContactDetails contact={m.contact} />}
                <span className="muted">{localName(m.organisation.name, lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

/**
 * The young person's one plan: next steps in plain language with dates and contacts, with no
 * word of which organisation instructs what. Printable: the print style leaves out the rest.
 */
export function PlanPage() {
  const { t, lang } = useI18n()
  const me = useMe().data
  const customerId = me?.user.customerId ?? ''
  const plan = useQuery({
    queryKey: planKey(customerId),
    queryFn: () => caseApi.plan(customerId),
    enabled: Boolean(customerId),
  })
  const noPlan = !customerId || isStatus(plan.error, 404)
  return (
    <div className="plan-page" data-qa="plan-page">
      <div className="plan-page__head">
        <PageHeading title={t.cases.plan.title} />
        {plan.data && (
          <Button
            variant="secondary"
            className="no-print"
            onClick={() => window.print()}
            data-qa="print-plan"
          >
            {t.cases.plan.print}
          </Button>
        )}
      </div>
      {/* On paper the plan says whose it is and when it was printed. */}
      <p className="print-only" data-qa="plan-printed-for">
        {t.cases.plan.printedFor(
          me?.user.displayName ?? '',
          formatDate(new Date().toISOString(), lang),
        )}
      </p>
      <Paragraph mb="m">{t.cases.plan.intro}</Paragraph>
      {noPlan ? (
        <EmptyState>{t.cases.plan.none}</EmptyState>
      ) : plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorState error={plan.error} />
      ) : (
        <PlanView plan={plan.data} />
      )}
      {plan.data && (
        <>
          <ConsentRequestsSection customerId={customerId} />
          <div className="section no-print">
            <MessageThread
              customerId={customerId}
              thread="customer"
              title={t.cases.plan.messagesTitle}
              intro={t.cases.plan.messagesIntro}
              canSend={!plan.data.endedOn}
              level="h2"
              qa="plan-messages"
            />
          </div>
        </>
      )}
    </div>
  )
}
