import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { InlineAlert, Paragraph } from 'suomifi-ui-components'
import { ApiError, isStatus } from '../../../api/client'
import { caseApi } from '../../../api/cases'
import {
  qualificationLevels,
  type EnrolmentCheck,
  type EnrolmentCheckInput,
  type Qualification,
} from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { TextField } from '../../../components/FormFields'
import {
  ErrorSummary,
  serverFieldErrors,
  validate,
  type FieldErrors,
} from '../../../components/FormErrors'
import { enrolmentBody, enrolmentCheckBody } from '../../../../src/shared/enrolment'
import { NativeSelect } from '../../../components/NativeSelect'
import { PageHeading } from '../../../components/PageHeading'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { EligibilityResult } from './EligibilityResult'
import { EnrolmentOutcome, type PendingOutcome } from './EnrolmentOutcome'
import { PersonFields, type PersonValues } from './PersonFields'

const checkFields = ['identityCode', 'programmeId', 'municipalityId', 'qualification'] as const
const personFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'unemployedSince',
  'overrideReason',
] as const
/** In the order they are on the page, for the error summary. */
const fieldOrder = [...checkFields, ...personFields] as const
type FieldName = (typeof fieldOrder)[number]
type Errors = FieldErrors<FieldName>
const fieldId = (name: FieldName): string => `enrol-${name}`

interface FormValues extends PersonValues {
  identityCode: string
  programmeId: string
  municipalityId: string
  qualification: Qualification | ''
}

const blank: FormValues = {
  identityCode: '',
  programmeId: '',
  municipalityId: '',
  qualification: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  unemployedSince: '',
  overrideReason: '',
}

const sameInput = (a: EnrolmentCheckInput, b: EnrolmentCheckInput): boolean =>
  a.identityCode === b.identityCode &&
  a.programmeId === b.programmeId &&
  a.municipalityId === b.municipalityId &&
  a.qualification === b.qualification

/**
 * Enrolment: the rules are checked first and shown in plain words; a failing rule needs a
 * recorded reason. The identity code travels only in request bodies, never in the address.
 */
