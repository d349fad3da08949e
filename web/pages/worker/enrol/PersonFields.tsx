import { enrolmentBody } from '../../../../src/shared/enrolment'
import { maxLengthOf, type FieldErrors } from '../../../components/FormErrors'
import { TextAreaField, TextField } from '../../../components/FormFields'
import { useI18n } from '../../../i18n/I18nProvider'

export interface PersonValues {
  firstName: string
  lastName: string
  email: string
  phone: string
  overrideReason: string
  unemployedSince: string
}

type PersonField = keyof PersonValues
const max = (field: PersonField) => maxLengthOf(enrolmentBody.shape[field])

interface Props {
  values: PersonValues
  set: (key: keyof PersonValues) => (value: string) => void
  errors: FieldErrors<PersonField>
  /** A rule failed: the worker records why the young person is enrolled anyway. */
  needsReason: boolean
  /** The id of each field's control, for the error summary's links. */
  idOf: (name: PersonField) => string
}

/** The young person's own details, asked once the rules have been checked. */
export function PersonFields({ values, set, errors, needsReason, idOf }: Props) {
  const { t } = useI18n()
  return (
    <>
      <TextField
        label={t.cases.enrol.firstName}
        value={values.firstName}
        onChange={set('firstName')}
        error={errors.firstName}
        qa="first-name"
        id={idOf('firstName')}
        maxLength={max('firstName')}
      />
      <TextField
        label={t.cases.enrol.lastName}
        value={values.lastName}
        onChange={set('lastName')}
        error={errors.lastName}
        qa="last-name"
        id={idOf('lastName')}
        maxLength={max('lastName')}
      />
      <TextField
        label={t.cases.enrol.email}
        optionalText={t.cases.enrol.optional}
        type="email"
        inputMode="email"
        value={values.email}
        onChange={set('email')}
        error={errors.email}
        id={idOf('email')}
        maxLength={max('email')}
        qa="email"
      />
      <TextField
        label={t.cases.enrol.phone}
        optionalText={t.cases.enrol.optional}
        type="tel"
        inputMode="tel"
        value={values.phone}
        onChange={set('phone')}
        error={errors.phone}
        id={idOf('phone')}
        maxLength={max('phone')}
        qa="phone"
      />
      <TextField
        label={t.cases.enrol.unemployedSince}
        hint={t.cases.enrol.unemployedSinceHint}
        optionalText={t.cases.enrol.optional}
        type="date"
        value={values.unemployedSince}
        onChange={set('unemployedSince')}
        error={errors.unemployedSince}
        id={idOf('unemployedSince')}
        qa="unemployed-since"
      />
      {needsReason && (
        <TextAreaField
          label={t.cases.enrol.overrideReason}
          hint={t.cases.enrol.overrideHint}
          value={values.overrideReason}
          onChange={set('overrideReason')}
          error={errors.overrideReason}
          qa="override-reason"
          id={idOf('overrideReason')}
          maxLength={max('overrideReason')}
        />
      )}
    </>
  )
}
