import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type TestDatabase } from '../testing/database'
import { deliverDueMail, pendingMailCount, queueNotification } from './outbox'
import { smtpTransport } from './smtp'

interface Received {
  to: string
  subject: string
  text: string
}

let database: TestDatabase
let server: SMTPServer
let port: number
const inbox: Received[] = []

beforeAll(async () => {
  database = await freshDatabase()
  // A real SMTP peer on loopback: what arrives is parsed as a mail client would.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text
          inbox.push({ to: to ?? '', subject: mail.subject ?? '', text: mail.text ?? '' })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.server.address() as { port: number }).port
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await database.close()
})

describe('mail outbox', () => {
  it('delivers queued notifications over SMTP in the recipient language, once', async () => {
    const now = new Date('2026-03-02T08:00:00Z')
    await queueNotification(
      database.db,
      [
        { email: 'nuori@example.invalid', locale: 'sv' },
        { email: null, locale: 'fi' },
      ],
      'newMessage',
      now,
    )
    expect(await pendingMailCount(database.db)).toBe(1)
    const transport = smtpTransport(
      `smtp://127.0.0.1:${port}?tls=off`,
      'Saumaton <no-reply@saumaton.invalid>',
    )
    expect(await deliverDueMail(database.db, transport, now)).toBe(1)
    expect(await deliverDueMail(database.db, transport, now)).toBe(0)
    expect(inbox).toEqual([
      {
        to: 'nuori@example.invalid',
        subject: 'Nytt meddelande i Saumaton',
        text: expect.stringContaining('Logga in') as string,
      },
    ])
    expect(await pendingMailCount(database.db)).toBe(0)
  })

  it('keeps mail that could not be sent and retries it later', async () => {
    const now = new Date('2026-03-02T09:00:00Z')
    await queueNotification(
      database.db,
      [{ email: 'toinen@example.invalid', locale: 'fi' }],
      'newStep',
      now,
    )
    // Nothing listens on port 9 here: the attempt fails and the mail stays queued.
    const closed = smtpTransport('smtp://127.0.0.1:9?tls=off', 'x@saumaton.invalid')
    expect(await deliverDueMail(database.db, closed, now)).toBe(0)
    expect(await pendingMailCount(database.db)).toBe(1)
    // Not due again at once; due after the pause.
    const transport = smtpTransport(`smtp://127.0.0.1:${port}?tls=off`, 'x@saumaton.invalid')
    expect(await deliverDueMail(database.db, transport, now)).toBe(0)
    expect(await deliverDueMail(database.db, transport, new Date(now.getTime() + 5 * 60_000))).toBe(
      1,
    )
    expect(inbox.at(-1)?.subject).toBe('Uusi vaihe suunnitelmassa')
  })
})
