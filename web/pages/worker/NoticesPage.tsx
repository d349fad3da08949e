import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Button, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../api/cases'
import type { Notice } from '../../api/caseTypes'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const PAGE_SIZE = 20
export const noticesKey = ['notices'] as const
export const unreadKey = ['notices', 'unread'] as const

/** New messages, steps and events of the worker's own cases, newest first. */
export function NoticesPage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const notices = useInfiniteQuery({
    queryKey: [...noticesKey, 'list'],
    queryFn: ({ pageParam }) => caseApi.notices(pageParam, PAGE_SIZE),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
  })
  const seen = useMutation({
    mutationFn: caseApi.markNoticesSeen,
    onSuccess: async () => {
      announce(t.day.notices.markedSeen)
      await queryClient.invalidateQueries({ queryKey: noticesKey })
    },
  })
  const rows = notices.data?.pages.flatMap((p) => p.items) ?? []
  const columns: Column<Notice>[] = [
    {
      key: 'when',
      header: t.day.notices.when,
      cell: (n) => (
        <>
          {formatDateTime(n.occurredAt, lang)}
          {n.unread && (
            <>
              {' '}
              <span className="status-badge" data-qa="notice-new">
                {t.day.notices.new}
              </span>
            </>
          )}
        </>
      ),
    },
    {
      key: 'what',
      header: t.day.notices.what,
      cell: (n) =>
        n.serviceActionId ? (
          <Link to={`/steps/${n.serviceActionId}`} className="text-link" data-qa="notice-link">
            {t.cases.timeline.kinds[n.kind]}
          </Link>
        ) : (
          t.cases.timeline.kinds[n.kind]
        ),
    },
    {
      key: 'customer',
      header: t.day.notices.customer,
      cell: (n) => (
        <Link to={`/customers/${n.customerId}`} className="text-link">
          {n.customerName
            ? `${n.customerName.lastName}, ${n.customerName.firstName}`
            : t.cases.queue.customerFallback}
        </Link>
      ),
    },
  ]
  return (
    <>
      <PageHeading title={t.day.notices.title} />
      <Paragraph mb="l">{t.day.notices.intro}</Paragraph>
      {notices.isPending ? (
        <Loading />
      ) : notices.isError ? (
        <ErrorState error={notices.error} />
      ) : rows.length === 0 ? (
        <EmptyState>{t.day.notices.empty}</EmptyState>
      ) : (
        <>
          {rows.some((n) => n.unread) && (
            <div className="button-row block-gap">
              <Button
                variant="secondary"
                disabled={seen.isPending}
                onClick={() => seen.mutate()}
                data-qa="notices-seen"
              >
                {t.day.notices.markSeen}
              </Button>
            </div>
          )}
          <DataTable
            caption={t.day.notices.caption}
            columns={columns}
            rows={rows}
            rowKey={(n) => n.id}
            rowQa="notice-row"
            rowAttributes={(n) => ({ 'data-qa-kind': n.kind, 'data-unread': String(n.unread) })}
          />
          {notices.hasNextPage && (
            <Button
              variant="secondary"
              disabled={notices.isFetchingNextPage}
              onClick={() => void notices.fetchNextPage()}
              data-qa="show-more"
            >
              {notices.isFetchingNextPage ? t.common.loading : t.day.counts.showMore}
            </Button>
          )}
        </>
      )}
    </>
  )
}
