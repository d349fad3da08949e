import { and, eq, sql } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'
import { NotFound } from '../../platform/errors'
import { cursorPageFrom, decodePosition, encodePosition } from '../../platform/http/paging'
import {
  cefrLevels,
  type CefrLevel,
  type EmploymentType,
  type PostingWorkingTime,
} from '../../shared/enums'
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

export interface OpenJobsQuery extends OpenJobsFilters {
  after?: string | undefined
  limit: number
}

/**
 * Newest first, in the order of the open-list indexes (`job_posting_open_idx` and the ones per
 * municipality and occupation), which keep nulls last: a plain `desc` (nulls first) would sort
 * every open posting instead of reading the first rows of an index.
 */
const newestFirst = sql`${jobPosting.publishedAt} desc nulls last, ${jobPosting.id} desc nulls last`

/** Open jobs, newest first, in keyset pages (docs/paging.md). */
export async function listOpenJobs(db: Queryable, now: Date, q: OpenJobsQuery) {
  const after = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select()
    .from(jobPosting)
    .where(
      and(
        isOpen(now),
        ...filterConditions(q),
        after
          ? sql`(${jobPosting.publishedAt}, ${jobPosting.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(newestFirst)
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

export interface OpenJobsFilters {
  municipalityCode?: string | undefined
  occupationUri?: string | undefined
  employmentType?: EmploymentType | undefined
  workingTime?: PostingWorkingTime | undefined
  /** Words looked for in the title, the description and the employer's name. */
  text?: string | undefined
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

function filterConditions(f: OpenJobsFilters) {
  const text = f.text?.trim().slice(0, 100)
  return [
    f.municipalityCode ? eq(jobPosting.municipalityCode, f.municipalityCode) : undefined,
    f.occupationUri ? eq(jobPosting.occupationUri, f.occupationUri) : undefined,
    f.employmentType ? eq(jobPosting.employmentType, f.employmentType) : undefined,
    f.workingTime ? eq(jobPosting.workingTime, f.workingTime) : undefined,
    ...(text ? text.split(/\s+/).slice(0, 5) : []).map(
      (word) =>
        sql`(${jobPosting.title} ilike ${likePattern(word)} or ${jobPosting.description} ilike ${likePattern(word)} or ${jobPosting.employerName} ilike ${likePattern(word)})`,
    ),
  ]
}

/**
 * The occupations of the open jobs, for the public list's filter: a skip scan of the occupation
 * index (one descent per occupation), so that it reads a few pages however many jobs are open.
 */
export async function openJobOccupations(db: Queryable, now: Date): Promise<string[]> {
  const at = sql`${now.toISOString()}::timestamptz`
  const rows = await queryRows<{ uri: string }>(
    db,
    sql`with recursive o(uri) as (
          (select occupation_uri from job_posting
            where state = 'published' and valid_through > ${at} and occupation_uri is not null
            order by occupation_uri limit 1)
          union all
          select (select j.occupation_uri from job_posting j
                   where j.state = 'published' and j.valid_through > ${at}
                     and j.occupation_uri > o.uri
                   order by j.occupation_uri limit 1)
            from o where o.uri is not null
        )
        select uri from o where uri is not null limit 200`,
  )
  return rows.map((r) => r.uri)
}

/**
 * A posting as the public website sees it: open, gone (it was public once: expired or closed,
 * 410) or nothing (never public, or no such id: 404).
 */
export async function publicPostingById(
  db: Queryable,
  id: string,
  now: Date,
): Promise<{ open: true; row: JobPostingRow } | { open: false; row: null; gone: boolean }> {
  const [row] = await db.select().from(jobPosting).where(eq(jobPosting.id, id))
  if (!row) return { open: false, row: null, gone: false }
  if (row.state === 'published' && row.validThrough > now) return { open: true, row }
  const wasPublic =
    row.publishedAt !== null && ['published', 'expired', 'closed'].includes(row.state)
  return { open: false, row: null, gone: wasPublic }
}

/** Open postings' ids and change times, newest first, for the sitemap. */
export async function openPostingStamps(db: Queryable, now: Date, limit: number) {
  return db
    .select({ id: jobPosting.id, updatedAt: jobPosting.updatedAt })
    .from(jobPosting)
    .where(isOpen(now))
    .orderBy(newestFirst)
    .limit(limit)
}
