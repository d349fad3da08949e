import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components'
import { caseApi } from '../../api/cases'
import { api, type CustomerFilters } from '../../api/endpoints'
import type { CustomerListItem } from '../../api/types'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { Field } from '../../components/Field'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { formatCalendarDate, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

const PAGE_SIZE = 20

type Scope = 'mine' | 'organisation'

/** Kept in the history entry rather than the URL: names and identity codes are personal. */
interface ListState {
  scope: Scope
  q: string
  birthDate: string
  identityCode: string
  municipalityId: string
  openSteps: boolean
  overdue: boolean
}

const emptySearch = { q: '', birthDate: '', identityCode: '' }
const initial: ListState = {
  scope: 'mine',
  ...emptySearch,
  municipalityId: '',
  openSteps: false,
  overdue: false,
}

function useListState(): [ListState, (next: ListState) => void] {
  const location = useLocation()
  const navigate = useNavigate()
  const saved = (location.state ?? {}) as Partial<ListState>
  const state = { ...initial, ...saved }
  return [state, (next) => void navigate('.', { replace: true, state: next })]
}

/** The request's filters: empty fields are left out. */
function filtersOf(s: ListState): CustomerFilters {
  return {
    scope: s.scope,
    openSteps: s.openSteps,
    overdue: s.overdue,
    ...(s.q.trim() ? { q: s.q.trim() } : {}),
    ...(s.birthDate ? { birthDate: s.birthDate } : {}),
    ...(s.identityCode.trim() ? { identityCode: s.identityCode.trim() } : {}),
    ...(s.municipalityId ? { municipalityId: s.municipalityId } : {}),
  }
}

function useMunicipalities() {
  const programmes = useQuery({ queryKey: ['programmes'], queryFn: caseApi.programmes })
  const all = (programmes.data?.items ?? []).flatMap((p) => p.municipalities)
  return [...new Map(all.map((m) => [m.id, m])).values()]
}

/**
 * The worker's customers: by default their own cases (small by construction), beside a search of
 * everyone their organisation may see, paged by position with a capped count.
 */
export function CustomerListPage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const [state, setState] = useListState()
  const [draft, setDraft] = useState({
    q: state.q,
    birthDate: state.birthDate,
    identityCode: state.identityCode,
  })
  const municipalities = useMunicipalities()
  const filters = filtersOf(state)
  const customers = useInfiniteQuery({
    queryKey: ['customers', filters],
    queryFn: ({ pageParam }) => api.searchCustomers(filters, pageParam, PAGE_SIZE),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
    placeholderData: keepPreviousData,
  })
  const first = customers.data?.pages[0]
  const last = customers.data?.pages.at(-1)
  const shown = customers.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? 0
  // A search by name has no count (`total` null): when more matched than shown, the list says so
  // and asks for a narrower search; otherwise what is shown is all there is.
  const totalText = !first
    ? null
    : first.total !== null
      ? t.day.counts.total(first.total, first.totalCapped)
      : last?.hasMore
        ? null
        : String(shown)
  const moreMatched = first?.total === null && last?.hasMore === true
  const settled = !customers.isFetching
  useEffect(() => {
    if (!settled) return
    if (totalText !== null) announce(t.day.list.results(totalText))
    else if (moreMatched) announce(t.day.list.resultsMore(shown))
  }, [settled, totalText, moreMatched, shown, announce, t])

  const search = (event: FormEvent) => {
    event.preventDefault()
    setState({ ...state, ...draft })
  }
  const clear = () => {
    setDraft(emptySearch)
    setState({ ...state, ...emptySearch })
  }
  const searching = Boolean(state.q || state.birthDate || state.identityCode)

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
  const rows = customers.data?.pages.flatMap((p) => p.items) ?? []

  return (
    <>
      <PageHeading title={t.day.list.title} />
      <Paragraph mb="l">{t.day.list.intro}</Paragraph>
      <RadioButtonGroup
        labelText={t.day.list.scope}
        name="customer-scope"
        id="customer-scope"
        value={state.scope}
        onChange={(v) =>
          setState({ ...state, scope: v === 'organisation' ? 'organisation' : 'mine' })
        }
        className="block-gap"
      >
        <RadioButton value="mine" id="customer-scope-mine" data-qa="customer-scope-mine">
          {t.day.list.mine}
        </RadioButton>
        <RadioButton
          value="organisation"
          id="customer-scope-organisation"
          data-qa="customer-scope-organisation"
        >
          {t.day.list.organisation}
        </RadioButton>
      </RadioButtonGroup>
      <form
        role="search"
        aria-labelledby="customer-search-title"
        className="search-form"
        onSubmit={search}
        data-qa="customer-search"
      >
        <Heading variant="h2" id="customer-search-title" mb="s">
          {t.day.list.searchTitle}
        </Heading>
        <TextInput
          id="customer-search"
          labelText={t.day.list.name}
          hintText={t.day.list.nameHint}
          value={draft.q}
          onChange={(v) => setDraft({ ...draft, q: String(v ?? '') })}
          autoComplete="off"
          fullWidth
          data-qa="customer-search-input"
        />
        <Field label={t.day.list.birthDate} qa="customer-search-birth-date">
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.birthDate}
              onChange={(e) => setDraft({ ...draft, birthDate: e.target.value })}
              data-qa="customer-search-birth-date"
            />
          )}
        </Field>
        <TextInput
          id="customer-search-identity-code"
          labelText={t.day.list.identityCode}
          hintText={t.day.list.identityCodeHint}
          value={draft.identityCode}
          onChange={(v) => setDraft({ ...draft, identityCode: String(v ?? '') })}
          autoComplete="off"
          maxLength={11}
          data-qa="customer-search-identity-code"
        />
        <NativeSelect
          label={t.day.list.municipality}
          placeholder={t.day.list.anyMunicipality}
          options={municipalities.map((m) => ({ value: m.id, label: localName(m.name, lang) }))}
          value={state.municipalityId}
          onChange={(municipalityId) => setState({ ...state, municipalityId })}
          qa="customer-filter-municipality"
        />
        <Checkbox
          id="customer-filter-open-steps"
          checked={state.openSteps}
          onClick={({ checkboxState }) => setState({ ...state, openSteps: checkboxState })}
          data-qa="customer-filter-open-steps"
        >
          {t.day.list.openSteps}
        </Checkbox>
        <Checkbox
          id="customer-filter-overdue"
          checked={state.overdue}
          onClick={({ checkboxState }) => setState({ ...state, overdue: checkboxState })}
          data-qa="customer-filter-overdue"
        >
          {t.day.list.overdue}
        </Checkbox>
        <div className="search-form__buttons">
          <Button type="submit" data-qa="customer-search-submit">
            {t.day.list.search}
          </Button>
          {searching && (
            <Button variant="secondary" onClick={clear} data-qa="customer-search-clear">
              {t.day.list.clear}
            </Button>
          )}
        </div>
      </form>
      {/* Tells tests (and assistive technology) which scope is shown and whether it settled. */}
      <div data-qa="customer-results" data-qa-scope={state.scope} aria-busy={customers.isFetching}>
        {customers.isPending ? (
          <Loading />
        ) : customers.isError ? (
          <ErrorState error={customers.error} />
        ) : rows.length === 0 ? (
          <EmptyState>
            {state.scope === 'mine' && !searching
              ? t.day.list.emptyMine
              : t.day.list.emptyOrganisation}
          </EmptyState>
        ) : (
          <>
            <DataTable
              caption={t.worker.tableCaption}
              columns={columns}
              rows={rows}
              rowKey={(c) => c.id}
              rowQa="customer-row"
            />
            <div className="pagination" data-qa="pagination">
              <span className="pagination__status" data-qa="total-count">
                {moreMatched
                  ? t.day.counts.showingMore(rows.length)
                  : t.day.counts.showing(rows.length, totalText ?? '')}
              </span>
              {customers.hasNextPage && (
                <Button
                  variant="secondary"
                  disabled={customers.isFetchingNextPage}
                  onClick={() => void customers.fetchNextPage()}
                  data-qa="show-more"
                >
                  {customers.isFetchingNextPage ? t.common.loading : t.day.counts.showMore}
                </Button>
              )}
            </div>
          </>
        )}
      </div>
    </>
  )
}
