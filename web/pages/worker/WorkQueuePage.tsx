import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Button, Checkbox, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components'
import { caseApi, type QueueScope } from '../../api/cases'
import type { WorkQueueItem } from '../../api/caseTypes'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { ActionStatusBadge, OverdueMark, StepReason } from '../../components/case/shared'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { formatCalendarDate, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const PAGE_SIZE = 20

/**
 * The filters live in the address (no personal data in them), so a reload or a shared link
 * keeps the same view.
 */
function useQueueParams() {
  const [params, setParams] = useSearchParams()
  const scope: QueueScope = params.get('scope') === 'mine' ? 'mine' : 'organisation'
  const overdueOnly = params.get('overdue') === '1'
  const set = (next: { scope?: QueueScope; overdueOnly?: boolean }) => {
    const s = next.scope ?? scope
    const o = next.overdueOnly ?? overdueOnly
    setParams({ scope: s, ...(o ? { overdue: '1' } : {}) }, { replace: true })
  }
  return { scope, overdueOnly, set }
}

/** A worker's steps to take: their own or their organisation's; overdue ones stand out. */
export function WorkQueuePage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const { scope, overdueOnly, set } = useQueueParams()
  const queue = useInfiniteQuery({
    queryKey: ['work-queue', scope, overdueOnly],
    queryFn: ({ pageParam }) => caseApi.workQueue(scope, overdueOnly, pageParam, PAGE_SIZE),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
    placeholderData: keepPreviousData,
  })
  const first = queue.data?.pages[0]
  const totalText = first ? t.day.counts.total(first.total, first.totalCapped) : null
  const total = first?.total
  const settled = !queue.isFetching
  useEffect(() => {
    if (settled && total !== undefined) announce(t.cases.queue.results(total))
  }, [settled, total, scope, overdueOnly, announce, t])
  const rows = queue.data?.pages.flatMap((p) => p.items) ?? []

  const columns: Column<WorkQueueItem>[] = [
    {
      key: 'step',
      header: t.cases.queue.step,
      // The row's first cell opens the step itself.
      cell: (a) => (
        <Link to={`/steps/${a.id}`} className="text-link" data-qa="queue-step-link">
          {localName(a.instruction, lang)}
        </Link>
      ),
    },
    {
      key: 'customer',
      header: t.cases.queue.customer,
      cell: (a) => (
        <Link to={`/customers/${a.customerId}`} className="text-link" data-qa="queue-customer-link">
          {a.customerName
            ? `${a.customerName.lastName}, ${a.customerName.firstName}`
            : t.cases.queue.customerFallback}
        </Link>
      ),
    },
    {
      key: 'due',
      header: t.cases.queue.due,
      cell: (a) =>
        a.overdue ? <OverdueMark dueOn={a.dueOn} /> : formatCalendarDate(a.dueOn, lang),
    },
    {
      key: 'status',
      header: t.cases.queue.status,
      cell: (a) => (
        <>
          <ActionStatusBadge status={a.status} text={t.cases.status[a.status]} />
          {a.statusReason && (
            <>
              <br />
              <StepReason step={a} />
            </>
          )}
        </>
      ),
    },
  ]

  return (
    <>
      <PageHeading title={t.cases.queue.title} />
      <Paragraph mb="l">{t.cases.queue.intro}</Paragraph>
      <div
        className="queue-filters"
        role="group"
        aria-label={t.cases.queue.filters}
        data-qa="queue-filters"
      >
        <RadioButtonGroup
          labelText={t.cases.queue.scope}
          name="queue-scope"
          id="queue-scope"
          value={scope}
          onChange={(v) => set({ scope: v === 'mine' ? 'mine' : 'organisation' })}
        >
          <RadioButton value="mine" id="queue-scope-mine" data-qa="scope-mine">
            {t.cases.queue.mine}
          </RadioButton>
          <RadioButton
            value="organisation"
            id="queue-scope-organisation"
            data-qa="scope-organisation"
          >
            {t.cases.queue.organisation}
          </RadioButton>
        </RadioButtonGroup>
        <Checkbox
          id="queue-overdue-only"
          checked={overdueOnly}
          onClick={({ checkboxState }) => set({ overdueOnly: checkboxState })}
          data-qa="overdue-only"
        >
          {t.cases.queue.overdueOnly}
        </Checkbox>
      </div>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorState error={queue.error} />
      ) : rows.length === 0 ? (
        <EmptyState>{overdueOnly ? t.cases.queue.emptyOverdue : t.cases.queue.empty}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t.cases.queue.caption}
            columns={columns}
            rows={rows}
            rowKey={(a) => a.id}
            rowQa="queue-row"
            rowAttributes={(a) => ({
              'data-qa-id': a.id,
              'data-qa-customer': a.customerId,
              'data-overdue': String(a.overdue),
            })}
          />
          <div className="pagination" data-qa="pagination">
            <span className="pagination__status" data-qa="total-count">
              {t.day.counts.showing(rows.length, totalText ?? '')}
            </span>
            {queue.hasNextPage && (
              <Button
                variant="secondary"
                disabled={queue.isFetchingNextPage}
                onClick={() => void queue.fetchNextPage()}
                data-qa="show-more"
              >
                {queue.isFetchingNextPage ? t.common.loading : t.day.counts.showMore}
              </Button>
            )}
          </div>
        </>
      )}
    </>
  )
}
