import type { Ref } from 'react'
import { Field } from './Field'

interface Option {
  value: string
  label: string
}

interface Props {
  label: string
  placeholder: string
  options: Option[]
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  qa: string
  selectRef?: Ref<HTMLSelectElement>
  id?: string | undefined
}

/**
 * A native select in the design system's look. suomifi's SingleSelect and Dropdown fail axe
 * (invalid ARIA, unnamed listbox); the browser's own select is accessible as it is.
 */
export function NativeSelect(props: Props) {
  const { placeholder, options, value, onChange, selectRef, qa } = props
  return (
    <Field label={props.label} hint={props.hint} error={props.error} qa={qa} id={props.id}>
      {(control) => (
        <select
          {...control}
          ref={selectRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-qa={qa}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
