import { z } from 'zod'
import type { LocalisedText } from './db/columns'

export const localisedTextSchema = z
  .object({ fi: z.string(), sv: z.string(), en: z.string() })
  .meta({ id: 'LocalisedText' })

export function localised(row: { nameFi: string; nameSv: string; nameEn: string }): LocalisedText {
  return { fi: row.nameFi, sv: row.nameSv, en: row.nameEn }
}
