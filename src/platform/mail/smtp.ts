import nodemailer from 'nodemailer'
import type { Db } from '../db/database'
import type { Clock } from '../context'
import { deliverDueMail, type MailTransport } from './outbox'

export function smtpTransport(url: string, from: string): MailTransport {
  const u = new URL(url)
  const transporter = nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port || 25),
    secure: u.protocol === 'smtps:',
    // Plain SMTP to a local relay is allowed only when asked for with ?tls=off.
    ignoreTLS: u.searchParams.get('tls') === 'off',
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
  })
  return {
    send: async (mail) => {
      await transporter.sendMail({ from, ...mail })
    },
  }
}

/** Sends due mail every few seconds until stopped; errors are logged without recipients. */
export function startMailSender(
  db: Db,
  transport: MailTransport,
  clock: Clock,
  log: (msg: string) => void,
  intervalMs = 5000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve()
  const timer = setInterval(() => {
    running = running
      .then(() => deliverDueMail(db, transport, clock()))
      .catch((e: unknown) => log(`mail delivery failed: ${e instanceof Error ? e.name : 'error'}`))
  }, intervalMs)
  return async () => {
    clearInterval(timer)
    await running
  }
}
