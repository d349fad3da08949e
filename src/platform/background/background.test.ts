import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../db/database'
import { freshDatabase, type TestDatabase } from '../testing/database'
import { startBackground, type Background, type JobDefinition } from './background'

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('timed out')
}

describe('background jobs', () => {
  let t: TestDatabase
  let background: Background
  const seen: string[] = []
  const echo: JobDefinition<{ word: string }> = {
    name: 'test-echo',
    handle: ({ word }) => {
      seen.push(word)
      return Promise.resolve()
    },
  }

  beforeAll(async () => {
    t = await freshDatabase()
    background = await startBackground(t.database, [echo], {
      clock: () => new Date(),
      log: () => undefined,
      pollingIntervalSeconds: 0.5,
      schedule: false,
    })
  })
  afterAll(async () => {
    await background?.stop()
    await t?.close()
  })

  it('runs a job enqueued inside a committed transaction, through that transaction', async () => {
    await t.db.transaction(async (tx) => {
      await queryRows(tx, sql`select 1`)
      await background.send(tx, 'test-echo', { word: 'committed' })
    })
    await until(() => Promise.resolve(seen.includes('committed')))
  })

  it('never runs a job whose transaction rolled back', async () => {
    await t.db
      .transaction(async (tx) => {
        await background.send(tx, 'test-echo', { word: 'rolled back' })
        throw new Error('undo')
      })
      .catch(() => undefined)
    await background.send(t.db, 'test-echo', { word: 'after' })
    await until(() => Promise.resolve(seen.includes('after')))
    expect(seen).not.toContain('rolled back')
  })
})
