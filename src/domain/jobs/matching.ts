import { eq, sql, type SQL } from 'drizzle-orm'
import type { Db, Queryable } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'
import type { MatchReason, MissingSkill } from '../../shared/job-match-reasons'
import { levelsUpTo, parseRequirement, skillLabel } from './postings'
import { requirementKey } from './posting-input'
import { jobMatch, jobSeeker } from './schema'
import type { CompetenceFacts } from '../competence/facts'

/** What matching knows of a young person: the competence profile's facts, defined there. */
export type { CompetenceFacts } from '../competence/facts'

/** How many of the best open jobs are kept per young person. */
export const MATCHES_KEPT = 20

export interface JobMatchResult {
  jobPostingId: string
  score: number
  reasons: MatchReason[]
  missing: MissingSkill[]
}

/** What matching derives from the facts: the profile's side of the ranking query. */
export interface Seeker {
  skills: string[]
  occupations: string[]
  municipalities: string[]
  languageLevels: string[]
  /** What makes a job a candidate, beside a wished municipality (see `candidateKeys`). */
  matchKeys: string[]
}

/**
 * The keys that make a job a candidate: the wished occupations and the skills and cards that are
 * not transversal. A transversal skill (customer service, teamwork) is in thousands of postings,
 * so alone it says little about a job and would make every match scan them all; it still counts
 * in the score and the reasons of every candidate. Only a profile with nothing else to go on — no
 * other skill, no wished occupation, no wished municipality — is matched on its transversal skills,
 * so that it is never left without matches it could have.
 */
function candidateKeys(facts: CompetenceFacts): string[] {
  const transversal = new Set(facts.transversalSkillUris)
  const specific = [
    ...facts.skillUris.filter((u) => !transversal.has(u)),
    ...facts.certificateUris,
    ...facts.occupationUris,
  ]
  if (specific.length > 0 || facts.municipalityCodes.length > 0) return [...new Set(specific)]
  return [...transversal]
}

export function seekerOf(facts: CompetenceFacts): Seeker {
  const skills = [...new Set([...facts.skillUris, ...facts.certificateUris])]
  return {
    skills,
    occupations: [...new Set(facts.occupationUris)],
    municipalities: [...new Set(facts.municipalityCodes)],
    languageLevels: facts.languages.flatMap((l) =>
      levelsUpTo(l.cefr).map((level) => requirementKey(l.code, level)),
    ),
    matchKeys: candidateKeys(facts),
  }
}

