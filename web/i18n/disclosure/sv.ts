import type { disclosureFi } from './fi'

/** Swedish texts for figures hidden by disclosure control. */
export const disclosureSv: typeof disclosureFi = {
  cell: {
    primary: (threshold) => `färre än ${threshold}`,
    secondary: () => 'dold',
    derived: () => 'dold',
  },
  explanation: {
    primary: (threshold) =>
      `Färre än ${threshold} personer. Det exakta talet är dolt för att skydda integriteten.`,
    secondary: () =>
      'Dold för att skydda integriteten, så att ett litet tal inte kan räknas ut ur de andra.',
    derived: () => 'Dold för att skydda integriteten, eftersom talet den räknas från är dolt.',
  },
  tableNote: (threshold) =>
    `Tal under ${threshold} personer och tal som de kunde räknas ut ur är dolda för att skydda integriteten.`,
}
