import { FinnishSSN } from 'finnish-ssn'

/**
 * Validates a personal identity code, including the century signs in use since 2023, and derives
 * the birth date. Returns null when invalid. The code itself is never logged.
 */
export function parseIdentityCode(code: string): { birthDate: string } | null {
  const normalised = code.trim().toUpperCase()
  if (!/^[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]$/.test(normalised)) return null
  if (!FinnishSSN.validate(normalised)) return null
  const dd = normalised.slice(0, 2)
  const mm = normalised.slice(2, 4)
  const yy = normalised.slice(4, 6)
  const sign = normalised[6]!
  const century = sign === '+' ? '18' : '-YXWVU'.includes(sign) ? '19' : '20'
  return { birthDate: `${century}${yy}-${mm}-${dd}` }
}

export const normaliseIdentityCode = (code: string): string => code.trim().toUpperCase()
