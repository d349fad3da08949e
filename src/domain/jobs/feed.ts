import fs from 'node:fs/promises'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'
import { postingColumns, postingInputSchema } from './posting-input'
import { jobPosting } from './schema'

/**
 * The job feed (docs/job-feed.md): a JSON document of postings, modelled on the national job
 * market's open data. Each posting is validated on its own: a bad one is reported by its place
 * in the file and skipped, the good ones are imported.
 */
export const feedPostingSchema = postingInputSchema.extend({
  id: z.string().trim().min(1).max(200),
})
export const feedSchema = z.object({
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,59}$/)
    .refine((s) => s !== 'employer', 'reserved for direct submissions'),
  postings: z.array(z.unknown()).max(500_000),
})

export interface FeedProblem {
  /** The posting's index in `postings` (0-based), or null for the document itself. */
  index: number | null
  id: string | null
  problems: { path: string; message: string }[]
}

export interface ImportReport {
  source: string | null
  created: number
  updated: number
  unchanged: number
  rejected: FeedProblem[]
  /** Postings of this source not in the feed any more: closed. */
  closed: number
  /** The postings that are new or changed, whose matches are recomputed. */
  changedIds: string[]
}

const issuesOf = (e: z.ZodError) =>
  e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))

/** Reads the feed from a file path or an http(s) URL. */
export async function readFeed(location: string): Promise<unknown> {
  if (/^https?:\/\//.test(location)) {
    const res = await fetch(location, { signal: AbortSignal.timeout(60_000) })
    if (!res.ok) throw new Error(`job feed answered ${res.status}`)
    return res.json()
  }
  return JSON.parse(await fs.readFile(location, 'utf8')) as unknown
}

/**
 * Imports a feed: idempotent by (source, source id) — a posting seen before is updated in place,
 * never duplicated; one that left the feed is closed. Imported postings are published at once
 * (the source moderated them); a posting already closed or expired here stays so.
 */
export async function importFeed(db: Db, document: unknown, now: Date): Promise<ImportReport> {
  const parsed = feedSchema.safeParse(document)
  if (!parsed.success) {
    return {
      source: null,
      created: 0,
      updated: 0,
      unchanged: 0,
      closed: 0,
      changedIds: [],
      rejected: [{ index: null, id: null, problems: issuesOf(parsed.error) }],
    }
  }
  const { source, postings } = parsed.data
  const report: ImportReport = {
    source,
    created: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    rejected: [],
    changedIds: [],
  }
  const seen: string[] = []
  const valid = postings.flatMap((raw, index) => {
    const p = feedPostingSchema.safeParse(raw)
    if (!p.success) {
      const id = (raw as { id?: unknown } | null)?.id
      report.rejected.push({
        index,
        id: typeof id === 'string' ? id : null,
        problems: issuesOf(p.error),
      })
      return []
    }
    return [p.data]
  })
  const batchSize = 500
  for (let i = 0; i < valid.length; i += batchSize) {
    const batch = valid.slice(i, i + batchSize)
    await db.transaction(async (tx) => {
      const values = batch.map((p) => ({
        ...postingColumns(p),
        source,
        sourceId: p.id,
        state: 'published' as const,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      }))
      // xmax = 0 tells an inserted row from an updated one; an unchanged row is not touched.
      const rows = await tx
        .insert(jobPosting)
        .values(values)
        .onConflictDoUpdate({
          target: [jobPosting.source, jobPosting.sourceId],
          set: {
            title: sql`excluded.title`,
            description: sql`excluded.description`,
            employerName: sql`excluded.employer_name`,
            employerBusinessId: sql`excluded.employer_business_id`,
            municipalityCode: sql`excluded.municipality_code`,
            occupationUri: sql`excluded.occupation_uri`,
            requiredSkillUris: sql`excluded.required_skill_uris`,
            optionalSkillUris: sql`excluded.optional_skill_uris`,
            skillLabels: sql`excluded.skill_labels`,
            languageRequirements: sql`excluded.language_requirements`,
            matchKeys: sql`excluded.match_keys`,
            employmentType: sql`excluded.employment_type`,
            workingTime: sql`excluded.working_time`,
            startsOn: sql`excluded.starts_on`,
            validThrough: sql`excluded.valid_through`,
            applyUrl: sql`excluded.apply_url`,
            applyEmail: sql`excluded.apply_email`,
            applyText: sql`excluded.apply_text`,
            postingLanguages: sql`excluded.posting_languages`,
            updatedAt: sql`excluded.updated_at`,
          },
          setWhere: sql`(job_posting.title, job_posting.description, job_posting.employer_name,
              job_posting.employer_business_id, job_posting.municipality_code, job_posting.occupation_uri,
              job_posting.required_skill_uris, job_posting.optional_skill_uris, job_posting.skill_labels,
              job_posting.language_requirements, job_posting.employment_type, job_posting.working_time,
              job_posting.starts_on, job_posting.valid_through, job_posting.apply_url, job_posting.apply_email,
              job_posting.apply_text, job_posting.posting_languages)
            is distinct from (excluded.title, excluded.description, excluded.employer_name,
              excluded.employer_business_id, excluded.municipality_code, excluded.occupation_uri,
              excluded.required_skill_uris, excluded.optional_skill_uris, excluded.skill_labels,
              excluded.language_requirements, excluded.employment_type, excluded.working_time,
              excluded.starts_on, excluded.valid_through, excluded.apply_url, excluded.apply_email,
              excluded.apply_text, excluded.posting_languages)`,
        })
        .returning({ id: jobPosting.id, inserted: sql<boolean>`(xmax = 0)` })
      for (const r of rows) {
        if (r.inserted) report.created += 1
        else report.updated += 1
        report.changedIds.push(r.id)
      }
      report.unchanged += batch.length - rows.length
    })
    seen.push(...batch.map((p) => p.id))
  }
  // Only a feed that was read whole closes what it no longer lists.
  if (report.rejected.length === 0) {
    const closed = await queryRows<{ id: string }>(
      db,
      sql`update job_posting set state = 'closed', closed_at = ${now.toISOString()}::timestamptz,
            updated_at = ${now.toISOString()}::timestamptz
          where source = ${source} and state = 'published'
            and not (source_id = any(${sql.param(seen)}::text[]))
          returning id::text as id`,
    )
    report.closed = closed.length
    report.changedIds.push(...closed.map((r) => r.id))
  }
  return report
}
