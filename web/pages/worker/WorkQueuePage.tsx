import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Checkbox, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components'
import { caseApi, type QueueScope } from '../../api/cases'
import type { ServiceAction } from '../../api/caseTypes'
import { api } from '../../api/endpoints'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { ActionStatusBadge, OverdueMark } from '../../components/case/shared'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { Pagination } from '../../components/Pagination'
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
  const page = Math.max(1, Number(params.get('page')) || 1)
  const set = (next: { scope?: QueueScope; overdueOnly?: boolean; page?: number }) => {
    const s = next.scope ?? scope
    const o = next.overdueOnly ?? overdueOnly
    const p = next.page ?? 1
    setParams(
      { scope: s, ...(o ? { overdue: '1' } : {}), ...(p > 1 ? { page: String(p) } : {}) },
      { replace: true },
    )
  }
  return { scope, overdueOnly, page, set }
}

/** A worker's steps to take: their own or their organisation's; overdue ones stand out. */
export function WorkQueuePage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const { scope, overdueOnly, page, set } = useQueueParams()
  const queue = useQuery({
    queryKey: ['work-queue', scope, overdueOnly, page],
    queryFn: () => caseApi.workQueue(scope, overdueOnly, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  })
  // The queue carries customer ids only; the names come from the worker's own customer list.
  const customers = useQuery({
    queryKey: ['customers', 'queue-names'],
    queryFn: () =>
      api.searchCustomers({ scope: 'organisation', openSteps: false, overdue: false }, null, 100),
  })
  const customerName = (id: string): string | null => {
    const c = customers.data?.items.find((i) => i.id === id)
    return c ? `${c.lastName}, ${c.firstName}` : null
  }

  const total = queue.data?.total
  const settled = !queue.isFetching
  useEffect(() => {
    if (settled && total !== undefined) announce(t.cases.queue.results(total))
  }, [settled, total, scope, overdueOnly, page, announce, t])

  const columns: Column<ServiceAction>[] = [
    {
      key: 'customer',
      header: t.cases.queue.customer,
      cell: (a) => (
        <Link to={`/customers/${a.customerId}`} className="text-link" data-qa="queue-customer-link">
          {customerName(a.customerId) ?? t.cases.queue.customerFallback}
        </Link>
      ),
    },
    { key: 'step', header: t.cases.queue.step, cell: (a) => localName(a.instruction, lang) },
    {
      key: 'due',
      header: t.cases.queue.due,
      cell: (a) =>
        a.overdue ? <OverdueMark dueOn={a.dueOn} /> : formatCalendarDate(a.dueOn, lang),
    },
    {
      key: 'status',
      header: t.cases.queue.status,
      cell: (a) => <ActionStatusBadge status={a.status} text={t.cases.status[a.status]} />,
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
      ) : queue.data.items.length === 0 ? (
        <EmptyState>{overdueOnly ? t.cases.queue.emptyOverdue : t.cases.queue.empty}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t.cases.queue.caption}
            columns={columns}
            rows={queue.data.items}
            rowKey={(a) => a.id}
            rowQa="queue-row"
            rowAttributes={(a) => ({
              'data-qa-id': a.id,
              'data-qa-customer': a.customerId,
              'data-overdue': String(a.overdue),
            })}
          />
          <Pagination
            page={queue.data.page}
            pageSize={queue.data.pageSize}
            total={queue.data.total}
            label={t.cases.queue.caption}
            onChange={(p) => set({ page: p })}
          />
        </>
      )}
    </>
  )
}
