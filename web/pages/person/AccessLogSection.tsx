import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Heading, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { AccessLogEntry } from '../../api/types'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { Pagination } from '../../components/Pagination'
import { formatDateTime, localName, lookup } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const PAGE_SIZE = 10

/** "Who has seen my data": every organisation's access, newest first. */
export function AccessLogSection({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const [page, setPage] = useState(1)
  const log = useQuery({
    queryKey: ['access-log', customerId, page],
    queryFn: () => api.accessLog(customerId, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  })
  const total = log.data?.total
  useEffect(() => {
    const lastPage = Math.max(1, Math.ceil((total ?? 0) / PAGE_SIZE))
    if (total !== undefined && page > lastPage) setPage(lastPage)
  }, [total, page])

  const columns: Column<AccessLogEntry>[] = [
    { key: 'time', header: t.person.time, cell: (e) => formatDateTime(e.at, lang) },
    {
      key: 'organisation',
      header: t.person.who,
      cell: (e) => localName(e.organisation.name, lang),
    },
    {
      key: 'action',
      header: t.person.what,
      cell: (e) => lookup(t.accessActions, e.action, t.accessActionUnknown),
    },
  ]
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
      ) : log.data.items.length === 0 ? (
        <EmptyState>{t.person.accessLogEmpty}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t.person.accessLogCaption}
            columns={columns}
            rows={log.data.items}
            rowKey={(e) => e.id}
            rowQa="access-log-row"
            rowAttributes={(e) => ({ 'data-qa-action': e.action })}
          />
          <Pagination
            page={log.data.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            label={t.person.accessLogCaption}
            onChange={setPage}
          />
        </>
      )}
    </section>
  )
}
