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

/** The score's weights: one definition for the ranking query and for the bound on it. */
const WEIGHT = {
  /** All required skills had; in proportion to those had. */
  requiredSkills: 60,
  /** A job that requires no skills. */
  noRequiredSkills: 30,
  perOptionalSkill: 5,
  optionalSkillsAtMost: 15,
  occupationWished: 20,
  municipalityWished: 15,
  perUnmetLanguage: 30,
} as const
const w = (n: number) => sql.raw(String(n))

/**
 * Which open jobs a ranking scores: every candidate (an open job sharing a candidate key with the
 * profile — a GIN index on `match_keys` — or in a wished municipality), or only the contenders
 * among them: the jobs of a wished occupation or municipality, and those whose every required
 * skill the person may have (its first one among theirs, an index on it) — a few hundred where a
 * profile can have thousands of candidates. No other job can score as high (`rankedRows`).
 */
export type RankingScope = 'candidates' | 'contenders'

/**
 * The ranking, in one query: the score weighs required skills most, then a wished occupation and
 * municipality and optional skills, and takes off for each unmet language. The counts are
 * expressions on the row (`without`), since a few thousand candidates are scored for some
 * profiles, and each is computed once (`offset 0` keeps the subquery from being folded into the
 * score and the output, which would compute them twice).
 */
export function rankingQuery(
  s: Seeker,
  now: Date,
  limit: number,
  scope: RankingScope = 'candidates',
) {
  const sharesKey = sql`j.match_keys && ${textArray(s.matchKeys)}`
  const inWishedMunicipality = sql`j.municipality_code = any(${textArray(s.municipalities)})`
  // A wished occupation is a candidate key (`candidateKeys`), and a job in a wished municipality
  // is a candidate: so the contenders are the candidates of the three, each through its index.
  const within =
    scope === 'contenders'
      ? sql`(j.occupation_uri = any(${textArray(s.occupations)}) or ${inWishedMunicipality}
          or (j.required_skill_uris[1] = any(${textArray(s.skills)})
              and j.required_skill_uris <@ ${textArray(s.skills)} and ${sharesKey}))`
      : sql`(${sharesKey} or ${inWishedMunicipality})`
  return sql`select m.id::text as id, m.required_skill_uris, m.skill_labels, m.language_requirements,
        m.optional_count, m.req_have, m.opt_have, m.occupation_wished, m.municipality_wished,
        (case when m.req_count = 0 then ${w(WEIGHT.noRequiredSkills)}
              else ${w(WEIGHT.requiredSkills)} * m.req_have / m.req_count end
         + least(m.opt_have * ${w(WEIGHT.perOptionalSkill)}, ${w(WEIGHT.optionalSkillsAtMost)})
         + case when m.occupation_wished then ${w(WEIGHT.occupationWished)} else 0 end
         + case when m.municipality_wished then ${w(WEIGHT.municipalityWished)} else 0 end
         - ${w(WEIGHT.perUnmetLanguage)} * m.lang_unmet)::int as score
      from (select j.id, j.valid_through, j.required_skill_uris, j.skill_labels, j.language_requirements,
          cardinality(j.required_skill_uris) as req_count,
          cardinality(j.optional_skill_uris)::int as optional_count,
          cardinality(j.required_skill_uris) - cardinality(${without(sql`j.required_skill_uris`, s.skills)}) as req_have,
          cardinality(j.optional_skill_uris) - cardinality(${without(sql`j.optional_skill_uris`, s.skills)}) as opt_have,
          cardinality(${without(sql`j.language_requirements`, s.languageLevels)}) as lang_unmet,
          coalesce(j.occupation_uri = any(${textArray(s.occupations)}), false) as occupation_wished,
          j.municipality_code = any(${textArray(s.municipalities)}) as municipality_wished
        from job_posting j
        where j.state = 'published' and j.valid_through > ${now.toISOString()}::timestamptz and ${within}
        offset 0) m
      order by score desc, m.valid_through asc, m.id
      limit ${limit}`
}

/**
 * What a job that is not a contender scores less than: it is of no wished occupation nor in a
 * wished municipality, and lacks one of its required skills (so less than all of that part) or
 * requires none (less than all of it, too); and at most all the optional skills' part.
 */
const beyondContendersScoreBelow = WEIGHT.requiredSkills + WEIGHT.optionalSkillsAtMost

/**
 * Whether the contenders' ranking is the whole ranking: it is when it has `limit` jobs and the
 * last of them scores at least what no other job reaches, so that no other job could come before
 * it, nor tie with it.
 */
export const settledByContenders = (rows: readonly { score: number }[], limit: number) =>
  rows.length === limit && rows[limit - 1]!.score >= beyondContendersScoreBelow

/**
 * The best `limit` open jobs: first among the contenders, and among all candidates only when
 * those do not settle it. The result is the same as ranking all candidates, ties included.
 */
async function rankedRows(db: Queryable, s: Seeker, now: Date, limit: number) {
  const rows = await queryRows<RankedRow>(db, rankingQuery(s, now, limit, 'contenders'))
  if (settledByContenders(rows, limit)) return rows
  return queryRows<RankedRow>(db, rankingQuery(s, now, limit, 'candidates'))
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
export const rankingQueryFor = (
  facts: CompetenceFacts,
  now: Date,
  limit = MATCHES_KEPT,
  scope: RankingScope = 'candidates',
) => rankingQuery(seekerOf(facts), now, limit, scope)

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
  const rows = await rankedRows(db, seeker, now, limit)
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
