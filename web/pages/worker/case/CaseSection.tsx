import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Heading, InlineAlert } from 'suomifi-ui-components'
import { isStatus } from '../../../api/client'
import { caseApi } from '../../../api/cases'
import type { Case, CaseView } from '../../../api/caseTypes'
import { useMe } from '../../../app/session'
import { EmptyState, ErrorState, Loading } from '../../../components/AsyncState'
import { MessageThread } from '../../../components/case/MessageThread'
import { caseKey, useOrganisations } from '../../../components/case/shared'
import { formatCalendarDate, localName, lookup } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { ActionsPart } from './ActionsPart'
import { ConsentPart } from './ConsentPart'
import { EndPart } from './EndPart'
import { IndicatorsPart } from './IndicatorsPart'
import { NotesPart } from './NotesPart'
import { ReferralsPart } from './ReferralsPart'
import { TeamPart } from './TeamPart'
import { TIMELINE_PAGE_SIZE, TimelinePart } from './TimelinePart'

/** What every part of the case needs to know about the viewer and the case. */
export interface CaseContext {
  customerId: string
  data: Case
  /** The timeline's first page, read with the case; `version` changes with each read. */
  timeline: CaseView['timeline']
  version: number
  canWrite: boolean
  myOrganisationId: string
  myUserId: string
}

function Overview({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const { nameOf } = useOrganisations()
  const programmes = useQuery({ queryKey: ['programmes'], queryFn: caseApi.programmes })
  const jc = ctx.data.jointCustomership
  const programme = programmes.data?.items.find((p) => p.id === jc.programmeId)
  const state = jc.endedOn
    ? t.cases.case.ended(
        formatCalendarDate(jc.endedOn, lang),
        lookup(t.cases.endReasons, jc.endReason ?? 'other', jc.endReason ?? ''),
      )
    : t.cases.case.active
  const parts: [string, string][] = [
    ['case-team', t.cases.team.title],
    ['case-actions', t.cases.actions.title],
    ['case-indicators', t.cases.indicators.title],
    ['case-consents', t.cases.consents.title],
    ['case-notes', t.cases.notes.title],
    ['case-messages', t.cases.messages.customerTitle],
    ['case-team-messages', t.cases.messages.teamTitle],
    ['case-timeline', t.cases.timeline.title],
    ...(ctx.canWrite ? ([['case-end', t.cases.end.title]] as [string, string][]) : []),
  ]
  return (
    <div className="section">
      <Heading variant="h2" id="case-title" tabIndex={-1} mb="s">
        {t.cases.case.title}
      </Heading>
      {jc.endedOn && (
        <InlineAlert status="warning" className="block-gap" data-qa="case-ended">
          {t.cases.case.endedNotice}
        </InlineAlert>
      )}
      <dl className="details">
        <div className="details__row">
          <dt>{t.cases.case.programme}</dt>
          <dd>{programme ? localName(programme.name, lang) : ''}</dd>
        </div>
        <div className="details__row">
          <dt>{t.cases.case.enrolledOn}</dt>
          <dd data-qa="case-enrolled-on">{formatCalendarDate(jc.enrolledOn, lang)}</dd>
        </div>
        <div className="details__row">
          <dt>{t.cases.case.enrolledBy}</dt>
          <dd data-qa="case-enrolled-by">{nameOf(jc.enrollingOrganisationId)}</dd>
        </div>
        <div className="details__row">
          <dt>{t.cases.case.state}</dt>
          <dd data-qa="case-state">{state}</dd>
        </div>
      </dl>
      <nav className="in-page-nav" aria-label={t.cases.case.onThisPage}>
        <ul>
          {parts.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-link">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}

/** The customer's joint customership as the team sees it; read-only once it has ended. */
export function CaseSection({ customerId }: { customerId: string }) {
  const { t } = useI18n()
  const me = useMe().data
  const theCase = useQuery({
    queryKey: caseKey(customerId),
    // One request for the whole view (the case, the plan, the timeline's first page).
    queryFn: () => caseApi.caseView(customerId, TIMELINE_PAGE_SIZE),
  })
  if (theCase.isPending) return <Loading />
  if (isStatus(theCase.error, 404)) {
    return (
      <section aria-labelledby="case-title" className="section" data-qa="no-case">
        <Heading variant="h2" id="case-title" mb="s">
          {t.cases.case.title}
        </Heading>
        <EmptyState>{t.cases.case.none}</EmptyState>
        <p className="block-gap">
          <Link to="/enrol" className="text-link" data-qa="enrol-link">
            {t.cases.case.enrolLink}
          </Link>
        </p>
      </section>
    )
  }
  if (theCase.isError) return <ErrorState error={theCase.error} />
  const ctx: CaseContext = {
    customerId,
    data: theCase.data.case,
    timeline: theCase.data.timeline,
    version: theCase.dataUpdatedAt,
    canWrite: theCase.data.case.permittedActions.includes('case.write'),
    myOrganisationId: me?.user.organisationId ?? '',
    myUserId: me?.user.id ?? '',
  }
  return (
    <section
      aria-labelledby="case-title"
      className="case"
      data-qa="case"
      data-qa-can-write={String(ctx.canWrite)}
    >
      <Overview ctx={ctx} />
      <TeamPart ctx={ctx} />
      <ActionsPart ctx={ctx} />
      <IndicatorsPart ctx={ctx} />
      <ConsentPart ctx={ctx} />
      <NotesPart ctx={ctx} />
      <ReferralsPart ctx={ctx} />
      <div className="section" id="case-messages">
        <MessageThread
          customerId={customerId}
          thread="customer"
          title={t.cases.messages.customerTitle}
          intro={t.cases.messages.customerIntro}
          canSend={ctx.canWrite}
          level="h3"
          qa="customer-messages"
        />
      </div>
      <div className="section" id="case-team-messages">
        <MessageThread
          customerId={customerId}
          thread="team"
          title={t.cases.messages.teamTitle}
          intro={t.cases.messages.teamIntro}
          canSend={ctx.canWrite}
          level="h3"
          qa="team-messages"
        />
      </div>
      <TimelinePart ctx={ctx} />
      {ctx.canWrite && <EndPart ctx={ctx} />}
    </section>
  )
}
