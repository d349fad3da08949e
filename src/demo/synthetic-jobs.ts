import { getTableColumns, sql } from 'drizzle-orm'
import { queryRows, type Queryable } from '../platform/db/database'
import { postingColumns, type PostingInput } from '../domain/jobs/posting-input'
import { jobPosting } from '../domain/jobs/schema'
import type { CefrLevel, EmploymentType, PostingWorkingTime } from '../shared/enums'

/**
 * Synthetic job postings for the demo, tests and benchmarks: any number of realistic postings
 * from a list of occupations with their skills. Deterministic: the same seed gives the same
 * postings. Employers get business IDs with a valid check digit.
 */
export interface SyntheticOccupation {
  uri: string
  title: { fi: string; sv: string; en: string }
  /** The occupation's skills, most essential first: postings require some, wish for others. */
  skillUris: string[]
  /** Cards and certificates the job needs (e.g. the hygiene passport), required always. */
  certificateUris?: string[]
}

const skill = (slug: string) => `https://saumaton.fi/classification/skill/${slug}`
const occupation = (slug: string) => `https://saumaton.fi/classification/occupation/${slug}`

/** The region's common entry-level occupations, with local classification URIs. */
export const demoOccupations: SyntheticOccupation[] = [
  {
    uri: occupation('cook'),
    title: { fi: 'Kokki', sv: 'Kock', en: 'Cook' },
    skillUris: ['cooking', 'food-safety', 'customer-service', 'baking', 'menu-planning'].map(skill),
    certificateUris: [skill('hygiene-passport')],
  },
  {
    uri: occupation('cleaner'),
    title: { fi: 'Siivooja', sv: 'Städare', en: 'Cleaner' },
    skillUris: ['cleaning', 'customer-service', 'cleaning-chemicals', 'floor-care'].map(skill),
  },
  {
    uri: occupation('warehouse-worker'),
    title: { fi: 'Varastotyöntekijä', sv: 'Lagerarbetare', en: 'Warehouse worker' },
    skillUris: ['order-picking', 'forklift-driving', 'inventory', 'logistics-systems'].map(skill),
    certificateUris: [skill('forklift-licence')],
  },
  {
    uri: occupation('practical-nurse'),
    title: { fi: 'Lähihoitaja', sv: 'Närvårdare', en: 'Practical nurse' },
    skillUris: ['patient-care', 'medication', 'elderly-care', 'documentation', 'first-aid'].map(
      skill,
    ),
  },
  {
    uri: occupation('sales-assistant'),
    title: { fi: 'Myyjä', sv: 'Försäljare', en: 'Sales assistant' },
    skillUris: ['customer-service', 'sales', 'cash-handling', 'merchandising'].map(skill),
  },
  {
    uri: occupation('welder'),
    title: { fi: 'Hitsaaja', sv: 'Svetsare', en: 'Welder' },
    skillUris: ['welding', 'blueprint-reading', 'metalworking', 'quality-control'].map(skill),
    certificateUris: [skill('hot-work-licence'), skill('occupational-safety-card')],
  },
  {
    uri: occupation('electrician'),
    title: { fi: 'Sähköasentaja', sv: 'Elmontör', en: 'Electrician' },
    skillUris: ['electrical-installation', 'blueprint-reading', 'troubleshooting'].map(skill),
    certificateUris: [skill('electrical-safety-card'), skill('occupational-safety-card')],
  },
  {
    uri: occupation('carpenter'),
    title: { fi: 'Kirvesmies', sv: 'Timmerman', en: 'Carpenter' },
    skillUris: ['carpentry', 'blueprint-reading', 'formwork', 'power-tools'].map(skill),
    certificateUris: [skill('occupational-safety-card')],
  },
  {
    uri: occupation('ict-support'),
    title: { fi: 'IT-tukihenkilö', sv: 'IT-stödperson', en: 'IT support specialist' },
    skillUris: ['troubleshooting', 'customer-service', 'networks', 'windows', 'scripting'].map(
      skill,
    ),
  },
  {
    uri: occupation('bus-driver'),
    title: { fi: 'Linja-autonkuljettaja', sv: 'Bussförare', en: 'Bus driver' },
    skillUris: ['driving', 'customer-service', 'route-planning'].map(skill),
    certificateUris: [skill('driving-licence-d'), skill('professional-competence-card')],
  },
]

const employers = [
  'Pohjolan Palvelu',
  'Oulun Rakenne',
  'Raahen Konepaja',
  'Iijoen Kauppa',
  'Perämeren Logistiikka',
  'Pudasjärven Hoiva',
  'Tuira Tech',
  'Kemin Keittiöt',
]
const forms = ['Oy', 'Ky', 'Oy Ab']
const employmentTypes: EmploymentType[] = [
  'permanent',
  'fixed_term',
  'summer_job',
  'apprenticeship',
]
const workingTimes: PostingWorkingTime[] = ['full_time', 'part_time', 'shift_work']

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A business ID with a valid check digit (weights 7, 9, 10, 5, 8, 4, 2; modulus 11). */
export function syntheticBusinessId(n: number): string {
  for (let k = n; ; k++) {
    const digits = String(1_000_000 + (k % 8_999_999)).padStart(7, '0')
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * Number(digits[i]), 0)
    const r = sum % 11
    if (r === 1) continue
    return `${digits}-${r === 0 ? 0 : 11 - r}`
  }
}

