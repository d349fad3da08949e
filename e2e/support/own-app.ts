import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { loadDemoData } from '../../src/demo/demo-data'
import { testConfig, type Config } from '../../src/platform/config'
import type { Db } from '../../src/platform/db/database'
import { openPglite, runMigrations } from '../../src/platform/db/database'
import { buildApp } from '../../src/server'
import { backgroundJobs } from '../../src/background'
import { startBackground } from '../../src/platform/background/background'

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web')

/** A port free right now on the loopback address (for a peer that must know it in advance). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface OwnApp {
  url: string
  db: Db
  close(): Promise<void>
}

/**
 * An app of the test's own, with the demo network on a fresh database, for a configuration the
 * shared one has not got (an identification service, or invitations instead of one).
 */
export async function startOwnApp(
  port: number,
  config: Partial<Config>,
  options: { background?: boolean } = {},
): Promise<OwnApp> {
  const database = await openPglite(undefined)
  await runMigrations(database)
  await loadDemoData(database.db)
  const url = `http://127.0.0.1:${port}`
  const appConfig = testConfig({ PUBLIC_URL: url, PORT: port, ...config })
  // Every module's background jobs (long exports), polling twice a second, no schedules.
  const background = options.background
    ? await startBackground(
        database,
        backgroundJobs(appConfig, () => undefined),
        {
          clock: () => new Date(),
          log: () => undefined,
          pollingIntervalSeconds: 0.5,
          schedule: false,
        },
      )
    : null
  const app = await buildApp({
    config: appConfig,
    db: database.db,
    webDist,
    ...(background ? { queue: background } : {}),
  })
  await app.listen({ port, host: '127.0.0.1' })
  return {
    url,
    db: database.db,
    close: async () => {
      await app.close()
      await background?.stop()
      await database.close()
    },
  }
}

/** A fresh browser context on the own app. */
export async function ownSession(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1280, height: 900 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
  return { context, page }
}
