/**
 * Euros in the coordinator's forms, integer cents on the wire: "1500", "1500,50" and "1500.5"
 * are 150000, 150050 and 150050 cents; anything else is not an amount. No floating point.
 */
export function eurosToCents(text: string): number | null | 'invalid' {
  const s = text.trim().replace(/\s/g, '')
  if (s === '') return null
  const m = /^([0-9]{1,9})(?:[.,]([0-9]{1,2}))?$/.exec(s)
  if (!m) return 'invalid'
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** Cents as the form shows them: "1500" or "1500,50" (the language's decimal sign). */
export function centsToEuros(cents: number | null, decimal: string): string {
  if (cents === null) return ''
  const whole = Math.floor(cents / 100)
  const rest = cents % 100
  return rest === 0 ? String(whole) : `${whole}${decimal}${String(rest).padStart(2, '0')}`
}

/** A VAT percentage ("25,5") as basis points (2550); 0–100 % with at most two decimals. */
export function percentToBasisPoints(text: string): number | 'invalid' {
  const cents = eurosToCents(text)
  if (cents === null || cents === 'invalid' || cents > 10000) return 'invalid'
  return cents
}
