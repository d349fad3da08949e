import { FinnishSSN } from 'finnish-ssn'
import { z } from 'zod'
import type { FieldCode } from './problem-codes'

const pattern = /^[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]$/

export const normaliseIdentityCode = (code: string): string => code.trim().toUpperCase()

const centuryOf = (sign: string): string =>
  sign === '+' ? '18' : '-YXWVU'.includes(sign) ? '19' : '20'

const birthDateOf = (code: string): string =>
  `${centuryOf(code[6]!)}${code.slice(4, 6)}-${code.slice(2, 4)}-${code.slice(0, 2)}`

/** finnish-ssn's verdict: null when the date does not exist, else whether the check character fits. */
function checksumFits(code: string): boolean | null {
  try {
    return FinnishSSN.parse(code).valid
  } catch {
    return null
  }
}

/**
 * What is wrong with a personal identity code, if anything: its length, its characters, the
 * date it names, or the check character (finnish-ssn, which knows the century signs in use
 * since 2023). Shared by the server and the web app.
 */
export function identityCodeProblem(code: string): FieldCode | null {
  const c = normaliseIdentityCode(code)
  if (c.length !== 11) return 'identity_code_length'
  if (!pattern.test(c)) return 'identity_code_format'
  const fits = checksumFits(c)
  if (fits === null) return 'identity_code_date'
  return fits ? null : 'identity_code_checksum'
}

/** The birth date of a valid code; null when the code is not valid. */
export function parseIdentityCode(code: string): { birthDate: string } | null {
  if (identityCodeProblem(code)) return null
  return { birthDate: birthDateOf(normaliseIdentityCode(code)) }
}

/** A personal identity code in a request body: trimmed, upper case, and valid. */
export const identityCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = identityCodeProblem(value)
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `Not a valid personal identity code (${problem})`,
        params: { code: problem },
      })
    }
  })
  .meta({ description: 'Personal identity code, 11 characters', example: '150504A900S' })
