import type { ReactNode } from 'react'
import { InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components'
import { useI18n } from '../i18n/I18nProvider'
import { problemText } from './FormErrors'

export { problemText }

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
