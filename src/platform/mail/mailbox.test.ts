import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type TestApp } from '../testing/app'
import { expectOk, expectProblem } from '../testing/expect'
import { queueNotification } from './outbox'

describe('the dev mailbox', () => {
  let t: TestApp

  beforeAll(async () => {
    // The mailbox exists only in demo mode without an SMTP server.
    t = await testApp({ config: { DEMO: true } })
  })
  afterAll(() => t?.close())

  it("shows the coordinator that mail went out, not the young person's address", async () => {
    const org = await t.fixtures.organisation().save()
    const coordinator = await t.signIn(await t.fixtures.coordinator(org).save())
    const address = 'nuori.henkilo@example.invalid'
    await queueNotification(t.db, [{ email: address, locale: 'fi' }], 'newMessage', t.clock())
    const res = await coordinator.get('/api/v1/dev/mailbox')
    const { items } = expectOk<{ items: { recipient: string; subject: string }[] }>(res)
    expect(items).toHaveLength(1)
    expect(items[0]!.subject).toBe('Uusi viesti Saumattomassa')
    expect(items[0]!.recipient).toBe('n•••@example.invalid')
    expect(res.body).not.toContain('nuori.henkilo')
    // A worker does not read the mailbox at all.
    const worker = await t.signIn(await t.fixtures.worker(org).save())
    expectProblem(await worker.get('/api/v1/dev/mailbox'), 403)
  })
})
