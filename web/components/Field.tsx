import { useId } from 'react'
import type { ReactNode } from 'react'

export interface ControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
  className: string
}

interface Props {
  label: string
  optionalText?: string | undefined
  hint?: string | undefined
  error?: string | undefined
  qa: string
  /** A fixed id, for an error summary's link to the field. */
  id?: string | undefined
  children: (control: ControlProps) => ReactNode
}

/**
 * Label, hint and error around a native control, in suomifi's look: the hint and the error are
 * tied to the control with aria-describedby, so a screen reader reads them with the field.
 */
export function Field({ label, optionalText, hint, error, qa, children, ...props }: Props) {
  const generated = useId()
  const id = props.id ?? generated
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
        {optionalText && <span className="field__optional"> {optionalText}</span>}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {children({
        id,
        className: error ? 'field__control field__control--error' : 'field__control',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <span id={errorId} className="field__error" data-qa={`${qa}-error`}>
          {error}
        </span>
      )}
    </div>
  )
}
