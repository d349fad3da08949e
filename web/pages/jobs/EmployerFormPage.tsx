import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Paragraph } from 'suomifi-ui-components'
import { jobsApi, type JobSubmission } from '../../api/jobs'
import { BusyButton } from '../../components/BusyButton'
import { ErrorSummary, problemText, serverFieldErrors } from '../../components/FormErrors'
import { TextAreaField, TextField } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { endOfDayInFinland } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { employmentTypes, postingWorkingTimes } from '../../../src/shared/enums'

const postingFields = [
  'title',
  'description',
  'employer',
  'municipalityCode',
  'employmentType',
  'workingTime',
  'validThrough',
  'apply',
] as const
type Field = (typeof postingFields)[number] | 'contactEmail'

/** An employer posts an open job without an account; a coordinator checks it first. */
export function EmployerFormPage() {
  const { t, lang } = useI18n()
  const e = t.jobs.employer
  const [v, setV] = useState({
    title: '',
    description: '',
    employerName: '',
    businessId: '',
    municipalityCode: '',
    employmentType: '',
    workingTime: '',
    validThrough: '',
    applyUrl: '',
    applyEmail: '',
    contactEmail: '',
  })
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value })
  const submit = useMutation({
    mutationFn: () => {
      const body = {
        posting: {
          title: v.title,
          description: v.description,
          employer: { name: v.employerName, businessId: v.businessId },
          municipalityCode: v.municipalityCode,
          employmentType: v.employmentType,
          workingTime: v.workingTime,
          validThrough: v.validThrough ? endOfDayInFinland(v.validThrough) : '',
          apply: { url: v.applyUrl || null, email: v.applyEmail || null, text: null },
          postingLanguages: [lang],
        },
        contactEmail: v.contactEmail,
        locale: lang,
      } as JobSubmission
      return jobsApi.submit(body)
    },
  })
  const errors: Partial<Record<Field, string>> = submit.isError
    ? {
        ...serverFieldErrors(submit.error, t, postingFields, 'body.posting.'),
        ...serverFieldErrors(submit.error, t, ['contactEmail'] as const),
      }
    : {}
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit.mutate()
  }
  if (submit.isSuccess) {
    return (
      <>
        <PageHeading title={e.title} />
        <p role="status" data-qa="submission-sent">
          {e.sent}
        </p>
      </>
    )
  }
  const labels: Record<Field, string> = {
    title: e.jobTitle,
    description: e.description,
    employer: e.businessId,
    municipalityCode: e.municipality,
    employmentType: e.employmentType,
    workingTime: e.workingTime,
    validThrough: e.validThrough,
    apply: e.applyUrl,
    contactEmail: e.contactEmail,
  }
  const ids: Record<Field, string> = {
    title: 'job-title',
    description: 'job-description',
    employer: 'job-business-id',
    municipalityCode: 'job-municipality',
    employmentType: 'job-employment-type',
    workingTime: 'job-working-time',
    validThrough: 'job-valid-through',
    apply: 'job-apply-url',
    contactEmail: 'job-contact-email',
  }
  const entries = (Object.keys(errors) as Field[]).map((f) => ({
    id: ids[f],
    label: labels[f],
    message: errors[f]!,
  }))
  return (
    <>
      <PageHeading title={e.title} />
      <Paragraph mb="m">{e.intro}</Paragraph>
      <ErrorSummary entries={entries} qa="employer-form-errors" />
      {submit.isError && entries.length === 0 && <p role="alert">{problemText(submit.error, t)}</p>}
      <form onSubmit={onSubmit} noValidate data-qa="employer-form" className="form-stack">
        <TextField
          id={ids.title}
          label={e.jobTitle}
          value={v.title}
          onChange={set('title')}
          qa="job-title"
          error={errors.title}
          maxLength={200}
        />
        <TextAreaField
          id={ids.description}
          label={e.description}
          value={v.description}
          onChange={set('description')}
          qa="job-description"
          error={errors.description}
          rows={6}
          maxLength={10000}
        />
        <TextField
          label={e.employerName}
          value={v.employerName}
          onChange={set('employerName')}
          qa="job-employer-name"
          maxLength={200}
        />
        <TextField
          id={ids.employer}
          label={e.businessId}
          value={v.businessId}
          onChange={set('businessId')}
          qa="job-business-id"
          error={errors.employer}
          maxLength={9}
        />
        <TextField
          id={ids.municipalityCode}
          label={e.municipality}
          hint="564, 615, 678"
          value={v.municipalityCode}
          onChange={set('municipalityCode')}
          qa="job-municipality"
          error={errors.municipalityCode}
          inputMode="numeric"
          maxLength={3}
        />
        <NativeSelect
          id={ids.employmentType}
          label={e.employmentType}
          placeholder={e.choose}
          options={employmentTypes.map((x) => ({ value: x, label: t.jobs.employmentTypes[x] }))}
          value={v.employmentType}
          onChange={set('employmentType')}
          qa="job-employment-type"
          error={errors.employmentType}
        />
        <NativeSelect
          id={ids.workingTime}
          label={e.workingTime}
          placeholder={e.choose}
          options={postingWorkingTimes.map((x) => ({ value: x, label: t.jobs.workingTimes[x] }))}
          value={v.workingTime}
          onChange={set('workingTime')}
          qa="job-working-time"
          error={errors.workingTime}
        />
        <TextField
          id={ids.validThrough}
          type="date"
          label={e.validThrough}
          value={v.validThrough}
          onChange={set('validThrough')}
          qa="job-valid-through"
          error={errors.validThrough}
        />
        <TextField
          id={ids.apply}
          type="url"
          label={e.applyUrl}
          value={v.applyUrl}
          onChange={set('applyUrl')}
          qa="job-apply-url"
          error={errors.apply}
          maxLength={1000}
        />
        <TextField
          type="email"
          label={e.applyEmail}
          value={v.applyEmail}
          onChange={set('applyEmail')}
          qa="job-apply-email"
          maxLength={320}
        />
        <TextField
          id={ids.contactEmail}
          type="email"
          label={e.contactEmail}
          value={v.contactEmail}
          onChange={set('contactEmail')}
          qa="job-contact-email"
          error={errors.contactEmail}
          autoComplete="email"
          maxLength={320}
        />
        <BusyButton type="submit" busy={submit.isPending} busyText={e.submit} qa="submit-job">
          {e.submit}
        </BusyButton>
      </form>
    </>
  )
}
