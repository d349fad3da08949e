import { and, asc, isNull, lte, eq } from 'drizzle-orm'
import type { Clock } from '../../platform/context'
import type { Db } from '../../platform/db/database'
import { queueNotification } from '../../platform/mail/outbox'
import { customerContact } from '../customers/contact'
import { surveyInvitation } from './schema'
import { newSurveyToken, sha256, surveyLink } from './survey'

export interface SurveyReminderSettings {
  linkBase: string
  reminderDays: number
}

/**
 * Sends the one reminder of every invitation older than `reminderDays` and not yet reminded, and
 * deletes the invitations that ran out (nobody answers them any more; they name a person). The
 * first token was never stored, so the reminder carries a second one; either opens the survey.
 * Rows are claimed with SKIP LOCKED, so several app processes may run it at once.
 */
export async function runSurveyReminders(
  db: Db,
  now: Date,
  settings: SurveyReminderSettings,
  batch = 100,
): Promise<{ reminded: number; expired: number }> {
  const due = new Date(now.getTime() - settings.reminderDays * 86_400_000)
  let reminded = 0
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(surveyInvitation)
        .where(and(isNull(surveyInvitation.remindedAt), lte(surveyInvitation.createdAt, due)))
        .orderBy(asc(surveyInvitation.createdAt))
        .limit(1)
        .for('update', { skipLocked: true })
      if (!row) return false
      const token = newSurveyToken()
      await tx
        .update(surveyInvitation)
        .set({ remindedAt: now, reminderTokenHash: sha256(token), updatedAt: now })
        .where(eq(surveyInvitation.id, row.id))
      if (row.expiresAt > now) {
        const person = await customerContact(tx, row.customerId)
        if (person?.email) {
          await queueNotification(
            tx,
            [{ email: person.email, locale: row.locale }],
            'surveyReminder',
            now,
            surveyLink(settings.linkBase, token),
          )
        }
      }
      return true
    })
    if (!done) break
    reminded += 1
  }
  const expired = await db
    .delete(surveyInvitation)
    .where(lte(surveyInvitation.expiresAt, now))
    .returning({ id: surveyInvitation.id })
  return { reminded, expired: expired.length }
}

/**
 * Runs the reminders every `intervalMs` until stopped, like the consent expiry check. This is
 * the seam a job queue replaces: schedule `runSurveyReminders` as a periodic job instead.
 */
export function startSurveyReminders(
  db: Db,
  clock: Clock,
  settings: SurveyReminderSettings,
  log: (msg: string) => void,
  intervalMs = 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve()
  const pass = () => {
    running = running
      .then(() => runSurveyReminders(db, clock(), settings))
      .catch((e: unknown) =>
        log(`survey reminders failed: ${e instanceof Error ? e.name : 'error'}`),
      )
  }
  pass()
  const timer = setInterval(pass, intervalMs)
  return async () => {
    clearInterval(timer)
    await running
  }
}
