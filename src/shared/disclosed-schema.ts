import { z } from 'zod'

/** A figure after disclosure control (src/shared/disclosure-control.ts), as the API sends it. */
export const disclosedSchema = z.union([
  z.object({ suppressed: z.literal(false), value: z.number() }),
  z.object({
    suppressed: z.literal(true),
    reason: z.enum(['primary', 'secondary', 'derived']),
  }),
])
