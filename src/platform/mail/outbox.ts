import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm'
import type { Queryable, Db } from '../db/database'
import type { Locale } from '../auth/schema'
import { mailOutbox } from './schema'
import { mailTemplates, type MailTemplate } from './templates'

export interface MailRecipient {
  email: string | null
  locale: Locale
}

/**
 * Queues a notification in the caller's transaction; recipients without an address are skipped.
 * A `link` (an invitation's) goes on a line of its own below the text.
 */
export async function queueNotification(
  db: Queryable,
  recipients: readonly MailRecipient[],
  template: MailTemplate,
  now: Date,
  link?: string,
): Promise<number> {
  const rows = recipients.flatMap((r) => {
    if (!r.email) return []
    const t = mailTemplates[r.locale][template]
    return [
      {
        recipient: r.email,
        subject: t.subject,
        body: link ? `${t.body}\n\n${link}\n` : t.body,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      },
    ]
  })
  if (rows.length > 0) await db.insert(mailOutbox).values(rows)
  return rows.length
}

export interface MailTransport {
  send(mail: { to: string; subject: string; text: string }): Promise<void>
}

/**
 * Delivers due mail. Rows are claimed with SKIP LOCKED, so several app processes can send
 * without sending twice; a failure is retried later with a growing pause.
 */
export async function deliverDueMail(
  db: Db,
  transport: MailTransport,
  now: Date,
  batch = 20,
): Promise<number> {
  let sent = 0
  for (let i = 0; i < batch; i++) {
    const delivered = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(mailOutbox)
        .where(and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, now)))
        .orderBy(asc(mailOutbox.nextAttemptAt))
        .limit(1)
        .for('update', { skipLocked: true })
      if (!row) return null
      try {
        await transport.send({ to: row.recipient, subject: row.subject, text: row.body })
        await tx
          .update(mailOutbox)
          .set({ sentAt: now, attempts: row.attempts + 1, lastError: null, updatedAt: now })
          .where(eq(mailOutbox.id, row.id))
        return true
      } catch (e) {
        const pauseMinutes = Math.min(2 ** row.attempts, 60)
        await tx
          .update(mailOutbox)
          .set({
            attempts: row.attempts + 1,
            lastError: e instanceof Error ? e.message.slice(0, 500) : 'send failed',
            nextAttemptAt: new Date(now.getTime() + pauseMinutes * 60_000),
            updatedAt: now,
          })
          .where(eq(mailOutbox.id, row.id))
        return false
      }
    })
    if (delivered === null) break
    if (delivered) sent += 1
  }
  return sent
}

/** The newest mail, for the dev mailbox page when no SMTP server is configured. */
export async function latestMail(db: Queryable, limit = 50) {
  const rows = await db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit)
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }))
}

export const pendingMailCount = async (db: Queryable): Promise<number> => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
  return row?.n ?? 0
}
