import { z } from 'zod'
import { defineRoleAction, role } from '../access'
import { defineRoute } from '../http/route'
import { latestMail } from './outbox'

const readMailbox = defineRoleAction('dev.mailbox.read', [role('coordinator')])

/**
 * An address as the mailbox shows it: enough to tell whom a mail was for in a demo
 * (`a•••@example.invalid`), not the address itself, which is a young person's contact detail
 * that the coordinator has no basis to read.
 */
export const maskedAddress = (address: string): string => {
  const at = address.lastIndexOf('@')
  return at <= 0 ? '•••' : `${address[0]}•••${address.slice(at)}`
}

/** The dev mailbox: in demo mode without SMTP, the outbox is where mail can be read. */
export const devMailboxRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/dev/mailbox',
    summary: 'Demo only: the newest mail in the outbox (no SMTP server configured)',
    tags: ['dev'],
    action: readMailbox,
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          recipient: z.string(),
          subject: z.string(),
          body: z.string(),
          createdAt: z.string(),
          sentAt: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => ({
      items: (await latestMail(ctx.db)).map((m) => ({
        ...m,
        recipient: maskedAddress(m.recipient),
      })),
    }),
  }),
]
