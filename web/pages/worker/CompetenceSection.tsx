import { useMutation, useQuery } from '@tanstack/react-query'
import { Heading, Paragraph } from 'suomifi-ui-components'
import { isStatus } from '../../api/client'
import { competenceApi, conceptChange, type Concept } from '../../api/competence'
import { ErrorState, Loading } from '../../components/AsyncState'
import { useI18n } from '../../i18n/I18nProvider'
import '../../styles/competence.css'
import { ConceptPanel } from '../person/competence/ConceptPanel'
import { ProfileView } from '../person/competence/ProfileView'

/**
 * The customer's competence profile, read-only, where the worker's organisation may see the
 * category competence; otherwise the server answers 404 and nothing of it shows.
 */
export function CompetenceSection({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const profile = useQuery({
    queryKey: ['competence', customerId, lang],
    queryFn: () => competenceApi.profile(customerId, lang),
    retry: false,
  })
  const suggest = useMutation({
    mutationFn: (c: Concept) => competenceApi.suggest(customerId, conceptChange(c)),
  })
  if (profile.isPending) return <Loading />
  if (profile.isError)
    return isStatus(profile.error, 404) ? null : <ErrorState error={profile.error} />
  return (
    <section
      aria-labelledby="customer-competence"
      className="section"
      data-qa="customer-competence"
    >
      <Heading variant="h2" id="customer-competence" mb="xs">
        {t.competence.workerTitle}
      </Heading>
      <Paragraph mb="s">{t.competence.workerIntro}</Paragraph>
      <ProfileView
        content={profile.data.content}
        concepts={profile.data.concepts}
        municipalities={profile.data.municipalities}
      />
      {profile.data.permittedActions.includes('competence.suggest') && (
        <ConceptPanel
          qa="competence-suggest"
          heading="h3"
          title={t.competence.suggestTitle}
          pickLabel={(c) => t.competence.suggest(c.label)}
          onPick={(c) => suggest.mutate(c)}
          done={suggest.isSuccess ? t.competence.suggested : null}
          doneQa="competence-suggested"
          error={suggest.isError ? suggest.error : null}
        />
      )}
    </section>
  )
}
