import { Link } from 'react-router'
import { Paragraph } from 'suomifi-ui-components'
import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18nProvider'

export function NotFoundPage() {
  const { t } = useI18n()
  return (
    <>
      <PageHeading title={t.notFound.title} />
      <Paragraph mb="m">{t.notFound.text}</Paragraph>
      <Link to="/">{t.notFound.home}</Link>
    </>
  )
}
