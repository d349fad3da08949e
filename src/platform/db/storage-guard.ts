import fs from 'node:fs'

/**
 * The embedded database cannot survive running out of disk: PostgreSQL inside PGlite stops at a
 * failed WAL write and takes the process with it. So writes are refused while the data folder's
 * file system has less than a margin free — with 507 and nothing written — long before the
 * database itself would fail; reads go on. PostgreSQL proper answers "disk full" (53100) itself,
 * which maps to the same 507 (problems.ts).
 */
export interface StorageGuard {
  /** True when a write may go ahead now. */
  roomToWrite(): boolean
}

export function storageGuard(dir: string, minFreeBytes: number, cacheMs = 1000): StorageGuard {
  let checkedAt = 0
  let room = true
  return {
    roomToWrite() {
      const now = Date.now()
      if (now - checkedAt < cacheMs) return room
      checkedAt = now
      try {
        const s = fs.statfsSync(dir)
        room = s.bavail * s.bsize >= minFreeBytes
      } catch {
        // A folder we cannot examine is no reason to refuse; the database will say if it fails.
        room = true
      }
      return room
    },
  }
}
