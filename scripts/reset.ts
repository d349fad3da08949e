import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { sql } from 'drizzle-orm'
import { loadDemoData } from '../src/demo/demo-data'
import { loadConfig, type Config } from '../src/platform/config'
import { lockDataFolder, openPostgres } from '../src/platform/db/database'
import { openConfiguredDatabase } from '../src/platform/db/open'

export interface ResetResult {
  kind: 'pglite' | 'postgres'
  demo: boolean
}

/**
 * Wipes the configured database and migrates it anew; with DEMO=true loads the demo network.
 * PGlite: the data folder is removed (under its lock, so never under a running app).
 * PostgreSQL: the `public` and `drizzle` schemas are dropped and re-created.
 */
export async function resetDatabase(config: Config): Promise<ResetResult> {
  let kind: ResetResult['kind']
  let release = (): void => {}
  if (config.DATABASE_URL) {
    kind = 'postgres'
    const database = await openPostgres(config.DATABASE_URL, 1)
    try {
      await database.db.execute(sql`drop schema if exists drizzle cascade`)
      await database.db.execute(sql`drop schema if exists public cascade`)
      await database.db.execute(sql`create schema public`)
    } finally {
      await database.close()
    }
  } else {
    kind = 'pglite'
    release = lockDataFolder(config.DATA_DIR)
    fs.rmSync(path.join(config.DATA_DIR, 'pg'), { recursive: true, force: true })
  }
  try {
    // Opening migrates; on PGlite it takes over this process's own lock.
    const database = await openConfiguredDatabase(config)
    try {
      if (config.DEMO) await loadDemoData(database.db)
    } finally {
      await database.close()
    }
  } finally {
    release()
  }
  return { kind, demo: config.DEMO }
}

/** `npm run db:reset -- --yes`: refuses without `--yes`; returns the exit code. */
export async function runReset(
  argv: readonly string[],
  config: Config,
  log: (line: string) => void = console.log,
): Promise<number> {
  const where = config.DATABASE_URL
    ? 'the PostgreSQL database in DATABASE_URL'
    : `the embedded database in ${config.DATA_DIR}`
  if (!argv.includes('--yes')) {
    log(`Not resetting: this deletes every record in ${where}.`)
    log('To go ahead, run: npm run db:reset -- --yes')
    return 1
  }
  const result = await resetDatabase(config)
  log(`Reset ${where}: migrated${result.demo ? ', demo data loaded' : ', empty'}.`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runReset(process.argv.slice(2), loadConfig()).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`Reset failed: ${e instanceof Error ? e.message : String(e)}`)
      process.exit(2)
    },
  )
}
