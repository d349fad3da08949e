import { useInfiniteQuery } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { AccessLogEntry } from '../../api/types'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { formatDate, formatDateTime, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const PAGE_SIZE = 10

/** "Who has seen my data": one row per page view, list appearances per organisation and day. */
export function AccessLogSection({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const log = useInfiniteQuery({
    queryKey: ['access-log', customerId],
    queryFn: ({ pageParam }) => api.accessLog(customerId, pageParam, PAGE_SIZE),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
  })

  const columns: Column<AccessLogEntry>[] = [
    {
      key: 'time',
      header: t.person.time,
      cell: (e) =>
        e.kind === 'list' ? (
          <>
            {formatDate(e.to, lang)}
            <br />
            {t.person.accessListed(e.requests)}
          </>
        ) : (
          formatDateTime(e.from, lang)
        ),
    },
    {
      key: 'who',
      header: t.person.accessWho,
      cell: (e) => (
        <>
          <span data-qa="access-organisation">
            {e.organisation ? localName(e.organisation.name, lang) : t.person.accessShareLinkHolder}
          </span>
          {e.worker && (
            <>
              <br />
              <span data-qa="access-worker">
                {e.worker.title
                  ? `${e.worker.displayName}, ${e.worker.title}`
                  : e.worker.displayName}
              </span>
            </>
          )}
        </>
      ),
    },
    {
      key: 'what',
      header: t.person.accessWhat,
      cell: (e) =>
        e.actions.length === 0 ? (
          t.accessActionUnknown
        ) : (
          <ul className="plain-list">
            {e.actions.map((a) => (
              <li key={a}>{t.accessActions[a]}</li>
            ))}
          </ul>
        ),
    },
    {
      key: 'why',
      header: t.person.accessWhy,
      cell: (e) => e.purposes.map((p) => t.accessPurposes[p]).join('; '),
    },
  ]
  const entries = log.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <section aria-labelledby="access-log" className="section" data-qa="access-log">
      <Heading variant="h2" id="access-log" mb="xs">
        {t.person.accessLogTitle}
      </Heading>
      <Paragraph mb="m">{t.person.accessLogIntro}</Paragraph>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorState error={log.error} />
      ) : entries.length === 0 ? (
        <EmptyState>{t.person.accessLogEmpty}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t.person.accessLogCaption}
            columns={columns}
            rows={entries}
            rowKey={(e) => e.id}
            rowQa="access-log-row"
            rowAttributes={(e) => ({
              'data-qa-kind': e.kind,
              'data-qa-actions': e.actions.join(' '),
            })}
          />
          {log.hasNextPage && (
            <Button
              variant="secondary"
              data-qa="access-log-more"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? t.common.loading : t.person.accessShowMore}
            </Button>
          )}
        </>
      )}
    </section>
  )
}
