import { inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consentActions } from '../domain/consent/actions'
import { customerActions } from '../domain/customers/actions'
import { customer } from '../domain/customers/schema'
import { accessFilter, authorize, permittedActions, type TargetAction } from './access'
import { newContext, type Actor } from './context'
import { NotFound } from './errors'
import type { CustomerId } from './ids'
import { freshDatabase, type TestDatabase } from './testing/database'
import { Fixtures, type CustomerFixture, type MemberFixture } from './testing/fixtures'

const NOW = new Date('2026-03-02T08:00:00.000Z')

/**
 * The three uses of one access definition — the route check (`authorize`), the UI's
 * `permittedActions` and the list filter (`accessFilter`) — must give the same answer for every
 * actor, action and target; and that answer must be the one the rules promise.
 */
describe('access control: one definition, three uses', () => {
  let database: TestDatabase
  let actors: Record<string, Actor>
  let people: Record<string, CustomerFixture>

  beforeAll(async () => {
    database = await freshDatabase()
    const f = new Fixtures(database.db, () => NOW)
    const [x, y, z, w, coordination] = await Promise.all([
      f.organisation().save(),
      f.organisation('social_insurance').save(),
      f.organisation('municipality').save(),
      f.organisation('municipality').save(),
      f.organisation('coordinator').save(),
    ])
    const workers: Record<string, MemberFixture> = {
      'worker of X (consent given)': await f.worker(x).save(),
      'worker of Y (consent withdrawn)': await f.worker(y).save(),
      'worker of Z (consent expired)': await f.worker(z).save(),
      'worker of W (no consent)': await f.worker(w).save(),
      coordinator: await f.coordinator(coordination).save(),
    }
    people = {
      A: await f
        .customer()
        .withConsent(x)
        .withConsent(y, undefined, { state: 'withdrawn' })
        .withConsent(z, undefined, { state: 'expired' })
        .save(),
      B: await f
        .customer()
        .withConsent(x)
        .withConsent(w, ['health'], { state: 'withdrawn' })
        .save(),
      C: await f.customer().save(),
    }
    actors = {
      'young person A': people.A!.actor,
      ...Object.fromEntries(Object.entries(workers).map(([k, v]) => [k, v.actor])),
      'system actor without roles': { kind: 'system', name: 'test', roles: [] },
    }
  })
  afterAll(() => database?.close())

  async function threeUses(actor: Actor, action: TargetAction, now = NOW) {
    const ctx = newContext(database.db, actor, 'test', now)
    const ids = Object.values(people).map((p) => p.id)
    const byCheck = new Set<CustomerId>()
    for (const id of ids) {
      try {
        await authorize(ctx, action, id)
        byCheck.add(id)
      } catch (e) {
        // Where existence is private, a refusal must not tell "exists" from "does not".
        if (action.hideExistence) expect(e).toBeInstanceOf(NotFound)
      }
    }
    const permitted = await permittedActions(ctx, [action], ids)
    const byPermitted = new Set(ids.filter((id) => permitted.get(id)?.includes(action.name)))
    const rows = await database.db
      .select({ id: customer.id })
      .from(customer)
      .where(accessFilter(ctx, action, customer.id))
    const byFilter = new Set(rows.map((r) => r.id as CustomerId).filter((id) => ids.includes(id)))
    const names = (s: Set<CustomerId>) =>
      Object.entries(people)
        .filter(([, p]) => s.has(p.id))
        .map(([n]) => n)
    return { check: names(byCheck), permitted: names(byPermitted), filter: names(byFilter) }
  }

  // Who may do what to which of A, B and C: the rules' promise, written out.
  const expected: Record<string, Record<string, string[]>> = {
    'young person A': {
      'customer.read': ['A'],
      'customer.read_access_log': ['A'],
      'consent.read': ['A'],
      'consent.give': ['A'],
      'consent.withdraw': ['A'],
    },
    'worker of X (consent given)': { 'customer.read': ['A', 'B'] },
    'worker of Y (consent withdrawn)': {},
    'worker of Z (consent expired)': {},
    'worker of W (no consent)': {},
    coordinator: {},
    'system actor without roles': {},
  }
  const actions: TargetAction[] = [
    customerActions.read,
    customerActions.readAccessLog,
    consentActions.read,
    consentActions.give,
    consentActions.withdraw,
  ]

  for (const [actorName, allowed] of Object.entries(expected)) {
    it(`agrees for ${actorName}`, async () => {
      for (const action of actions) {
        const result = await threeUses(actors[actorName]!, action)
        const want = allowed[action.name] ?? []
        expect(result, action.name).toEqual({ check: want, permitted: want, filter: want })
      }
    })
  }

  it('lets a consent lapse at its end, in all three uses at once', async () => {
    const f = new Fixtures(database.db, () => NOW)
    const org = await f.organisation().save()
    const worker = await f.worker(org).save()
    const end = new Date(NOW.getTime() + 60 * 60_000)
    const d = await f.customer().withConsent(org, undefined, { validUntil: end }).save()
    people.D = d
    const before = await threeUses(worker.actor, customerActions.read, NOW)
    expect(before).toEqual({ check: ['D'], permitted: ['D'], filter: ['D'] })
    const after = await threeUses(worker.actor, customerActions.read, end)
    expect(after).toEqual({ check: [], permitted: [], filter: [] })
    delete people.D
  })

  it('answers an anonymous actor with "sign in", not with a decision', async () => {
    const ctx = newContext(database.db, { kind: 'anonymous' }, 'test', NOW)
    await expect(authorize(ctx, customerActions.read, people.A!.id)).rejects.toMatchObject({
      status: 401,
    })
    const rows = await database.db
      .select({ id: customer.id })
      .from(customer)
      .where(inArray(customer.id, [people.A!.id]))
    expect(rows).toHaveLength(1)
    const filtered = await database.db
      .select({ id: customer.id })
      .from(customer)
      .where(accessFilter(ctx, customerActions.read, customer.id))
    expect(filtered).toEqual([])
  })
})
