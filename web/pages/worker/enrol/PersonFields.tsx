import { TextAreaField, TextField } from '../../../components/FormFields'
import { useI18n } from '../../../i18n/I18nProvider'

export interface PersonValues {
  firstName: string
  lastName: string
  email: string
  phone: string
  overrideReason: string
}

export type PersonErrors = Partial<Record<'firstName' | 'lastName' | 'overrideReason', string>>

interface Props {
  values: PersonValues
  set: (key: keyof PersonValues) => (value: string) => void
  errors: PersonErrors
  /** A rule failed: the worker records why the young person is enrolled anyway. */
  needsReason: boolean
  fieldRef: (name: 'firstName' | 'lastName' | 'overrideReason') => (el: HTMLElement | null) => void
}

/** The young person's own details, asked once the rules have been checked. */
export function PersonFields({ values, set, errors, needsReason, fieldRef }: Props) {
  const { t } = useI18n()
  return (
    <>
      <TextField
        label={t.cases.enrol.firstName}
        value={values.firstName}
        onChange={set('firstName')}
        error={errors.firstName}
        qa="first-name"
        inputRef={fieldRef('firstName')}
      />
      <TextField
        label={t.cases.enrol.lastName}
        value={values.lastName}
        onChange={set('lastName')}
        error={errors.lastName}
        qa="last-name"
        inputRef={fieldRef('lastName')}
      />
      <TextField
        label={t.cases.enrol.email}
        optionalText={t.cases.enrol.optional}
        type="email"
        inputMode="email"
        value={values.email}
        onChange={set('email')}
        qa="email"
      />
      <TextField
        label={t.cases.enrol.phone}
        optionalText={t.cases.enrol.optional}
        type="tel"
        inputMode="tel"
        value={values.phone}
        onChange={set('phone')}
        qa="phone"
      />
      {needsReason && (
        <TextAreaField
          label={t.cases.enrol.overrideReason}
          hint={t.cases.enrol.overrideHint}
          value={values.overrideReason}
          onChange={set('overrideReason')}
          error={errors.overrideReason}
          qa="override-reason"
          textareaRef={fieldRef('overrideReason')}
        />
      )}
    </>
  )
}
