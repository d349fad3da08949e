import { useEffect, useRef } from 'react'
import { z } from 'zod'
import { fieldProblemsOf } from '../../src/shared/field-issues'
import type { FieldProblem } from '../../src/shared/problem-codes'
import { ApiError, NetworkError } from '../api/client'
import type { Translations } from '../i18n/fi'
import { useI18n } from '../i18n/I18nProvider'

/** A form's errors by field name (the request body's member names). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>

/** The user's-language text of a field problem, from its code and limit. */
export const fieldMessage = (p: FieldProblem, t: Translations): string =>
  t.errors.fields[p.code](p.params ?? {})

/** The user's-language text of a failed request: from its code, never the server's English. */
export function problemText(error: unknown, t: Translations): string {
  if (error instanceof ApiError && error.problem) return t.errors.problems[error.problem.code]
  if (error instanceof NetworkError) return t.common.networkError
  return t.common.errorTitle
}

function byField<F extends string>(
  problems: FieldProblem[],
  t: Translations,
  fields: readonly F[],
  prefix: string,
): FieldErrors<F> {
  const result: FieldErrors<F> = {}
  for (const p of problems) {
    const name = p.field.startsWith(prefix) ? p.field.slice(prefix.length).split('.')[0] : null
    const field = fields.find((f) => f === name)
    // The first problem of a field is the one to fix first.
    if (field && !result[field]) result[field] = fieldMessage(p, t)
  }
  return result
}

/**
 * The form's own check, with the schema the server validates the request with: the same rules
 * and the same codes, so the same words. Blank inputs count as missing.
 */
export function validate<F extends string>(
  schema: z.ZodType,
  values: Record<string, unknown>,
  t: Translations,
  fields: readonly F[],
): FieldErrors<F> {
  const input = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && !v.trim() ? undefined : v]),
  )
  const result = schema.safeParse(input)
  return result.success ? {} : byField(fieldProblemsOf(result.error.issues, input), t, fields, '')
}

/** The failing fields of a request's problem document, in the user's language. */
export function serverFieldErrors<F extends string>(
  error: unknown,
  t: Translations,
  fields: readonly F[],
  prefix = 'body.',
): FieldErrors<F> {
  if (!(error instanceof ApiError)) return {}
  return byField(error.problem?.fields ?? [], t, fields, prefix)
}

/** The longest text a schema accepts, for an input's maxlength. */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  let s: z.ZodType = schema
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType
  const max = (s as { maxLength?: number | null }).maxLength
  return typeof max === 'number' ? max : undefined
}

export interface SummaryEntry {
  /** The id of the field's control. */
  id: string
  label: string
  message: string
}

/**
 * The errors of a submitted form as links to their fields (GOV.UK and suomifi practice): focus
 * moves here when it appears, so a screen-reader user hears at once what to fix.
 */
export function ErrorSummary({ entries, qa }: { entries: SummaryEntry[]; qa: string }) {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus()
  }, [entries])
  if (entries.length === 0) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${qa}-title`}
      className="error-summary"
      data-qa={qa}
    >
      <h2 id={`${qa}-title`} className="error-summary__title">
        {t.errors.summaryTitle}
      </h2>
      <ul className="error-summary__list">
        {entries.map((e) => (
          <li key={e.id}>
            <a
              href={`#${e.id}`}
              onClick={(event) => {
                event.preventDefault()
                document.getElementById(e.id)?.focus()
              }}
            >
              {e.label}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
