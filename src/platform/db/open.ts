import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Config } from '../config'
import {
  lockDataFolder,
  openPglite,
  openPostgres,
  pgliteSettings,
  runMigrations,
  type Database,
} from './database'

/** Opens the configured database (PostgreSQL when DATABASE_URL is set) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) {
    const database = await openPostgres(config.DATABASE_URL)
    await runMigrations(database)
    if (!config.REPLICA_DATABASE_URL) return database
    const replica = await openPostgres(config.REPLICA_DATABASE_URL).catch(async (e: unknown) => {
      await database.close()
      throw e
    })
    return {
      ...database,
      replica: replica.db,
      close: async () => {
        await replica.close()
        await database.close()
      },
    }
  }
  if (config.REPLICA_DATABASE_URL) {
    throw new Error(
      'REPLICA_DATABASE_URL needs DATABASE_URL: the embedded database has no replicas.',
    )
  }
  const release = lockDataFolder(config.DATA_DIR)
  try {
    const pgDir = path.join(config.DATA_DIR, 'pg')
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await initialiseInChild(pgDir)
    const database = await openPglite(pgDir)
    await runMigrations(database)
    return {
      ...database,
      close: async () => {
        await database.close()
        release()
      },
    }
  } catch (e) {
    release()
    throw e
  }
}

/**
 * initdb in a child process: its peak memory ends with the child instead of staying in the
 * serving process (pglite-init.ts).
 */
function initialiseInChild(pgDir: string): Promise<void> {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js'
  const script = new URL(`./pglite-init.${ext}`, import.meta.url)
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(script), pgDir, JSON.stringify(pgliteSettings)],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Creating the embedded database in ${pgDir} failed (exit ${code}).`)),
    )
  })
}
