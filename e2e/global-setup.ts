import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { loadDemoData } from '../src/demo/demo-data'
import { testConfig } from '../src/platform/config'
import { openPglite, runMigrations } from '../src/platform/db/database'
import { buildApp } from '../src/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web')

/**
 * One real app (API + built web app) on an in-memory database with the demo network, for the
 * whole browser-test run. Tests stay independent of order by each using their own demo users.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`The web app is not built (${webDist}): run npm run build:web`)
  }
  const database = await openPglite(undefined)
  try {
    await runMigrations(database)
    await loadDemoData(database.db)
    // Demo mode, as under `npm start`: the dev mailbox shows the notices the journeys send.
    const app = await buildApp({ config: testConfig({ DEMO: true }), db: database.db, webDist })
    const url = await app.listen({ port: 0, host: '127.0.0.1' })
    project.provide('baseUrl', url)
    return async () => {
      await app.close()
      await database.close()
    }
  } catch (e) {
    await database.close()
    throw e
  }
}
