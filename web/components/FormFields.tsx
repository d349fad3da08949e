import type { HTMLInputTypeAttribute, Ref } from 'react'
import type { LocalisedName } from '../i18n/format'
import { useI18n } from '../i18n/I18nProvider'
import { languages, type Lang } from '../i18n/languages'
import { Field } from './Field'

interface CommonProps {
  label: string
  value: string
  onChange: (value: string) => void
  qa: string
  hint?: string | undefined
  error?: string | undefined
  optionalText?: string | undefined
  /** A fixed id, for an error summary's link to the field. */
  id?: string | undefined
  /** From the shared schema (maxLengthOf), so the field refuses what the server would. */
  maxLength?: number | undefined
}

interface TextFieldProps extends CommonProps {
  type?: HTMLInputTypeAttribute
  inputRef?: Ref<HTMLInputElement>
  autoComplete?: string
  min?: string
  max?: string
  inputMode?: 'numeric' | 'email' | 'tel' | 'text'
  lang?: string
}

/** A native text input in the design system's look (see Field). */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, qa, hint, error, optionalText, type = 'text' } = props
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      optionalText={optionalText}
      qa={qa}
      id={props.id}
    >
      {(control) => (
        <input
          maxLength={props.maxLength}
          {...control}
          ref={props.inputRef}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
          inputMode={props.inputMode}
          lang={props.lang}
          data-qa={qa}
        />
      )}
    </Field>
  )
}

interface TextAreaProps extends CommonProps {
  rows?: number
  textareaRef?: Ref<HTMLTextAreaElement>
  lang?: string
}

export function TextAreaField(props: TextAreaProps) {
  const { label, value, onChange, qa, hint, error, optionalText, rows = 3 } = props
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      optionalText={optionalText}
      qa={qa}
      id={props.id}
    >
      {(control) => (
        <textarea
          maxLength={props.maxLength}
          {...control}
          ref={props.textareaRef}
          className={`${control.className} field__control--textarea`}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          lang={props.lang}
          data-qa={qa}
        />
      )}
    </Field>
  )
}

interface LocalisedProps {
  legend: string
  value: LocalisedName
  onChange: (value: LocalisedName) => void
  /** Errors by language, e.g. a missing Swedish text. */
  errors?: Partial<Record<Lang, string>>
  qa: string
  multiline?: boolean
}

/**
 * One text in Finnish, Swedish and English: a fieldset whose legend names the text, each field
 * naming its language. The fields carry `lang`, so spell checking and screen readers follow it.
 */
export function LocalisedFields({
  legend,
  value,
  onChange,
  errors,
  qa,
  multiline,
}: LocalisedProps) {
  const { t } = useI18n()
  return (
    <fieldset className="fieldset" data-qa={qa}>
      <legend className="fieldset__legend">{legend}</legend>
      {languages.map((l) => {
        const common = {
          label: `${legend} ${t.catalogue.inLanguage[l]}`,
          value: value[l],
          onChange: (v: string) => onChange({ ...value, [l]: v }),
          error: errors?.[l],
          qa: `${qa}-${l}`,
          lang: l,
        }
        return multiline ? (
          <TextAreaField key={l} {...common} rows={2} />
        ) : (
          <TextField key={l} {...common} />
        )
      })}
    </fieldset>
  )
}

export const emptyLocalised = (): LocalisedName => ({ fi: '', sv: '', en: '' })

/** The languages whose text is blank, mapped to `message`. */
export function missingLanguages(
  value: LocalisedName,
  message: string,
): Partial<Record<Lang, string>> {
  return Object.fromEntries(languages.filter((l) => !value[l].trim()).map((l) => [l, message]))
}
