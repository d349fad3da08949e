import type { z } from 'zod'
import { isFieldCode, type FieldCode, type FieldParams, type FieldProblem } from './problem-codes'

/** What a sized value is: zod names it in `origin` of too_small / too_big. */
const sized = (origin: unknown, text: FieldCode, number: FieldCode, list: FieldCode) =>
  origin === 'string' ? text : origin === 'array' || origin === 'set' ? list : number

const limit = (n: unknown): number => (typeof n === 'bigint' ? Number(n) : Number(n))

/**
 * One zod 4 issue as a field code with its parameters. The same mapping serves the server's
 * problem documents and the web app's own validation, so both say the same thing.
 */
export function fieldCodeOf(issue: z.core.$ZodIssue): { code: FieldCode; params?: FieldParams } {
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.input === undefined || issue.input === null ? 'required' : 'invalid_type',
      }
    case 'too_small':
      if (issue.origin === 'string' && limit(issue.minimum) <= 1) return { code: 'required' }
      return {
        code: sized(issue.origin, 'too_short', 'too_small', 'too_few'),
        params: { min: limit(issue.minimum) },
      }
    case 'too_big':
      return {
        code: sized(issue.origin, 'too_long', 'too_big', 'too_many'),
        params: { max: limit(issue.maximum) },
      }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' }
      if (['date', 'datetime', 'time'].includes(issue.format)) return { code: 'invalid_date' }
      return { code: 'invalid_format', params: { format: issue.format } }
    case 'invalid_value':
      return { code: 'invalid_choice' }
    case 'unrecognized_keys':
      return { code: 'unknown_field' }
    case 'custom': {
      const own: unknown = issue.params?.code
      return { code: isFieldCode(own) ? own : 'invalid_value' }
    }
    default:
      return { code: 'invalid_value' }
  }
}

const valueAt = (data: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  )

/**
 * Field problems of a failed parse of `data`; `prefix` is where the value was (`body`, `query`).
 * Whether a value was missing is read from `data` (zod leaves the input out of its issues).
 */
export function fieldProblemsOf(
  issues: z.core.$ZodIssue[],
  data: unknown,
  prefix?: string,
): FieldProblem[] {
  return issues.flatMap((issue) => {
    const base = [...(prefix ? [prefix] : []), ...issue.path.map(String)]
    const input = issue.code === 'invalid_type' ? valueAt(data, issue.path) : undefined
    const { code, params } = fieldCodeOf({ ...issue, input } as z.core.$ZodIssue)
    // An unknown key is a problem of that key, not of the object holding it.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...base, k]) : [base]
    return paths.map((path) => ({
      field: path.join('.'),
      code,
      message: issue.message,
      ...(params ? { params } : {}),
    }))
  })
}
