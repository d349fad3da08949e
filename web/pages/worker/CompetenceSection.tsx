import { useMutation, useQuery } from '@tanstack/react-query'
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { isStatus } from '../../api/client'
import { competenceApi, type Concept } from '../../api/competence'
import { ErrorState, Loading } from '../../components/AsyncState'
import { useI18n } from '../../i18n/I18nProvider'
import '../../styles/competence.css'
import { ConceptSearch } from '../person/competence/ConceptSearch'
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
    mutationFn: (c: Concept) =>
      competenceApi.suggest(
        customerId,
        c.type === 'occupation'
          ? { section: 'wishedOccupations', item: c.uri }
          : c.skillType === 'certificate'
            ? { section: 'certificates', item: { conceptUri: c.uri } }
            : { section: 'skills', item: { conceptUri: c.uri } },
      ),
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
      <ProfileView content={profile.data.content} concepts={profile.data.concepts} />
      {profile.data.permittedActions.includes('competence.suggest') && (
        <>
          <Heading variant="h3" mb="xxs">
            {t.competence.suggestTitle}
          </Heading>
          <ConceptSearch
            qa="competence-suggest"
            pickLabel={(c) => t.competence.suggest(c.label)}
            onPick={(c) => suggest.mutate(c)}
          />
          {suggest.isSuccess && (
            <InlineAlert status="neutral" role="status" data-qa="competence-suggested">
              {t.competence.suggested}
            </InlineAlert>
          )}
          {suggest.isError && <ErrorState error={suggest.error} />}
        </>
      )}
    </section>
  )
}
