import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { Button, Paragraph, TextInput } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { CustomerListItem } from '../../api/types'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { Pagination } from '../../components/Pagination'
import { formatCalendarDate, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const PAGE_SIZE = 20

/** Kept in the history entry rather than the URL: search words are often parts of names. */
interface ListState {
  q: string
  page: number
}

function useListState(): [ListState, (next: ListState) => void] {
  const location = useLocation()
  const navigate = useNavigate()
  const saved = (location.state ?? {}) as Partial<ListState>
  const state = { q: saved.q ?? '', page: saved.page ?? 1 }
  return [state, (next) => void navigate('.', { replace: true, state: next })]
}

export function CustomerListPage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const [{ q, page }, setListState] = useListState()
  const [draft, setDraft] = useState(q)
  const customers = useQuery({
    queryKey: ['customers', q, page],
    queryFn: () => api.customers(q, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  })

  const total = customers.data?.total
  const settled = !customers.isFetching
  useEffect(() => {
    if (settled && total !== undefined) announce(t.worker.results(total))
  }, [settled, total, q, page, announce, t])

  // A page beyond the end (customers withdrew meanwhile) falls back to the last one.
  const lastPage = total === undefined ? 1 : Math.max(1, Math.ceil(total / PAGE_SIZE))
  useEffect(() => {
    if (settled && page > lastPage) setListState({ q, page: lastPage })
  }, [settled, page, lastPage, q])

  const search = (event: FormEvent) => {
    event.preventDefault()
    setListState({ q: draft.trim(), page: 1 })
  }
  const clear = () => {
    setDraft('')
    setListState({ q: '', page: 1 })
  }

  const columns: Column<CustomerListItem>[] = [
    {
      key: 'name',
      header: t.worker.name,
      cell: (c) => (
        <Link to={`/customers/${c.id}`} className="text-link" data-qa="customer-link">
          {c.lastName}, {c.firstName}
        </Link>
      ),
    },
    {
      key: 'birthDate',
      header: t.worker.birthDate,
      cell: (c) => formatCalendarDate(c.birthDate, lang),
    },
    {
      key: 'municipality',
      header: t.worker.municipality,
      cell: (c) => localName(c.municipality.name, lang),
    },
  ]

  return (
    <>
      <PageHeading title={t.worker.listTitle} />
      <Paragraph mb="l">{t.worker.listIntro}</Paragraph>
      <form role="search" className="search-form" onSubmit={search} data-qa="customer-search">
        <TextInput
          id="customer-search"
          labelText={t.worker.searchLabel}
          hintText={t.worker.searchHint}
          value={draft}
          onChange={(v) => setDraft(String(v ?? ''))}
          autoComplete="off"
          fullWidth
          data-qa="customer-search-input"
        />
        <div className="search-form__buttons">
          <Button type="submit" data-qa="customer-search-submit">
            {t.worker.search}
          </Button>
          {q && (
            <Button variant="secondary" onClick={clear} data-qa="customer-search-clear">
              {t.worker.clearSearch}
            </Button>
          )}
        </div>
      </form>
      {customers.isPending ? (
        <Loading />
      ) : customers.isError ? (
        <ErrorState error={customers.error} />
      ) : customers.data.items.length === 0 ? (
        <EmptyState>{q ? t.worker.emptySearch(q) : t.worker.empty}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t.worker.tableCaption}
            columns={columns}
            rows={customers.data.items}
            rowKey={(c) => c.id}
            rowQa="customer-row"
          />
          <Pagination
            page={customers.data.page}
            pageSize={customers.data.pageSize}
            total={customers.data.total}
            label={t.worker.tableCaption}
            onChange={(p) => setListState({ q, page: p })}
          />
        </>
      )}
    </>
  )
}
