import { Link } from 'react-router'
import { Paragraph } from 'suomifi-ui-components'
import type { Me } from '../../api/types'
import { PageHeading } from '../../components/PageHeading'
import { useI18n } from '../../i18n/I18nProvider'
import { AccessLogSection } from './AccessLogSection'
import { ConsentsSection } from './ConsentsSection'
import { EnrolmentConfirmationsSection } from './EnrolmentConfirmationsSection'
import { ProviderChoiceSection } from './ProviderChoiceSection'
import { GiveConsentForm } from './GiveConsentForm'
import { SurveySection } from './SurveySection'

/** The young person's own page: their consents, giving one, and who has seen their data. */
export function MyPage({ me }: { me: Me }) {
  const { t } = useI18n()
  const customerId = me.user.customerId
  const firstName = me.user.displayName.split(' ')[0] ?? me.user.displayName
  return (
    <>
      <PageHeading title={t.person.title}>{t.person.greeting(firstName)}</PageHeading>
      <Paragraph mb="l">{t.person.intro}</Paragraph>
      <Paragraph mb="l">
        <Link to="/competence" data-qa="my-competence-link">
          {t.competence.nav}
        </Link>
      </Paragraph>
      {customerId && (
        <>
          <EnrolmentConfirmationsSection customerId={customerId} />
          <ProviderChoiceSection customerId={customerId} />
          <SurveySection customerId={customerId} />
          <ConsentsSection customerId={customerId} />
          <GiveConsentForm customerId={customerId} />
          <AccessLogSection customerId={customerId} />
        </>
      )}
    </>
  )
}
