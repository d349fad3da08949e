import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { syntheticIdentityCode } from '../demo/identity-codes'
import { fieldProblemsOf } from './field-issues'
import { identityCodeProblem } from './identity-code'

const codesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value)
  return r.success
    ? []
    : fieldProblemsOf(r.error.issues, value, 'body').map(({ message: _, ...f }) => f)
}

describe('field codes from zod issues', () => {
  const schema = z
    .object({
      name: z.string().trim().min(1).max(5),
      code: z.string().min(3).optional(),
      count: z.number().int().max(10).optional(),
      tags: z.array(z.string()).max(1).optional(),
      email: z.email().optional(),
      kind: z.enum(['a', 'b']).optional(),
    })
    .strict()

  it('names the limit of a value that is too long, too big or has too many items', () => {
    expect(codesOf(schema, { name: 'abcdef', count: 11, tags: ['x', 'y'] })).toEqual([
      { field: 'body.name', code: 'too_long', params: { max: 5 } },
      { field: 'body.count', code: 'too_big', params: { max: 10 } },
      { field: 'body.tags', code: 'too_many', params: { max: 1 } },
    ])
  })

  it('tells a missing or blank value from one of the wrong type or format', () => {
    expect(codesOf(schema, { code: 'ab' })).toEqual([
      { field: 'body.name', code: 'required' },
      { field: 'body.code', code: 'too_short', params: { min: 3 } },
    ])
    expect(codesOf(schema, { name: ' ' })).toEqual([{ field: 'body.name', code: 'required' }])
    expect(codesOf(schema, { name: 5, email: 'x', kind: 'c' })).toEqual([
      { field: 'body.name', code: 'invalid_type' },
      { field: 'body.email', code: 'invalid_email' },
      { field: 'body.kind', code: 'invalid_choice' },
    ])
  })

  it('names each unknown field', () => {
    expect(codesOf(schema, { name: 'a', isAdmin: true })).toEqual([
      { field: 'body.isAdmin', code: 'unknown_field' },
    ])
  })
})

describe('identity code problems', () => {
  const valid = syntheticIdentityCode('2006-01-01', 1)
  const otherCheck = (code: string) => `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}`

  it('accepts a valid code, in any case and with spaces around it', () => {
    expect(identityCodeProblem(valid)).toBeNull()
    expect(identityCodeProblem(` ${valid.toLowerCase()} `)).toBeNull()
  })

  it('tells the length, the characters, the date and the check character apart', () => {
    expect(identityCodeProblem(valid.slice(0, 10))).toBe('identity_code_length')
    expect(identityCodeProblem(`${valid.slice(0, 6)}Q${valid.slice(7)}`)).toBe(
      'identity_code_format',
    )
    expect(identityCodeProblem(`3102${valid.slice(4)}`)).toBe('identity_code_date')
    expect(identityCodeProblem(otherCheck(valid))).toBe('identity_code_checksum')
  })
})
