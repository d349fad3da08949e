const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY'

/** The century signs in use since 2023 (the first of each list is the traditional one). */
const CENTURY_SIGNS: Record<number, string[]> = {
  1800: ['+'],
  1900: ['-', 'Y', 'X', 'W', 'V', 'U'],
  2000: ['A', 'B', 'C', 'D', 'E', 'F'],
}

/**
 * A valid-format but fictitious personal identity code: the individual number is taken from the
 * 900–999 series, which is never given to real people by the population register.
 */
export function syntheticIdentityCode(
  birthDate: string,
  serial: number,
  centuryVariant = 0,
): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number]
  const century = Math.floor(y / 100) * 100
  const signs = CENTURY_SIGNS[century]
  if (!signs) throw new Error(`No century sign for ${y}`)
  const sign = signs[centuryVariant % signs.length]!
  const individual = 900 + (serial % 100)
  const digits = `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y % 100).padStart(2, '0')}`
  const check = CHECK_CHARACTERS[Number(`${digits}${individual}`) % 31]!
  return `${digits}${sign}${individual}${check}`
}
