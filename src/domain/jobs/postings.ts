import { and, eq, sql } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'
import { NotFound } from '../../platform/errors'
import { cursorPageFrom, decodePosition, encodePosition } from '../../platform/http/paging'
import { cefrLevels, type CefrLevel } from '../../shared/enums'
import { jobPosting } from './schema'

export type JobPostingRow = typeof jobPosting.$inferSelect

/** A posting is open while published and its application deadline is ahead. */
export const isOpen = (now: Date) =>
  sql`${jobPosting.state} = 'published' and ${jobPosting.validThrough} > ${now.toISOString()}::timestamptz`

/** What anyone may see of a posting (no moderation details, no employer contact address). */
export function presentPosting(row: JobPostingRow) {
  return {
    id: row.id,
    state: row.state,
    title: row.title,
    description: row.description,
    employer: { name: row.employerName, businessId: row.employerBusinessId },
    municipalityCode: row.municipalityCode,
    occupationUri: row.occupationUri,
    requiredSkills: row.requiredSkillUris.map((uri) => ({ uri, label: skillLabel(row, uri) })),
    optionalSkills: row.optionalSkillUris.map((uri) => ({ uri, label: skillLabel(row, uri) })),
    languageRequirements: row.languageRequirements.map(parseRequirement),
    employmentType: row.employmentType,
    workingTime: row.workingTime,
    startsOn: row.startsOn,
    validThrough: row.validThrough.toISOString(),
    apply: { url: row.applyUrl, email: row.applyEmail, text: row.applyText },
    postingLanguages: row.postingLanguages,
    source: row.source,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  }
}
export type PresentedPosting = ReturnType<typeof presentPosting>

export function parseRequirement(key: string): { language: string; minimumLevel: CefrLevel } {
  const [language = '', level = 'A1'] = key.split(':')
  return { language, minimumLevel: level as CefrLevel }
}

/**
 * A skill's name for people: the label the source gave in that language, else in another,
 * else the last part of its URI in words (`hygiene-passport` → `hygiene passport`).
 */
export function skillLabel(row: Pick<JobPostingRow, 'skillLabels'>, uri: string) {
  const given = row.skillLabels[uri] ?? {}
  const fallback =
    decodeURIComponent(uri.split('/').filter(Boolean).at(-1) ?? uri).replace(/[-_]+/g, ' ') || uri
  const any = given.fi ?? given.en ?? given.sv ?? fallback
  return { fi: given.fi ?? any, sv: given.sv ?? any, en: given.en ?? any }
}

/** Levels from A1 up to `level`: a B1 speaker meets an A2 requirement. */
export const levelsUpTo = (level: CefrLevel): CefrLevel[] =>
  cefrLevels.slice(0, cefrLevels.indexOf(level) + 1)

export async function postingById(db: Queryable, id: string): Promise<JobPostingRow> {
  const [row] = await db.select().from(jobPosting).where(eq(jobPosting.id, id))
  if (!row) throw new NotFound('job_not_found', 'No such job posting.')
  return row
}

/** An open posting, for anyone; a closed, expired or unmoderated one is not found. */
export async function openPostingById(db: Queryable, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(jobPosting)
    .where(and(eq(jobPosting.id, id), isOpen(now)))
  if (!row) throw new NotFound('job_not_found', 'No such open job posting.')
  return presentPosting(row)
}

export interface OpenJobsQuery {
  after?: string | undefined
  limit: number
  municipalityCode?: string | undefined
}

/** Open jobs, newest first, in keyset pages (docs/paging.md). */
export async function listOpenJobs(db: Queryable, now: Date, q: OpenJobsQuery) {
  const after = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select()
    .from(jobPosting)
    .where(
      and(
        isOpen(now),
        q.municipalityCode ? eq(jobPosting.municipalityCode, q.municipalityCode) : undefined,
        after
          ? sql`(${jobPosting.publishedAt}, ${jobPosting.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${jobPosting.publishedAt} desc, ${jobPosting.id} desc`)
    .limit(q.limit + 1)
  return cursorPageFrom(
    rows,
    q.limit,
    (shown) => shown.map(presentPosting),
    (r) => encodePosition({ at: r.publishedAt ?? r.createdAt, id: r.id }),
  )
}

/**
 * Postings whose application deadline passed are marked expired (the open queries leave them out
 * from the deadline on anyway); returns the ids, whose matches are recomputed.
 */
export async function expirePostings(db: Queryable, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update job_posting set state = 'expired', updated_at = ${now.toISOString()}::timestamptz
        where state in ('published', 'pending_moderation')
          and valid_through <= ${now.toISOString()}::timestamptz
        returning id::text as id`,
  )
  if (rows.length > 0) {
    await queryRows(
      db,
      sql`delete from job_match where job_posting_id = any(${sql.param(rows.map((r) => r.id))}::uuid[])`,
    )
  }
  return rows.map((r) => r.id)
}
