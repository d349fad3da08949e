import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { Button, Paragraph } from 'suomifi-ui-components'
import { siteFeedbackApi, type SiteFeedback } from '../../../api/siteFeedback'
import { EmptyState, ErrorState, Loading } from '../../../components/AsyncState'
import { DataTable, type Column } from '../../../components/DataTable'
import { PageHeading } from '../../../components/PageHeading'
import { formatCalendarDate, formatDate } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

const excerpt = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s)

/** The website's feedback, newest first, each with the date it must be answered by. */
export function FeedbackListPage() {
  const { t, lang } = useI18n()
  const f = t.siteFeedback
  const [open, setOpen] = useState(true)
  const feedback = useInfiniteQuery({
    queryKey: ['site-feedback', { open }],
    queryFn: ({ pageParam }) => siteFeedbackApi.list({ open, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const items = feedback.data?.pages.flatMap((p) => p.items) ?? []
  const status = (r: SiteFeedback) =>
    r.answeredAt ? (
      f.answered
    ) : r.overdue ? (
      <span className="overdue-mark">{f.overdue}</span>
    ) : (
      f.open
    )
  const columns: Column<SiteFeedback>[] = [
    {
      key: 'message',
      header: f.message,
      cell: (r) => (
        <Link to={`/site-feedback/${r.id}`} className="text-link" data-qa="feedback-link">
          {excerpt(r.message)}
        </Link>
      ),
    },
    { key: 'received', header: f.received, cell: (r) => formatDate(r.receivedAt, lang) },
    { key: 'due', header: f.due, cell: (r) => formatCalendarDate(r.dueOn, lang) },
    { key: 'status', header: f.status, cell: status },
  ]
  return (
    <>
      <PageHeading title={f.title} />
      <Paragraph mb="m">{f.intro}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" onClick={() => setOpen(!open)} data-qa="feedback-filter">
          {open ? f.showAll : f.onlyOpen}
        </Button>
      </div>
      {feedback.isPending ? (
        <Loading />
      ) : feedback.isError ? (
        <ErrorState error={feedback.error} />
      ) : items.length === 0 ? (
        <EmptyState>{open ? f.noneOpen : f.none}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={f.caption}
            columns={columns}
            rows={items}
            rowKey={(r) => r.id}
            rowQa="feedback-row"
            rowAttributes={(r) => ({ 'data-overdue': String(r.overdue) })}
          />
          {feedback.hasNextPage && (
            <Button
              variant="secondary"
              className="block-gap-top"
              disabled={feedback.isFetchingNextPage}
              onClick={() => void feedback.fetchNextPage()}
              data-qa="feedback-more"
            >
              {f.more}
            </Button>
          )}
        </>
      )}
    </>
  )
}
