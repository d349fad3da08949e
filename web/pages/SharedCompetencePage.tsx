import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { Paragraph } from 'suomifi-ui-components'
import { competenceApi } from '../api/competence'
import { ErrorState, Loading } from '../components/AsyncState'
import { PageHeading } from '../components/PageHeading'
import { formatDate } from '../i18n/format'
import { useI18n } from '../i18n/I18nProvider'
import '../styles/competence.css'
import { ProfileView } from './person/competence/ProfileView'

/** What an employer sees through a share link: no sign-in, read-only, only the chosen parts. */
export function SharedCompetencePage() {
  const { token = '' } = useParams()
  const { t, lang } = useI18n()
  const shared = useQuery({
    queryKey: ['competence-share', token, lang],
    queryFn: () => competenceApi.shared(token, lang),
    retry: false,
  })
  return (
    <>
      <PageHeading title={t.competence.sharedTitle} />
      {shared.isPending ? (
        <Loading />
      ) : shared.isError ? (
        <ErrorState error={shared.error} />
      ) : (
        <>
          <Paragraph mb="m">
            {t.competence.sharedIntro(formatDate(shared.data.expiresAt, lang))}
          </Paragraph>
          <ProfileView
            content={shared.data.content}
            concepts={shared.data.concepts}
            municipalities={shared.data.municipalities}
            sections={shared.data.sections}
          />
        </>
      )}
    </>
  )
}
