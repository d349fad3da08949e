import path from 'node:path'
import type { Config } from '../config'
import { lockDataFolder, openPglite, openPostgres, runMigrations, type Database } from './database'

/** Opens the configured database (PostgreSQL when DATABASE_URL is set) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) {
    const database = await openPostgres(config.DATABASE_URL)
    await runMigrations(database)
    return database
  }
  const release = lockDataFolder(config.DATA_DIR)
  try {
    const database = await openPglite(path.join(config.DATA_DIR, 'pg'))
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
