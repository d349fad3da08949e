import { sql } from 'drizzle-orm'
import { queryRows, type Queryable } from '../platform/db/database'
import type { Prepared } from './http'

/**
 * Rendered pages kept per process (docs/public-website.md, "Page cache"). A page is kept under
 * its URL together with the site's content version — the sum of the per-table counters that
 * every change to a table the site shows raises, in the change's own transaction (the
 * migration's `site_content_changed` trigger). One small read per request tells whether a kept
 * page still holds: any committed change anywhere, by any app process, changes the sum. Pages
 * also change with time alone (a scheduled story's hour comes, a job's deadline passes), so a
 * kept page is used for `ttlMs` at most.
 */
export const PAGE_CACHE_TTL_MS = 30_000
const MAX_BYTES = 64 * 1024 * 1024

/** The site's content version: one read of a table of a few dozen rows. */
export async function siteContentVersion(db: Queryable): Promise<string> {
  const [row] = await queryRows<{ v: string }>(
    db,
    sql`select coalesce(sum(version), 0)::text as v from site_content_version`,
  )
  return row?.v ?? '0'
}

interface Entry {
  version: string
  storedAt: number
  page: Prepared
  bytes: number
}

/** A least-recently-used map of rendered pages, bounded by their total size. */
export class PageCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  constructor(
    private readonly ttlMs = PAGE_CACHE_TTL_MS,
    private readonly maxBytes = MAX_BYTES,
  ) {}

  get(key: string, version: string, now: Date): Prepared | null {
    const e = this.entries.get(key)
    if (!e) return null
    if (
      e.version !== version ||
      now.getTime() - e.storedAt >= this.ttlMs ||
      now.getTime() < e.storedAt
    ) {
      this.drop(key, e)
      return null
    }
    // Most recently used last.
    this.entries.delete(key)
    this.entries.set(key, e)
    return e.page
  }

  set(key: string, version: string, now: Date, page: Prepared): void {
    const old = this.entries.get(key)
    if (old) this.drop(key, old)
    // Room for the compressed forms too, which are made on first use.
    const bytes = page.raw.length * 2 + key.length
    if (bytes > this.maxBytes / 16) return
    this.entries.set(key, { version, storedAt: now.getTime(), page, bytes })
    this.bytes += bytes
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.drop(k, e)
    }
  }

  get size(): number {
    return this.entries.size
  }

  private drop(key: string, e: Entry) {
    this.entries.delete(key)
    this.bytes -= e.bytes
  }
}
