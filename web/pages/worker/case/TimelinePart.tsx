import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Button, Heading } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { TimelineEvent } from '../../../api/caseTypes'
import { EmptyState, ErrorState, Loading } from '../../../components/AsyncState'
import { timelineKey, useOrganisations } from '../../../components/case/shared'
import { DataTable, type Column } from '../../../components/DataTable'
import type { Translations } from '../../../i18n/fi'
import { formatDateTime, localName, lookup } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

export const TIMELINE_PAGE_SIZE = 10

/** The event in words; details hold only codes and ids, translated here. */
function describe(
  e: TimelineEvent,
  t: Translations,
  names: {
    organisation: (id: string) => string
    indicator: (code: string) => string
    card: (code: string) => string
  },
): string {
  const kind = lookup(t.cases.timeline.kinds, e.kind, t.cases.timeline.unknownKind)
  // Withheld: support is needed from the network; what, this viewer may not see.
  if (e.withheld) return `${kind}: ${t.cases.indicators.withheld}`
  const d = e.details
  const extra = (() => {
    switch (e.kind) {
      case 'team_member_added':
        return typeof d.organisationId === 'string' ? names.organisation(d.organisationId) : ''
      case 'indicator_raised':
        return typeof d.indicatorCode === 'string' ? names.indicator(d.indicatorCode) : ''
      case 'event_card_opened':
        return typeof d.eventCardCode === 'string'
          ? `${names.card(d.eventCardCode)}, ${t.cases.timeline.version(d.version ?? '')}`
          : ''
      case 'service_action_created':
        return typeof d.status === 'string' ? lookup(t.cases.status, d.status, d.status) : ''
      case 'service_action_status_changed': {
        const status =
          typeof d.status === 'string' ? lookup(t.cases.status, d.status, d.status) : ''
        // A change the system made says why, and whose steps they were.
        if (typeof d.reason !== 'string') return status
        const org =
          typeof d.organisationId === 'string' ? `${names.organisation(d.organisationId)}, ` : ''
        return `${status} (${org}${lookup(t.cases.reasonShort, d.reason, d.reason)})`
      }
      case 'service_action_handed_over':
        return typeof d.fromOrganisationId === 'string' && typeof d.reason === 'string'
          ? `${names.organisation(d.fromOrganisationId)} (${lookup(t.cases.reasonShort, d.reason, d.reason)})`
          : ''
      case 'consent_expired':
        return typeof d.organisationId === 'string' ? names.organisation(d.organisationId) : ''
      case 'note_added':
        return e.dataCategory ? t.dataCategories[e.dataCategory] : ''
      case 'message_sent':
        return d.thread === 'team' ? t.cases.timeline.teamThread : t.cases.timeline.customerThread
      case 'ended':
        return typeof d.reason === 'string' ? lookup(t.cases.endReasons, d.reason, d.reason) : ''
      case 'consent_given':
      case 'consent_recorded':
      case 'consent_confirmed':
      case 'consent_withdrawn': {
        // To whom; a consent recorded in person names the worker who recorded it.
        const org =
          typeof d.recipientOrganisationId === 'string'
            ? names.organisation(d.recipientOrganisationId)
            : ''
        const who =
          e.kind === 'consent_recorded' && e.actorName
            ? t.cases.timeline.recordedBy(org, e.actorName)
            : org
        return d.status === 'awaiting_confirmation'
          ? `${who} (${t.cases.timeline.awaitsConfirmation})`
          : who
      }
      default:
        return ''
    }
  })()
  return extra ? `${kind}: ${extra}` : kind
}

/** Everything that happened on the case, newest first, ten more at a time. */
export function TimelinePart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const { nameOf } = useOrganisations()
  // The first page came with the case view; later ones by their cursor. A new read of the case
  // view (after a change) starts the list again from its new first page.
  const timeline = useInfiniteQuery({
    queryKey: [...timelineKey(ctx.customerId), ctx.version],
    queryFn: ({ pageParam }) => caseApi.timeline(ctx.customerId, pageParam, TIMELINE_PAGE_SIZE),
    initialPageParam: null as string | null,
    initialData: { pages: [ctx.timeline], pageParams: [null] },
    staleTime: Infinity,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
  })
  const events = timeline.data?.pages.flatMap((p) => p.items) ?? []
  const cards = useQuery({ queryKey: ['event-cards'], queryFn: caseApi.eventCards })
  const cardName = (code: string): string => {
    const found = cards.data?.items.find((c) => c.code === code)
    return found ? localName(found.name, lang) : code
  }
  const indicators = ctx.data.indicators
  const indicatorName = (code: string): string => {
    const found = indicators.find((i) => i.indicator?.code === code)?.indicator
    return found ? localName(found.name, lang) : t.cases.indicators.withheld
  }
  const columns: Column<TimelineEvent>[] = [
    { key: 'time', header: t.cases.timeline.time, cell: (e) => formatDateTime(e.occurredAt, lang) },
    {
      key: 'what',
      header: t.cases.timeline.what,
      cell: (e) =>
        describe(e, t, { organisation: nameOf, indicator: indicatorName, card: cardName }),
    },
    { key: 'who', header: t.cases.timeline.who, cell: (e) => nameOf(e.actorOrganisationId) },
  ]
  return (
    <section aria-labelledby="case-timeline" className="section" data-qa="case-timeline">
      <Heading variant="h3" id="case-timeline" mb="s">
        {t.cases.timeline.title}
      </Heading>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} />
      ) : events.length === 0 ? (
        <EmptyState>{t.cases.timeline.none}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t.cases.timeline.caption}
            columns={columns}
            rows={events}
            rowKey={(e) => e.id}
            rowQa="timeline-row"
            rowAttributes={(e) => ({ 'data-qa-kind': e.kind })}
          />
          {timeline.hasNextPage && (
            <Button
              variant="secondary"
              disabled={timeline.isFetchingNextPage}
              onClick={() => void timeline.fetchNextPage()}
              data-qa="timeline-more"
            >
              {timeline.isFetchingNextPage ? t.common.loading : t.day.counts.showMore}
            </Button>
          )}
        </>
      )}
    </section>
  )
}
