import { Button } from 'suomifi-ui-components'
import { useI18n } from '../i18n/I18nProvider'

interface Props {
  page: number
  pageSize: number
  total: number
  onChange: (page: number) => void
  /** Names the navigation landmark, e.g. after the table it pages. */
  label: string
}

/** Previous and next with "page X of Y" and the total; one page needs only the total. */
export function Pagination({ page, pageSize, total, onChange, label }: Props) {
  const { t } = useI18n()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const status = (
    <span className="pagination__status">
      <span data-qa="page-indicator">{t.pagination.pageOf(page, pages)}</span>
      <span className="pagination__total" data-qa="total-count">
        {t.pagination.total(total)}
      </span>
    </span>
  )
  if (pages === 1 && page === 1) {
    return (
      <div className="pagination pagination--single" data-qa="pagination">
        {status}
      </div>
    )
  }
  return (
    <nav className="pagination" aria-label={`${t.pagination.label}: ${label}`} data-qa="pagination">
      <Button
        variant="secondary"
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
        data-qa="previous-page"
      >
        {t.pagination.previous}
      </Button>
      {status}
      <Button
        variant="secondary"
        disabled={page >= pages}
        onClick={() => onChange(page + 1)}
        data-qa="next-page"
      >
        {t.pagination.next}
      </Button>
    </nav>
  )
}
