import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { Link, useParams } from 'react-router'
import { jobsApi, type JobPosting } from '../../api/jobs'
import { hasRole, useMe } from '../../app/session'
import { ErrorState, Loading } from '../../components/AsyncState'
import { PageHeading } from '../../components/PageHeading'
import { problemText } from '../../components/FormErrors'
import { formatCalendarDate, formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { languageName, reasonText } from '../../../src/shared/job-match-reasons'

function SkillList({ title, skills }: { title: string; skills: JobPosting['requiredSkills'] }) {
  const { lang } = useI18n()
  if (skills.length === 0) return null
  return (
    <>
      <Heading variant="h2" mb="xs">
        {title}
      </Heading>
      <ul>
        {skills.map((s) => (
          <li key={s.uri}>{s.label[lang]}</li>
        ))}
      </ul>
    </>
  )
}

/** For a worker: the joint customers the job matches, whose competence they may see. */
function MatchingCustomers({ jobId }: { jobId: string }) {
  const { t, lang } = useI18n()
  const j = t.jobs.detail
  const queryClient = useQueryClient()
  const matching = useQuery({
    queryKey: ['jobs', jobId, 'matching'],
    queryFn: () => jobsApi.matchingCustomers(jobId),
  })
  const suggest = useMutation({
    mutationFn: (customerId: string) => jobsApi.suggest(customerId, jobId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs', jobId, 'matching'] }),
  })
  const done = new Set(suggest.isSuccess && suggest.variables ? [suggest.variables] : [])
  return (
    <section aria-labelledby="matching-heading" data-qa="matching-customers">
      <Heading variant="h2" id="matching-heading" mb="xs">
        {j.matching}
      </Heading>
      {matching.isPending ? (
        <Loading />
      ) : matching.isError ? (
        <ErrorState error={matching.error} />
      ) : matching.data.items.length === 0 ? (
        <Paragraph>{j.matchingNone}</Paragraph>
      ) : (
        <ul className="card-list">
          {matching.data.items.map((m) => (
            <li key={m.customerId} className="card" data-qa="matching-customer">
              <p>
                <Link to={`/customers/${m.customerId}`}>{j.customer}</Link> · {j.score} {m.score}
              </p>
              <ul>
                {m.reasons.map((r, i) => (
                  <li key={i}>{reasonText(r, lang)}</li>
                ))}
              </ul>
              {done.has(m.customerId) ? (
                <p data-qa="suggested">{j.suggested}</p>
              ) : (
                <Button
                  variant="secondary"
                  onClick={() => suggest.mutate(m.customerId)}
                  data-qa="suggest-job"
                >
                  {j.suggest}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {suggest.isError && <p role="alert">{problemText(suggest.error, t)}</p>}
    </section>
  )
}

/** One open job: what it asks for and how to apply. */
export function JobDetailPage() {
  const { jobId = '' } = useParams()
  const { t, lang } = useI18n()
  const j = t.jobs.detail
  const me = useMe().data
  const job = useQuery({ queryKey: ['jobs', jobId], queryFn: () => jobsApi.one(jobId) })
  if (job.isPending) return <Loading />
  if (job.isError) return <ErrorState error={job.error} />
  const p = job.data
  return (
    <>
      <PageHeading title={p.title} />
      <p>
        <Link to="/jobs">{j.back}</Link>
      </p>
      <div className="card" data-qa="job-detail">
        <Paragraph mb="m">{p.description}</Paragraph>
        <dl className="details details--compact">
          <div className="details__row">
            <dt>{t.jobs.list.employer}</dt>
            <dd>{p.employer.name}</dd>
          </div>
          <div className="details__row">
            <dt>{t.jobs.list.municipality}</dt>
            <dd>{p.municipalityName?.[lang] ?? p.municipalityCode}</dd>
          </div>
          {p.occupationLabel && (
            <div className="details__row">
              <dt>{t.jobs.list.occupation}</dt>
              <dd>{p.occupationLabel[lang]}</dd>
            </div>
          )}
          <div className="details__row">
            <dt>{j.employmentType}</dt>
            <dd>
              {t.jobs.employmentTypes[p.employmentType]}, {t.jobs.workingTimes[p.workingTime]}
            </dd>
          </div>
          <div className="details__row">
            <dt>{t.jobs.list.deadline}</dt>
            <dd>{formatDate(p.validThrough, lang)}</dd>
          </div>
          {p.startsOn && (
            <div className="details__row">
              <dt>{j.startsOn}</dt>
              <dd>{formatCalendarDate(p.startsOn, lang)}</dd>
            </div>
          )}
          {p.languageRequirements.length > 0 && (
            <div className="details__row">
              <dt>{j.languages}</dt>
              <dd>
                {p.languageRequirements
                  .map((l) => `${languageName(l.language, lang)} ${l.minimumLevel}`)
                  .join(', ')}
              </dd>
            </div>
          )}
        </dl>
      </div>
      <SkillList title={j.required} skills={p.requiredSkills} />
      <SkillList title={j.optional} skills={p.optionalSkills} />
      <Heading variant="h2" mb="xs">
        {j.apply}
      </Heading>
      {p.apply.text && <Paragraph>{p.apply.text}</Paragraph>}
      {p.apply.url && (
        <p>
          <a href={p.apply.url} rel="noopener noreferrer" data-qa="apply-link">
            {j.applyLink}
          </a>
        </p>
      )}
      {p.apply.email && (
        <p>
          <a href={`mailto:${p.apply.email}`}>{p.apply.email}</a>
        </p>
      )}
      {me && hasRole(me, 'worker') && <MatchingCustomers jobId={p.id} />}
    </>
  )
}
