import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../api/cases'
import type { LeadTimes } from '../../api/caseTypes'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { useOrganisations } from '../../components/case/shared'
import { DataTable, type Column } from '../../components/DataTable'
import { TextField } from '../../components/FormFields'
import { PageHeading } from '../../components/PageHeading'
import { formatLeadTime, todayInFinland } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

type OrganisationRow = LeadTimes['perOrganisation'][number]

/** Delays in the network for a period: medians and each organisation's steps on time. */
export function LeadTimesPage() {
  const { t } = useI18n()
  const { nameOf } = useOrganisations()
  const today = todayInFinland()
  const initial = { from: `${today.slice(0, 4)}-01-01`, to: today }
  const [range, setRange] = useState(initial)
  const [draft, setDraft] = useState(initial)
  const [error, setError] = useState<string | undefined>()
  const figures = useQuery({
    queryKey: ['lead-times', range.from, range.to],
    queryFn: () => caseApi.leadTimes(range.from, range.to),
    placeholderData: keepPreviousData,
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!draft.from || !draft.to || draft.from > draft.to) {
      setError(t.catalogue.leadTimes.rangeInvalid)
      return
    }
    setError(undefined)
    setRange(draft)
  }
  const days = (n: number | null): string =>
    n === null ? t.catalogue.leadTimes.noData : formatLeadTime(n, t.catalogue.leadTimes)
  const columns: Column<OrganisationRow>[] = [
    {
      key: 'organisation',
      header: t.catalogue.leadTimes.organisation,
      cell: (r) => nameOf(r.organisationId),
    },
    { key: 'steps', header: t.catalogue.leadTimes.steps, cell: (r) => String(r.steps) },
    { key: 'onTime', header: t.catalogue.leadTimes.onTime, cell: (r) => String(r.doneOnTime) },
    { key: 'late', header: t.catalogue.leadTimes.late, cell: (r) => String(r.doneLate) },
    {
      key: 'openOverdue',
      header: t.catalogue.leadTimes.openOverdue,
      cell: (r) => String(r.openOverdue),
    },
  ]

  return (
    <>
      <PageHeading title={t.catalogue.leadTimes.title} />
      <Paragraph mb="m">{t.catalogue.leadTimes.intro}</Paragraph>
      <form className="search-form" noValidate onSubmit={submit} data-qa="lead-times-form">
        <TextField
          label={t.catalogue.leadTimes.from}
          type="date"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
          error={error}
          qa="lead-from"
        />
        <TextField
          label={t.catalogue.leadTimes.to}
          type="date"
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
          qa="lead-to"
        />
        <div className="search-form__buttons">
          <Button type="submit" data-qa="lead-show">
            {t.catalogue.leadTimes.show}
          </Button>
        </div>
      </form>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <ErrorState error={figures.error} />
      ) : (
        <>
          <dl className="figure-list" data-qa="lead-figures">
            <div className="figure">
              <dt className="figure__label">{t.catalogue.leadTimes.enrolments}</dt>
              <dd className="figure__value" data-qa="figure-enrolments">
                {figures.data.enrolments}
              </dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.catalogue.leadTimes.toFirstAction}</dt>
              <dd className="figure__value">{days(figures.data.medianDaysToFirstAction)}</dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.catalogue.leadTimes.indicatorToDone}</dt>
              <dd className="figure__value">{days(figures.data.medianDaysIndicatorToFirstDone)}</dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.catalogue.leadTimes.referrals}</dt>
              <dd className="figure__value" data-qa="figure-referrals">
                {figures.data.referrals.referrals}
              </dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.catalogue.leadTimes.referralToAcceptance}</dt>
              <dd className="figure__value" data-qa="figure-referral-acceptance">
                {days(figures.data.referrals.medianDaysToAcceptance)}
              </dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.catalogue.leadTimes.acceptanceToStart}</dt>
              <dd className="figure__value" data-qa="figure-referral-start">
                {days(figures.data.referrals.medianDaysAcceptanceToStart)}
              </dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.jobs.leadTimes.toApplication}</dt>
              <dd className="figure__value" data-qa="figure-suggestion-to-application">
                {days(figures.data.jobSuggestions.medianDaysToApplication)}
              </dd>
            </div>
            <div className="figure">
              <dt className="figure__label">{t.jobs.leadTimes.applied}</dt>
              <dd className="figure__value">
                {figures.data.jobSuggestions.applied} / {figures.data.jobSuggestions.suggestions}
              </dd>
            </div>
          </dl>
          <section aria-labelledby="per-organisation" className="section">
            <Heading variant="h2" id="per-organisation" mb="s">
              {t.catalogue.leadTimes.perOrganisation}
            </Heading>
            {figures.data.perOrganisation.length === 0 ? (
              <EmptyState>{t.catalogue.leadTimes.empty}</EmptyState>
            ) : (
              <DataTable
                caption={t.catalogue.leadTimes.caption}
                columns={columns}
                rows={figures.data.perOrganisation}
                rowKey={(r) => r.organisationId}
                rowQa="lead-organisation"
              />
            )}
          </section>
        </>
      )}
    </>
  )
}
