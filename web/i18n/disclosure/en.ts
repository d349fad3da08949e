import type { disclosureFi } from './fi'

/** English texts for figures hidden by disclosure control. */
export const disclosureEn: typeof disclosureFi = {
  cell: {
    primary: (threshold) => `fewer than ${threshold}`,
    secondary: () => 'hidden',
    derived: () => 'hidden',
  },
  explanation: {
    primary: (threshold) =>
      `Fewer than ${threshold} people. The exact number is hidden to protect privacy.`,
    secondary: () =>
      'Hidden to protect privacy, so that a small number cannot be worked out from the others.',
    derived: () => 'Hidden to protect privacy, because the number it is calculated from is hidden.',
  },
  tableNote: (threshold) =>
    `Numbers below ${threshold} people, and numbers they could be worked out from, are hidden to protect privacy.`,
}