export function EnrolPage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const navigate = useNavigate()
  const programmes = useQuery({ queryKey: ['programmes'], queryFn: caseApi.programmes })
  const [form, setForm] = useState(blank)
  const set = (key: keyof FormValues) => (value: string) =>
    setForm((f) => ({
      ...f,
      [key]: value,
      // Another programme has other municipalities.
      ...(key === 'programmeId' ? { municipalityId: '' } : {}),
    }))
  const [errors, setErrors] = useState<Errors>({})
  const [checked, setChecked] = useState<{
    input: EnrolmentCheckInput
    result: EnrolmentCheck
  } | null>(null)
  const check = useMutation({ mutationFn: caseApi.checkEnrolment })
  const enrol = useMutation({ mutationFn: caseApi.enrol })
  /** A known person: what happened, with the name the worker typed (nothing stored is shown). */
  const [pending, setPending] = useState<{ outcome: PendingOutcome; name: string } | null>(null)

  const items = programmes.data?.items ?? []
  // With one programme there is nothing to choose.
  const programmeId = form.programmeId || (items.length === 1 ? (items[0]?.id ?? '') : '')
  const programme = items.find((p) => p.id === programmeId)
  const input: EnrolmentCheckInput = {
    identityCode: form.identityCode.trim().toUpperCase(),
    programmeId,
    municipalityId: form.municipalityId,
    qualification: form.qualification || 'none',
  }
  const current = checked && sameInput(checked.input, input) ? checked : null
  const needsReason = current ? !current.result.eligible : false

  const runCheck = async () => {
    const found = validate(
      enrolmentCheckBody,
      { ...input, qualification: form.qualification },
      t,
      checkFields,
    )
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      const result = await check.mutateAsync(input)
      setChecked({ input, result })
      announce(result.eligible ? t.cases.enrol.allMet : t.cases.enrol.someNotMet)
      window.requestAnimationFrame(() => document.getElementById('check-result')?.focus())
    } catch (e) {
      setErrors(serverFieldErrors(e, t, checkFields))
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!current) return void runCheck()
    const body = {
      ...input,
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      email: form.email.trim() || null,
      phone: form.phone.trim() || null,
      unemployedSince: form.unemployedSince || null,
      overrideReason: needsReason ? form.overrideReason.trim() : null,
    }
    const found: Errors = {
      ...validate(enrolmentBody, body, t, personFields),
      ...(needsReason && !form.overrideReason.trim()
        ? { overrideReason: t.cases.enrol.overrideRequired }
        : {}),
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      const result = await enrol.mutateAsync(body)
      const name = `${body.firstName} ${body.lastName}`
      if (result.outcome === 'enrolled' && result.customerId) {
        announce(t.cases.enrol.enrolled(name))
        await navigate(`/customers/${result.customerId}`)
        return
      }
      const outcome =
        result.outcome === 'join_requested' ? 'join_requested' : 'awaiting_confirmation'
      setPending({ outcome, name })
      setForm(blank)
      setChecked(null)
      announce(t.cases.enrol.outcomeTitle[outcome])
      window.requestAnimationFrame(() => document.getElementById('enrol-outcome')?.focus())
    } catch (e) {
      const rulesFailed =
        e instanceof ApiError && e.problem?.fields?.some((f) => f.field.startsWith('rules.'))
      setErrors(
        rulesFailed
          ? { overrideReason: t.cases.enrol.overrideRequired }
          : serverFieldErrors(e, t, fieldOrder),
      )
    }
  }

  if (programmes.isPending)
    return (
      <>
        <PageHeading title={t.cases.enrol.title} />
        <Loading />
      </>
    )
  if (programmes.isError)
    return (
      <>
        <PageHeading title={t.cases.enrol.title} />
        <ErrorState error={programmes.error} />
      </>
    )

  const labels: Record<FieldName, string> = {
    identityCode: t.cases.enrol.identityCode,
    programmeId: t.cases.enrol.programme,
    municipalityId: t.cases.enrol.municipality,
    qualification: t.cases.enrol.qualification,
    firstName: t.cases.enrol.firstName,
    lastName: t.cases.enrol.lastName,
    email: t.cases.enrol.email,
    phone: t.cases.enrol.phone,
    unemployedSince: t.cases.enrol.unemployedSince,
    overrideReason: t.cases.enrol.overrideReason,
  }
  if (pending)
    return (
      <div className="narrow-wide">
        <PageHeading title={t.cases.enrol.title} />
        <EnrolmentOutcome
          outcome={pending.outcome}
          name={pending.name}
          onAgain={() => {
            setPending(null)
            enrol.reset()
          }}
        />
      </div>
    )
  const summary = fieldOrder.flatMap((name) => {
    const message = errors[name]
    return message ? [{ id: fieldId(name), label: labels[name], message }] : []
  })
  return (
    <div className="narrow-wide">
      <PageHeading title={t.cases.enrol.title} />
      <Paragraph mb="l">{t.cases.enrol.intro}</Paragraph>
      <form
        className="form enrol-form"
        noValidate
        onSubmit={(e) => void submit(e)}
        data-qa="enrol-form"
      >
        <ErrorSummary entries={summary} qa="enrol-errors" />
        <fieldset className="fieldset section">
          <legend className="fieldset__legend">{t.cases.enrol.eligibilityLegend}</legend>
          <TextField
            label={t.cases.enrol.identityCode}
            hint={t.cases.enrol.identityCodeHint}
            value={form.identityCode}
            onChange={set('identityCode')}
            error={errors.identityCode}
            qa="identity-code-input"
            id={fieldId('identityCode')}
            maxLength={11}
          />
          {items.length > 1 && (
            <NativeSelect
              label={t.cases.enrol.programme}
              placeholder={t.cases.enrol.chooseProgramme}
              options={items.map((p) => ({ value: p.id, label: localName(p.name, lang) }))}
              value={programmeId}
              onChange={set('programmeId')}
              error={errors.programmeId}
              qa="programme"
              id={fieldId('programmeId')}
            />
          )}
          {programme && items.length === 1 && (
            <p data-qa="programme-name">
              <span className="field__label">{t.cases.enrol.programme}: </span>
              {localName(programme.name, lang)}
            </p>
          )}
          <NativeSelect
            label={t.cases.enrol.municipality}
            placeholder={t.cases.enrol.chooseMunicipality}
            options={(programme?.municipalities ?? []).map((m) => ({
              value: m.id,
              label: localName(m.name, lang),
            }))}
            value={form.municipalityId}
            onChange={set('municipalityId')}
            error={errors.municipalityId}
            qa="municipality"
            id={fieldId('municipalityId')}
          />
          <NativeSelect
            label={t.cases.enrol.qualification}
            placeholder={t.cases.enrol.chooseQualification}
            options={qualificationLevels.map((q) => ({ value: q, label: t.qualifications[q] }))}
            value={form.qualification}
            onChange={set('qualification')}
            error={errors.qualification}
            qa="qualification"
            id={fieldId('qualification')}
          />
          {check.isError && !isStatus(check.error, 400) && <ErrorState error={check.error} />}
          <BusyButton
            busy={check.isPending}
            busyText={t.cases.enrol.checking}
            onClick={() => void runCheck()}
            qa="check-eligibility"
          >
            {t.cases.enrol.check}
          </BusyButton>
        </fieldset>

        {checked && !current && (
          <InlineAlert status="warning" data-qa="recheck">
            {t.cases.enrol.recheck}
          </InlineAlert>
        )}
        {current && <EligibilityResult result={current.result} programme={programme} />}

        {current && !current.result.alreadyEnrolled && (
          <fieldset className="fieldset section">
            <legend className="fieldset__legend">{t.cases.enrol.personLegend}</legend>
            <PersonFields
              values={form}
              set={set}
              errors={errors}
              needsReason={needsReason}
              idOf={fieldId}
            />
            {enrol.isError && (
              <InlineAlert status="error" role="alert" data-qa="enrol-error">
                {isStatus(enrol.error, 409)
                  ? t.cases.enrol.alreadyEnrolled
                  : problemText(enrol.error, t)}
              </InlineAlert>
            )}
            <BusyButton
              type="submit"
              busy={enrol.isPending}
              busyText={t.cases.enrol.submitting}
              qa="enrol-submit"
            >
              {t.cases.enrol.submit}
            </BusyButton>
          </fieldset>
        )}
      </form>
    </div>
  )
}