const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`

/**
 * The array without any of the values (`array_remove` drops every occurrence of one): so
 * `cardinality(a) - cardinality(without(a, mine))` counts the elements of `a` that are among
 * mine, exactly as counting over `unnest(a)` would, but in plain expressions on the row, not a
 * subquery run for every candidate (bench/README.md, job matching, design change).
 */
function without(column: SQL, values: string[]): SQL {
  let e = column
  for (const v of new Set(values)) e = sql`array_remove(${e}, ${v}::text)`
  return e
}

/**
 * The ranking, in one query: candidates are open jobs sharing a candidate key with the profile (a
 * GIN index on `match_keys`) or in a wished municipality (an index on `municipality_code`); the
 * score weighs required skills most, then a wished occupation and municipality and optional
 * skills, and takes off for each unmet language. The counts are expressions on the row
 * (`without`), since a few thousand candidates are scored for every profile.
 */
export function rankingQuery(s: Seeker, now: Date, limit: number) {
  return sql`select j.id::text as id, j.required_skill_uris, j.skill_labels, j.language_requirements,
        cardinality(j.optional_skill_uris)::int as optional_count,
        m.req_have, m.opt_have, m.occupation_wished, m.municipality_wished, s.score
      from job_posting j
      cross join lateral (select
          cardinality(j.required_skill_uris) - cardinality(${without(sql`j.required_skill_uris`, s.skills)}) as req_have,
          cardinality(j.optional_skill_uris) - cardinality(${without(sql`j.optional_skill_uris`, s.skills)}) as opt_have,
          cardinality(${without(sql`j.language_requirements`, s.languageLevels)}) as lang_unmet,
          coalesce(j.occupation_uri = any(${textArray(s.occupations)}), false) as occupation_wished,
          j.municipality_code = any(${textArray(s.municipalities)}) as municipality_wished
        ) m
      cross join lateral (select (
          case when cardinality(j.required_skill_uris) = 0 then 30
               else 60 * m.req_have / cardinality(j.required_skill_uris) end
          + least(m.opt_have * 5, 15)
          + case when m.occupation_wished then 20 else 0 end
          + case when m.municipality_wished then 15 else 0 end
          - 30 * m.lang_unmet)::int as score) s
      where j.state = 'published' and j.valid_through > ${now.toISOString()}::timestamptz
        and (j.match_keys && ${textArray(s.matchKeys)}
             or j.municipality_code = any(${textArray(s.municipalities)}))
      order by s.score desc, j.valid_through asc, j.id
      limit ${limit}`
}

interface RankedRow {
  id: string
  required_skill_uris: string[]
  skill_labels: Record<string, { fi?: string; sv?: string; en?: string }>
  language_requirements: string[]
  optional_count: number
  req_have: number
  opt_have: number
  occupation_wished: boolean
  municipality_wished: boolean
  score: number
}

/** The ranking query for some facts (for benchmarks: the bare SQL of `matchJobs`). */
export const rankingQueryFor = (facts: CompetenceFacts, now: Date, limit = MATCHES_KEPT) =>
  rankingQuery(seekerOf(facts), now, limit)

/** The reasons and what is missing, in the order a young person reads them. */
export function explain(row: RankedRow, facts: CompetenceFacts): JobMatchResult {
  const own = new Set([...facts.skillUris, ...facts.certificateUris])
  const reasons: MatchReason[] = []
  if (row.required_skill_uris.length > 0)
    reasons.push({
      code: 'required_skills',
      have: row.req_have,
      of: row.required_skill_uris.length,
    })
  if (row.opt_have > 0)
    reasons.push({ code: 'optional_skills', have: row.opt_have, of: row.optional_count })
  if (row.occupation_wished) reasons.push({ code: 'occupation_wished' })
  if (row.municipality_wished) reasons.push({ code: 'municipality_wished' })
  for (const key of row.language_requirements) {
    const { language, minimumLevel } = parseRequirement(key)
    const yours = facts.languages.find((l) => l.code === language)?.cefr ?? null
    reasons.push({ code: 'language', language, required: minimumLevel, yours })
  }
  const missing = row.required_skill_uris
    .filter((uri) => !own.has(uri))
    .map((uri) => ({ uri, label: skillLabel({ skillLabels: row.skill_labels }, uri) }))
  return { jobPostingId: row.id, score: row.score, reasons, missing }
}

/** The best open jobs for these facts, with reasons, computed now. */
export async function matchJobs(
  db: Queryable,
  facts: CompetenceFacts,
  now: Date,
  limit = MATCHES_KEPT,
): Promise<JobMatchResult[]> {
  const seeker = seekerOf(facts)
  if (seeker.matchKeys.length === 0 && seeker.municipalities.length === 0) return []
  const rows = await queryRows<RankedRow>(db, rankingQuery(seeker, now, limit))
  return rows.map((r) => explain(r, facts))
}

/**
 * Recomputes and stores a young person's matches from their facts, in one transaction: the
 * stored list is replaced whole, so a reader sees the old list or the new one.
 */
export async function rematchProfile(
  db: Db,
  customerId: string,
  facts: CompetenceFacts,
  now: Date,
): Promise<JobMatchResult[]> {
  return db.transaction(async (tx) => {
    const seeker = seekerOf(facts)
    await tx
      .insert(jobSeeker)
      .values({
        customerId,
        skillUris: seeker.skills,
        occupationUris: seeker.occupations,
        municipalityCodes: seeker.municipalities,
        languageLevels: seeker.languageLevels,
        matchKeys: seeker.matchKeys,
        matchedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: jobSeeker.customerId,
        set: {
          skillUris: seeker.skills,
          occupationUris: seeker.occupations,
          municipalityCodes: seeker.municipalities,
          languageLevels: seeker.languageLevels,
          matchKeys: seeker.matchKeys,
          matchedAt: now,
          updatedAt: now,
        },
      })
    const matches = await matchJobs(tx, facts, now)
    await tx.delete(jobMatch).where(eq(jobMatch.customerId, customerId))
    if (matches.length > 0) {
      await tx.insert(jobMatch).values(
        matches.map((m, i) => ({
          customerId,
          jobPostingId: m.jobPostingId,
          rank: i + 1,
          score: m.score,
          reasons: m.reasons,
          missing: m.missing,
          computedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      )
    }
    return matches
  })
}

/**
 * The young people a changed posting may concern: those for whom it is a candidate (a shared
 * candidate key, or its municipality among their wishes), and those who had it among their
 * matches (it may have closed).
 */
export async function customersAffectedBy(db: Queryable, jobPostingIds: string[]) {
  if (jobPostingIds.length === 0) return []
  const ids = sql`${sql.param(jobPostingIds)}::uuid[]`
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`select s.customer_id::text as customer_id from job_seeker s
        where s.match_keys && (select coalesce(array_agg(distinct k), '{}') from job_posting j, unnest(j.match_keys) k
                               where j.id = any(${ids}))
           or s.municipality_codes && (select coalesce(array_agg(distinct j.municipality_code), '{}')
                                       from job_posting j where j.id = any(${ids}))
        union
        select m.customer_id::text from job_match m where m.job_posting_id = any(${ids})`,
  )
  return rows.map((r) => r.customer_id)
}
