import { Heading } from 'suomifi-ui-components'
import { Link } from 'react-router'
import type { JobPosting } from '../../api/jobs'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

/** A posting's heading and key facts, as every list shows it. */
export function JobSummary({ job, level = 'h2' }: { job: JobPosting; level?: 'h2' | 'h3' }) {
  const { t, lang } = useI18n()
  const j = t.jobs
  return (
    <>
      <Heading variant={level} mb="xs">
        <Link to={`/jobs/${job.id}`} data-qa="job-link">
          {job.title}
        </Link>
      </Heading>
      <dl className="details details--compact">
        <div className="details__row">
          <dt>{j.list.employer}</dt>
          <dd>{job.employer.name}</dd>
        </div>
        <div className="details__row">
          <dt>{j.list.municipality}</dt>
          <dd>{job.municipalityName?.[lang] ?? job.municipalityCode}</dd>
        </div>
        <div className="details__row">
          <dt>{j.detail.employmentType}</dt>
          <dd>
            {j.employmentTypes[job.employmentType]}, {j.workingTimes[job.workingTime]}
          </dd>
        </div>
        <div className="details__row">
          <dt>{j.list.deadline}</dt>
          <dd>{formatDate(job.validThrough, lang)}</dd>
        </div>
      </dl>
    </>
  )
}
