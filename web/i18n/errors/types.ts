import type { FieldCode, FieldParams, ProblemCode } from '../../../src/shared/problem-codes'

/**
 * Text for every problem and field code the API can answer with: a code without a text in
 * some language fails the type check.
 */
export interface ErrorTexts {
  problems: Record<ProblemCode, string>
  fields: Record<FieldCode, (params: FieldParams) => string>
  summaryTitle: string
}
