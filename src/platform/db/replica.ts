import { sql } from 'drizzle-orm'
import { queryRows, type Db } from './database'

/**
 * Reports read from a streaming replica when one is configured (REPLICA_DATABASE_URL), so that
 * heavy reads do not load the primary. A user who has just written reads from the primary until
 * the replica has replayed their write: every successful write leaves the primary's WAL position
 * in a cookie, and a replica read first asks the replica whether it has replayed that far.
 * Nothing depends on the cookie for access: a forged one only sends reads to the primary.
 */
export const READ_YOUR_WRITES_COOKIE = 'saumaton_written'
const lsnPattern = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/

export interface Replica {
  db: Db
  /** True when the replica has replayed the primary's WAL up to `position` (and is reachable). */
  hasReplayed(position: string | undefined): Promise<boolean>
}

export function replicaOf(db: Db): Replica {
  return {
    db,
    async hasReplayed(position) {
      try {
        if (position === undefined || !lsnPattern.test(position)) {
          // No write of this user to wait for; the replica still has to be reachable.
          await queryRows(db, sql`select 1`)
          return true
        }
        const [row] = await queryRows<{ caught_up: boolean | null }>(
          db,
          sql`select pg_last_wal_replay_lsn() >= ${position}::pg_lsn as caught_up`,
        )
        return row?.caught_up === true
      } catch {
        // An unreachable replica sends the read to the primary rather than failing it.
        return false
      }
    },
  }
}

/** The primary's current WAL position: where a write that just committed ends at the latest. */
export async function primaryPosition(db: Db): Promise<string> {
  const [row] = await queryRows<{ lsn: string }>(db, sql`select pg_current_wal_lsn()::text as lsn`)
  return row?.lsn ?? '0/0'
}
