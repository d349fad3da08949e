import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { Heading } from 'suomifi-ui-components'
import { useI18n } from '../i18n/I18nProvider'

/** The page's one h1; it also names the browser tab. Focused after in-app navigation. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n()
  useEffect(() => {
    document.title = `${title} – ${t.titleSuffix}`
  }, [title, t])
  return (
    <Heading variant="h1" tabIndex={-1} className="page-heading" data-qa="page-heading" mb="m">
      {children ?? title}
    </Heading>
  )
}
