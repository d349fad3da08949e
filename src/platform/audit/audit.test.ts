import { count, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consent } from '../../domain/consent/schema'
import { customer } from '../../domain/customers/schema'
import { userAccount } from '../auth/schema'
import { queryRows } from '../db/database'
import { testApp, type Agent, type TestApp } from '../testing/app'
import { sealAll, tamper, testAuditKey, withAudit } from '../testing/audit'
import { expectOk, expectProblem } from '../testing/expect'
import type { CustomerFixture, MemberFixture, OrganisationFixture } from '../testing/fixtures'
import { verifyAuditChain } from './verify'
import { auditEvent } from './schema'

describe('audit trail', () => {
  let t: TestApp
  let te: OrganisationFixture
  let worker: MemberFixture
  let teAgent: Agent
  let people: CustomerFixture[]

  beforeAll(async () => {
    t = await testApp()
    te = await t.fixtures.organisation().save()
    worker = await t.fixtures.worker(te).save()
    people = [
      await t.fixtures.customer().withConsent(te).save(),
      await t.fixtures.customer().withConsent(te).save(),
      await t.fixtures.customer().withConsent(te).save(),
      await t.fixtures.customer().save(),
    ]
    teAgent = await t.signIn(worker)
  })
  afterAll(() => t?.close())

  it('records a list read with every person on the page, and only them', async () => {
    const [res, events] = await withAudit(t.db, () => teAgent.get('/api/v1/customers?pageSize=2'))
    const page = expectOk<{ items: { id: string }[] }>(res)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'customer.list',
      outcome: 'success',
      actorUserId: worker.id,
      actorOrganisationId: te.id,
      actorRole: 'worker',
    })
    expect([...events[0]!.personIds].sort()).toEqual(page.items.map((i) => i.id).sort())
    expect(events[0]!.occurredAt.toISOString()).toBe(t.clock().toISOString())
  })

  it('records every read of one person’s data, naming the person and the record', async () => {
    const [a] = people
    const me = await t.signIn(a!)
    const reads: [Agent, string, string][] = [
      [teAgent, `/api/v1/customers/${a!.id}`, 'customer.read'],
      [me, `/api/v1/customers/${a!.id}`, 'customer.read'],
      [me, `/api/v1/customers/${a!.id}/consents`, 'consent.read'],
      [me, `/api/v1/customers/${a!.id}/consents/${a!.consents[0]!.id}/receipt`, 'consent.read'],
      [me, `/api/v1/customers/${a!.id}/access-log`, 'customer.read_access_log'],
    ]
    for (const [agent, url, action] of reads) {
      const [res, events] = await withAudit(t.db, () => agent.get(url))
      expectOk(res)
      expect(
        events.map((e) => [e.action, e.outcome]),
        url,
      ).toEqual([[action, 'success']])
      expect(events[0]!.personIds, url).toEqual([a!.id])
      expect(events[0]!.recordIds, url).toContain(a!.id)
    }
  })

  it('writes the event in the same transaction: no audit, no read and no change', async () => {
    // Make the database refuse this one kind of audit row, as a full disk or a lost lock would.
    await t.db
      .execute(sql`create function refuse_give_audit() returns trigger language plpgsql as $$
      begin if new.action = 'consent.give' then raise exception 'audit refused'; end if; return new; end $$`)
    await t.db.execute(sql`create trigger refuse_give_audit before insert on audit_event
      for each row execute function refuse_give_audit()`)
    try {
      const young = people[3]!
      const agent = await t.signIn(young)
      const res = await agent.post(`/api/v1/customers/${young.id}/consents`, {
        recipientOrganisationId: te.id,
        purpose: 'joint_customership',
        dataCategories: ['education'],
      })
      expect(res.statusCode).toBe(500)
      expect(res.body).not.toContain(te.id)
      const [rows] = await t.db
        .select({ n: count() })
        .from(consent)
        .where(eq(consent.customerId, young.id))
      expect(rows?.n).toBe(0)
    } finally {
      await t.db.execute(sql`drop trigger refuse_give_audit on audit_event`)
      await t.db.execute(sql`drop function refuse_give_audit()`)
    }
  })

  it('records a refused access with outcome denied', async () => {
    const outsider = await t.fixtures.worker(await t.fixtures.organisation().save()).save()
    const agent = await t.signIn(outsider)
    const target = people[0]!
    const [res, events] = await withAudit(t.db, () => agent.get(`/api/v1/customers/${target.id}`))
    expectProblem(res, 404)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'customer.read',
      outcome: 'denied',
      actorUserId: outsider.id,
      actorOrganisationId: outsider.organisationId,
    })
    expect(events[0]!.recordIds).toContain(target.id)
  })

  it('is append-only: the database refuses DELETE, TRUNCATE and every UPDATE but the first seal', async () => {
    expectOk(await teAgent.get(`/api/v1/customers/${people[0]!.id}`))
    expect((await sealAll(t.db)).sealed).toBeGreaterThan(0)
    expectOk(await teAgent.get(`/api/v1/customers/${people[1]!.id}`))
    const [unsealed] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from audit_event where hash is null`,
    )
    for (const statement of [
      "update audit_event set action = 'nothing.happened'",
      "update audit_event set hash = repeat('0', 64) where hash is not null",
      'update audit_event set chain_position = null, prev_hash = null, hash = null',
      // A seal that changes the row too.
      `update audit_event set action = 'x', chain_position = 999, prev_hash = 'a', hash = 'b'
         where id = '${unsealed!.id}'`,
      `insert into audit_event (occurred_at, actor_role, action, outcome, person_ids, record_ids,
         chain_position, prev_hash, hash)
         values (now(), 'x', 'x', 'success', '{}', '{}', 999, 'a', 'b')`,
      'delete from audit_event',
      'truncate audit_event',
    ]) {
      const error = await t.db.execute(sql.raw(statement)).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error, statement).not.toBeNull()
      expect(String((error as { cause?: unknown }).cause ?? error), statement).toMatch(
        /append-only|written unsealed/,
      )
    }
    expect((await sealAll(t.db)).sealed).toBe(1)
    expect(await verifyAuditChain(t.db, testAuditKey)).toMatchObject({ ok: true, unsealed: 0 })
  })

  it('never holds an identity code or a name', async () => {
    const rows = await queryRows<{ row: string }>(
      t.db,
      sql`select a::text as row from audit_event a`,
    )
    expect(rows.length).toBeGreaterThan(10)
    const everything = rows.map((r) => r.row).join('\n')
    const customers = await t.db.select().from(customer)
    const accounts = await t.db.select().from(userAccount)
    const secrets: [string, string][] = [
      ...customers.flatMap((c): [string, string][] => [
        ['identity code', c.identityCode],
        ['first name', c.firstName],
        ['last name', c.lastName],
      ]),
      ...accounts.flatMap((a): [string, string][] => [
        ['username', a.username],
        ['display name', a.displayName],
      ]),
    ]
    // Reported by kind, so that a failure does not print the values themselves.
    const leaked = secrets.filter(([, value]) => everything.includes(value)).map(([kind]) => kind)
    expect(leaked).toEqual([])
  })

  it('verifies its chain, and finds the first broken row after tampering behind the protection', async () => {
    await sealAll(t.db)
    const intact = await verifyAuditChain(t.db, testAuditKey)
    expect(intact).toMatchObject({ ok: true, unsealed: 0 })
    const total = intact.checked
    expect(total).toBeGreaterThan(6)
    const at = (position: number) => eq(auditEvent.chainPosition, position)

    const removed = total - 2
    await tamper(t.db, (tx) => tx.delete(auditEvent).where(at(removed)))
    expect(await verifyAuditChain(t.db, testAuditKey, { batchSize: 3 })).toMatchObject({
      ok: false,
      checked: removed - 1,
      broken: { position: removed, seq: null, reason: 'a row is missing' },
    })

    const altered = Math.ceil(total / 2)
    await tamper(t.db, (tx) =>
      tx.update(auditEvent).set({ action: 'tampered.action' }).where(at(altered)),
    )
    const [row] = await t.db.select().from(auditEvent).where(at(altered))
    expect(await verifyAuditChain(t.db, testAuditKey, { batchSize: 3 })).toMatchObject({
      ok: false,
      checked: altered - 1,
      broken: {
        position: altered,
        seq: row!.seq,
        reason: 'content altered or sealed with another key',
      },
    })
    // And the protection is on again.
    await expect(t.db.execute(sql`delete from audit_event`)).rejects.toThrow()
  })
})
