import { z } from 'zod'
import { locales } from './enums'

/** The invitation link's token: what follows `#` in the e-mailed link. */
export const invitationToken = z.string().min(20).max(200)

/** Setting a password from an invitation; the server and the set-password form share these rules. */
export const acceptInvitationBody = z.object({
  token: invitationToken,
  password: z.string().min(12).max(200),
  locale: z.enum(locales).optional(),
})