export interface SyntheticJobsOptions {
  count: number
  occupations?: SyntheticOccupation[]
  municipalityCodes: string[]
  now: Date
  seed?: number
}

/** Postings in the feed's shape, each with a source id. */
export function* syntheticPostings(
  o: SyntheticJobsOptions,
): Generator<PostingInput & { id: string }> {
  const occupations = o.occupations ?? demoOccupations
  const next = random(o.seed ?? 1)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  for (let i = 0; i < o.count; i++) {
    const occ = pick(occupations)
    const skills = [...occ.skillUris]
    const requiredCount = 1 + Math.floor(next() * Math.min(3, skills.length))
    const required = skills.slice(0, requiredCount)
    const optional = skills.slice(requiredCount).filter(() => next() < 0.6)
    const employer = `${pick(employers)} ${pick(forms)}`
    const swedish = next() < 0.15
    const validDays = 7 + Math.floor(next() * 50)
    yield {
      id: `synthetic-${o.seed ?? 1}-${i}`,
      title: occ.title.fi,
      description: `${employer} hakee ${occ.title.fi.toLowerCase()}a. Perehdytämme tehtävään.`,
      employer: { name: employer, businessId: syntheticBusinessId(1_234_567 + (i % 500) * 7919) },
      municipalityCode: pick(o.municipalityCodes),
      occupationUri: occ.uri,
      requiredSkills: [...required, ...(occ.certificateUris ?? [])].map((uri) => ({ uri })),
      optionalSkills: optional.map((uri) => ({ uri })),
      languageRequirements: [
        { language: 'fi', minimumLevel: 'B1' },
        ...(swedish ? [{ language: 'sv', minimumLevel: 'A2' as CefrLevel }] : []),
      ],
      employmentType: pick(employmentTypes),
      workingTime: pick(workingTimes),
      startsOn: null,
      validThrough: new Date(o.now.getTime() + validDays * 86_400_000).toISOString(),
      apply: { url: null, email: 'rekry@example.fi', text: null },
      postingLanguages: swedish ? ['fi', 'sv'] : ['fi'],
    }
  }
}

/**
 * Inserts synthetic postings, published, in batches; idempotent by their source ids. Each batch
 * is one statement whose rows arrive as one JSON parameter (`jsonb_to_recordset`), so that
 * 100,000 postings take a few dozen round trips instead of 2.5 million bound parameters
 * (bench/README.md, "The public website"). They are ordinary rows of `job_posting`: its
 * statement trigger raises the site's content version like any other write.
 */
export async function insertSyntheticJobs(
  db: Queryable,
  o: SyntheticJobsOptions & { source?: string; batchSize?: number },
): Promise<number> {
  const batchSize = o.batchSize ?? 5000
  let batch: (typeof jobPosting.$inferInsert)[] = []
  let written = 0
  const flush = async () => {
    if (batch.length === 0) return
    written += await insertRowsAsJson(db, batch)
    batch = []
  }
  let i = 0
  for (const p of syntheticPostings(o)) {
    batch.push({
      ...postingColumns(p),
      source: o.source ?? 'synthetic',
      sourceId: p.id,
      state: 'published',
      // Spread over the last days, so that the newest-first list has an order.
      publishedAt: new Date(o.now.getTime() - (i++ % 1000) * 60_000),
      createdAt: o.now,
      updatedAt: o.now,
    })
    if (batch.length >= batchSize) await flush()
  }
  await flush()
  return written
}

/** Rows of `job_posting` in one statement: the columns and their types come from the schema. */
async function insertRowsAsJson(
  db: Queryable,
  rows: (typeof jobPosting.$inferInsert)[],
): Promise<number> {
  const columns = Object.entries(getTableColumns(jobPosting)).filter(([key]) => key in rows[0]!)
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '))
  const types = sql.raw(columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '))
  const json = JSON.stringify(
    rows.map((r) =>
      Object.fromEntries(columns.map(([key, c]) => [c.name, r[key as keyof typeof r] ?? null])),
    ),
  )
  const inserted = await queryRows<{ n: number }>(
    db,
    sql`with inserted as (
          insert into job_posting (${names})
          select ${names} from jsonb_to_recordset(${json}::jsonb) as x(${types})
          on conflict (source, source_id) do nothing
          returning 1
        )
        select count(*)::int as n from inserted`,
  )
  return inserted[0]?.n ?? 0
}
