import { useInfiniteQuery } from '@tanstack/react-query'
import { Button, Paragraph } from 'suomifi-ui-components'
import { Link } from 'react-router'
import { jobsApi } from '../../api/jobs'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { PageHeading } from '../../components/PageHeading'
import { useI18n } from '../../i18n/I18nProvider'
import { JobSummary } from './JobSummary'

/** Open jobs for anyone, newest first, a keyset page at a time. */
export function OpenJobsPage() {
  const { t } = useI18n()
  const j = t.jobs.list
  const jobs = useInfiniteQuery({
    queryKey: ['jobs', 'open'],
    queryFn: ({ pageParam }) => jobsApi.open(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <>
      <PageHeading title={j.title} />
      <Paragraph mb="m">{j.intro}</Paragraph>
      <p>
        <Link to="/employer/new" data-qa="employer-form-link">
          {j.employerLink}
        </Link>
      </p>
      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        <ErrorState error={jobs.error} />
      ) : items.length === 0 ? (
        <EmptyState>{j.none}</EmptyState>
      ) : (
        <ul className="card-list" data-qa="open-jobs">
          {items.map((job) => (
            <li key={job.id} className="card" data-qa="open-job">
              <JobSummary job={job} />
            </li>
          ))}
        </ul>
      )}
      {jobs.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void jobs.fetchNextPage()}
          disabled={jobs.isFetchingNextPage}
          data-qa="more-jobs"
        >
          {j.more}
        </Button>
      )}
    </>
  )
}
