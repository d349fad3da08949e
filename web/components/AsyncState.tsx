import type { ReactNode } from 'react'
import { InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components'
import { ApiError, NetworkError } from '../api/client'
import type { Translations } from '../i18n/fi'
import { useI18n } from '../i18n/I18nProvider'

/** What to tell the user about a failed request: the API's own explanation when it has one. */
export function problemText(error: unknown, t: Translations): string {
  if (error instanceof ApiError && error.problem?.detail) return error.problem.detail
  if (error instanceof NetworkError) return t.common.networkError
  return t.common.errorTitle
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n()
  return (
    <div role="status" className="loading" data-qa="loading">
      <LoadingSpinner text={label ?? t.common.loading} textAlign="right" variant="small" />
    </div>
  )
}

export function ErrorState({ error }: { error: unknown }) {
  const { t } = useI18n()
  return (
    <InlineAlert status="error" labelText={t.common.errorTitle} role="alert" data-qa="error-state">
      {problemText(error, t)}
    </InlineAlert>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paragraph className="empty-state" data-qa="empty-state">
      {children}
    </Paragraph>
  )
}
