import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db, type Queryable } from '../platform/db/database'
import { CURRENT_NOTICE_VERSION } from '../domain/consent/consent'
import { loadDemoData } from './demo-data'

/**
 * Synthetic young people and consents on top of the demo network, for benchmarks and for tests
 * at scale. Everything is computed inside the database (`insert … select … from generate_series`)
 * in batches, so 100,000 customers take seconds on PostgreSQL, and the same SQL runs on PGlite.
 *
 * Every value is a function of (seed, k, now), where k is the synthetic person's running number:
 * the same seed and `now` give the same rows, and generating 10,000 and then 90,000 more gives
 * the same rows as 100,000 at once.
 */

/** Shares of customers with a consent to each recipient, and what became of those consents. */
export interface ConsentMix {
  /** Share of customers with a consent to the employment services (TE office). */
  teOffice: number
  /** Share with a consent to the social insurance institution (Kela). */
  kela: number
  /** Share with a consent to their own municipality (where it is in the network). */
  municipality: number
  /** Of those consents, the share withdrawn. */
  withdrawn: number
  /** Of those consents, the share past their end of validity. */
  expired: number
  /** Earlier consents per customer on average, all withdrawn or expired (renewed since). */
  history: number
}

export const defaultConsentMix: ConsentMix = {
  teOffice: 0.85,
  kela: 0.45,
  municipality: 0.3,
  withdrawn: 0.08,
  expired: 0.07,
  history: 0.3,
}

export interface SyntheticOptions {
  customers: number
  /**
   * A number is the mean count of consent rows per customer: below the default recipients'
   * total (1.6) the shares shrink; above it the rest becomes history. An object overrides parts
   * of the mix.
   */
  consentsPerCustomer?: number | Partial<ConsentMix>
  seed?: number
  /** Timestamps are relative to this; statuses (expired or not) are right at this time. */
  now?: Date
  /** Customers per transaction. */
  batchSize?: number
  /** The first running number; by default it continues after the synthetic people present. */
  firstIndex?: number
  onProgress?: (done: number, total: number) => void
}

export interface SyntheticResult {
  customers: number
  consents: number
  firstIndex: number
  seconds: number
}

// Birth dates across twelve years (ages about 17–29 in the mid-2020s), fixed so that a running
// number always maps to the same identity code.
const FIRST_BIRTH_DATE = '1996-01-01'
const BIRTH_DAYS = 4383
// Century signs other than the traditional ones ('-' and 'A'), which the demo people use: the
// two sets never collide. Index 1..5 of each list.
export const SIGNS_1900 = '-YXWVU'
export const SIGNS_2000 = 'ABCDEF'
const SIGN_VARIANTS = 5
const SERIALS = 100
/** Distinct synthetic identity codes available: 12 years × 100 serials × 5 century signs. */
export const SYNTHETIC_CAPACITY = BIRTH_DAYS * SERIALS * SIGN_VARIANTS
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY'

// Invented lists; surnames are composed of common stems and endings, so no list names a person.
// prettier-ignore
const FIRST_NAMES = [
  'Aada', 'Aapo', 'Aleksi', 'Eemil', 'Eevi', 'Ella', 'Emma', 'Hilla', 'Iida', 'Ilmari',
  'Into', 'Jenna', 'Jere', 'Joona', 'Kasper', 'Kerttu', 'Lauri', 'Lotta', 'Milla', 'Minea',
  'Miro', 'Neea', 'Nella', 'Niilo', 'Oona', 'Oskari', 'Peppi', 'Rasmus', 'Roope', 'Saana',
  'Santeri', 'Siiri', 'Topias', 'Tuomas', 'Unna', 'Urho', 'Veeti', 'Vilja', 'Viljami', 'Wilma',
]
// prettier-ignore
const SURNAME_STEMS = [
  'Aho', 'Halla', 'Hirvi', 'Kallio', 'Kivi', 'Koivu', 'Kuusi', 'Leppä',
  'Mänty', 'Paju', 'Pihla', 'Rauta', 'Salmi', 'Suo', 'Tammi', 'Vesi',
]
const SURNAME_ENDINGS = ['nen', 'la', 'mäki', 'niemi', 'vaara', 'lahti', 'koski', 'harju']
export const SYNTHETIC_SURNAMES = SURNAME_STEMS.flatMap((s) =>
  SURNAME_ENDINGS.map((e) => `${s}${e}`),
)
/** Prefixes that match a known share of synthetic surnames (1/16 each), for search benchmarks. */
export const SYNTHETIC_SURNAME_PREFIXES = SURNAME_STEMS.map((s) => s.toLowerCase())

// Relative sizes of the demo municipalities; others get the mean weight.
const MUNICIPALITY_WEIGHTS: Record<string, number> = { '564': 0.8, '678': 0.12, '615': 0.08 }

const QUALIFICATIONS: [string, number][] = [
  ['vocational', 0.55],
  ['upper_secondary_general', 0.2],
  ['none', 0.2],
  ['higher', 0.05],
]

/** One of four independent 16-bit draws from a 64-bit hash, 0..65535. */
export const field = (h: string, i: 0 | 1 | 2 | 3): SQL => sql.raw(`((${h} >> ${16 * i}) & 65535)`)
/** `share` of 0..1 on the 16-bit scale. */
export const below = (draw: SQL, share: number): SQL =>
  sql`${draw} < ${Math.round(Math.min(Math.max(share, 0), 1) * 65536)}`
export const textArray = (values: readonly string[]): SQL => sql`${`{${values.join(',')}}`}::text[]`

export function resolveConsentMix(option: SyntheticOptions['consentsPerCustomer']): ConsentMix {
  if (option === undefined) return defaultConsentMix
  if (typeof option === 'object') return { ...defaultConsentMix, ...option }
  if (!(option >= 0)) throw new Error('consentsPerCustomer must be 0 or more.')
  const d = defaultConsentMix
  const current = d.teOffice + d.kela + d.municipality
  if (option <= current) {
    const f = option / current
    return {
      ...d,
      teOffice: d.teOffice * f,
      kela: d.kela * f,
      municipality: d.municipality * f,
      history: 0,
    }
  }
  return { ...d, history: option - current }
}

/** Adds synthetic young people and their consents; loads the demo network first if needed. */
export async function generateSyntheticNetwork(
  db: Db,
  options: SyntheticOptions,
): Promise<SyntheticResult> {
  const started = performance.now()
  const total = options.customers
  if (!Number.isInteger(total) || total < 0) throw new Error('customers must be a whole number.')
  const seed = options.seed ?? 1
  if (!Number.isInteger(seed)) throw new Error('seed must be a whole number.')
  const now = options.now ?? new Date()
  const batchSize = options.batchSize ?? 25_000
  const mix = resolveConsentMix(options.consentsPerCustomer)

  await loadDemoData(db, now)
  const firstIndex = options.firstIndex ?? (await syntheticCount(db))
  if (firstIndex + total > SYNTHETIC_CAPACITY) {
    throw new Error(
      `At most ${SYNTHETIC_CAPACITY} synthetic customers fit the identity-code series.`,
    )
  }
  const net = await networkOf(db)

  let customers = 0
  let consents = 0
  for (let done = 0; done < total; done += batchSize) {
    const k0 = firstIndex + done
    const k1 = k0 + Math.min(batchSize, total - done) - 1
    const counts = await db.transaction(async (tx) => {
      // The planner's estimates for generated rows are far off; JIT would compile for seconds.
      await tx.execute(sql`set local jit = off`)
      return insertBatch(tx, { k0, k1, seed, now, mix, net })
    })
    customers += counts.customers
    consents += counts.consents
    options.onProgress?.(Math.min(done + batchSize, total), total)
  }
  // Fresh statistics and visibility map, as autovacuum would leave a settled database: the
  // planner sees the loaded tables, and index-only scans need no heap visits.
  await db.execute(sql`vacuum (analyze) customer, consent`)
  return { customers, consents, firstIndex, seconds: (performance.now() - started) / 1000 }
}

/** Customers whose identity code has a synthetic century sign. */
export async function syntheticCount(db: Queryable): Promise<number> {
  const signs = [...SIGNS_1900.slice(1), ...SIGNS_2000.slice(1)]
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from customer
        where substr(identity_code, 7, 1) = any(${textArray(signs)})`,
  )
  return row?.n ?? 0
}

interface Network {
  municipalities: { id: string; weight: number }[]
  teOffice: string | null
  kela: string | null
}

async function networkOf(db: Queryable): Promise<Network> {
  const municipalities = await queryRows<{ id: string; code: string }>(
    db,
    sql`select id::text as id, code from municipality order by code`,
  )
  if (municipalities.length === 0)
    throw new Error('No municipalities: load the demo network first.')
  const known = Object.values(MUNICIPALITY_WEIGHTS)
  const mean = known.reduce((a, b) => a + b, 0) / known.length
  const orgs = await queryRows<{ id: string; kind: string }>(
    db,
    sql`select id::text as id, kind from organisation
        where kind in ('employment_services', 'social_insurance') order by code`,
  )
  return {
    municipalities: municipalities.map((m) => ({
      id: m.id,
      weight: MUNICIPALITY_WEIGHTS[m.code] ?? mean,
    })),
    teOffice: orgs.find((o) => o.kind === 'employment_services')?.id ?? null,
    kela: orgs.find((o) => o.kind === 'social_insurance')?.id ?? null,
  }
}

/** A weighted choice on a 16-bit draw, as a CASE over cumulative thresholds. */
function weighted(draw: SQL, choices: [SQL, number][]): SQL {
  const sum = choices.reduce((a, [, w]) => a + w, 0)
  let acc = 0
  const arms = choices.slice(0, -1).map(([value, w]) => {
    acc += w / sum
    return sql`when ${below(draw, acc)} then ${value}`
  })
  return sql`case ${sql.join(arms, sql` `)} else ${choices[choices.length - 1]![0]} end`
}

const customerId = (seed: number, k: SQL): SQL => sql`md5(${`${seed}:customer:`} || ${k})::uuid`

interface Batch {
  k0: number
  k1: number
  seed: number
  now: Date
  mix: ConsentMix
  net: Network
}

/** The customer insert, returning what the consents need. */
function customerInsert(b: Batch): SQL {
  const municipalityOf = weighted(
    field('g.h1', 2),
    b.net.municipalities.map((m): [SQL, number] => [sql`${m.id}::uuid`, m.weight]),
  )
  const qualificationOf = weighted(
    field('g.h1', 3),
    QUALIFICATIONS.map(([q, w]): [SQL, number] => [sql`${q}`, w]),
  )
  const firstName = sql`(${textArray(FIRST_NAMES)})[1 + ${field('g.h1', 0)} % ${FIRST_NAMES.length}]`
  const lastName = sql`(${textArray(SYNTHETIC_SURNAMES)})[1 + ${field('g.h1', 1)} % ${SYNTHETIC_SURNAMES.length}]`
  return sql`insert into customer (id, identity_code, first_name, last_name, birth_date, municipality_id,
                            qualification, email, created_at, updated_at)
      select ${customerId(b.seed, sql`g.k`)},
             g.dmy || g.sign || g.individual
               || substr(${CHECK_CHARACTERS}, ((g.dmy || g.individual)::bigint % 31)::int + 1, 1),
             n.first_name, n.last_name, g.birth_date, ${municipalityOf}, ${qualificationOf},
             case when ${below(field('g.h2', 0), 0.7)}
               then translate(lower(n.first_name || '.' || n.last_name), 'äö', 'ao')
                    || '.' || g.k || '@example.invalid' end,
             g.created_at, g.created_at
      from (
        select k, d.birth_date, to_char(d.birth_date, 'DDMMYY') as dmy,
               (900 + (k / ${BIRTH_DAYS}) % ${SERIALS})::text as individual,
               case when d.birth_date < date '2000-01-01'
                 then substr(${SIGNS_1900}, (2 + k / ${BIRTH_DAYS * SERIALS})::int, 1)
                 else substr(${SIGNS_2000}, (2 + k / ${BIRTH_DAYS * SERIALS})::int, 1) end as sign,
               h1, h2,
               ${b.now.toISOString()}::timestamptz
                 - interval '1 day' * (1 + ((h2 >> 16) & 65535) % 1000) as created_at
        from generate_series(${b.k0}::bigint, ${b.k1}::bigint) k
        cross join lateral (
          select (date '${sql.raw(FIRST_BIRTH_DATE)}' + (k % ${BIRTH_DAYS})::int) as birth_date,
                 hashtextextended('c' || k, ${b.seed}) as h1,
                 hashtextextended('d' || k, ${b.seed}) as h2
        ) d
      ) g
      cross join lateral (select ${firstName} as first_name, ${lastName} as last_name) n
      on conflict do nothing
      returning id, municipality_id`
}

/**
 * One batch in one statement: the consents are built from the customer insert's returned rows,
 * so no batch re-reads the growing customer table. Per-consent draws are keyed by the customer's
 * id, itself a function of (seed, k).
 */
async function insertBatch(
  tx: Queryable,
  b: Batch,
): Promise<{ customers: number; consents: number }> {
  const { mix } = b
  const historyWhole = Math.floor(mix.history)
  const historyFraction = mix.history - historyWhole
  const share = (n: number) => [mix.teOffice, mix.kela, mix.municipality][n]!
  // Per consent: slot n 0..2 is the current consent to the TE office, Kela, the municipality;
  // n ≥ 3 are earlier ones, to those three in turn.
  const recipientOf = (slot: SQL) => sql`case ${slot}
      when 0 then ${b.net.teOffice}::uuid
      when 1 then ${b.net.kela}::uuid
      else (select mo.id from municipal_org mo where mo.municipality_id = c.municipality_id) end`
  const state = sql`case
      when s.n >= 3 then case when ${below(field('s.hs', 0), 0.5)} then 'withdrawn' else 'expired' end
      when ${below(field('s.hs', 0), mix.withdrawn)} then 'withdrawn'
      when ${below(field('s.hs', 0), mix.withdrawn + mix.expired)} then 'expired'
      else 'active' end`
  const u = (h: string, i: 0 | 1 | 2 | 3) => sql`(${field(h, i)}::float8 / 65536)`
  const day = sql`interval '1 day'`
  const now = sql`${b.now.toISOString()}::timestamptz`
  // Given long enough ago that a withdrawal or a 365-day validity lies in the past; earlier
  // (renewed) consents two to three years back.
  const givenAt = sql`case
      when x.n >= 3 then ${now} - ${day} * (760 + ${u('x.hs', 1)} * 400)
      when x.state = 'expired' then ${now} - ${day} * (380 + ${u('x.hs', 1)} * 300)
      when x.state = 'withdrawn' then ${now} - ${day} * (310 + ${u('x.hs', 1)} * 450)
      else ${now} - ${day} * (14 + ${u('x.hs', 1)} * 700) end`
  const categories = sql`array_remove(array[
      'identity_and_contact', 'employment_and_plan',
      case when y.recipient_slot = 0 and ${below(field('y.hr', 0), 0.25)} then 'education'
           when y.recipient_slot = 1 and ${below(field('y.hr', 0), 0.9)} then 'benefits' end,
      case when y.recipient_slot > 0 and ${below(field('y.hr', 1), 0.04)} then 'health' end
    ]::text[], null)`
  const [row] = await queryRows<{ customers: number; consents: number }>(
    tx,
    sql`with new_customer as (${customerInsert(b)}),
      municipal_org as (
        select distinct on (municipality_id) municipality_id, id from organisation
        where kind = 'municipality' and municipality_id is not null
        order by municipality_id, code
      ),
      org_workers as (
        select m.organisation_id, array_agg(m.user_account_id order by u.username) as ids
        from organisation_member m join user_account u on u.id = m.user_account_id
        where m.role = 'worker' group by m.organisation_id
      ),
      c as (
        select id as customer_id, municipality_id, hashtextextended('e' || id, ${b.seed}) as hc
        from new_customer
      ),
      s as (
        select c.customer_id, n,
               case when n < 3 then n else (n + ${field('c.hc', 3)}) % 3 end as recipient_slot,
               hashtextextended(c.customer_id || ':' || n, ${b.seed}) as hs,
               hashtextextended(c.customer_id || '/' || n, ${b.seed}) as hr,
               ${recipientOf(sql`case when n < 3 then n else (n + ${field('c.hc', 3)}) % 3 end`)} as org_id
        from c
        cross join lateral generate_series(0, 2 + ${historyWhole}
          + case when ${below(field('c.hc', 3), historyFraction)} then 1 else 0 end) n
        where n >= 3
           or (n = 0 and ${below(field('c.hc', 0), share(0))})
           or (n = 1 and ${below(field('c.hc', 1), share(1))})
           or (n = 2 and ${below(field('c.hc', 2), share(2))})
      ),
      x as (
        select s.*, ${state} as state, w.ids as workers from s
        left join org_workers w on w.organisation_id = s.org_id
        where s.org_id is not null
      ),
      y as (
        select x.*, ${givenAt} as given_at,
               -- Synthetic people have no accounts: a worker of the recipient recorded the consent.
               x.workers[1 + ${field('x.hr', 2)} % greatest(cardinality(x.workers), 1)] as worker_id
        from x
      ),
      new_consent as (
        insert into consent (id, customer_id, recipient_organisation_id, purpose, data_categories,
                             notice_version, method, status, given_at, given_by_user_id,
                             valid_until, withdrawn_at, withdrawn_by_user_id, version,
                             created_at, updated_at)
        select md5(${`${b.seed}:consent:`} || y.customer_id || ':' || y.n)::uuid, y.customer_id, y.org_id,
               'joint_customership', ${categories}, ${CURRENT_NOTICE_VERSION},
               'recorded_by_worker', case when y.state = 'withdrawn' then 'withdrawn' else 'given' end,
               y.given_at, y.worker_id, v.valid_until, v.withdrawn_at,
               case when y.state = 'withdrawn' then y.worker_id end,
               case when y.state = 'withdrawn' then 2 else 1 end,
               y.given_at, coalesce(v.withdrawn_at, y.given_at)
        from y
        cross join lateral (
          select
            case when y.state = 'expired' then y.given_at + ${day} * 365
                 when y.state = 'active' and ${below(field('y.hr', 3), 0.4)}
                   then ${now} + ${day} * (30 + ${u('y.hs', 2)} * 700) end as valid_until,
            case when y.state = 'withdrawn'
                 then y.given_at + ${day} * (1 + ${u('y.hs', 3)} * 300) end as withdrawn_at
        ) v
        on conflict do nothing
        returning 1
      )
      select (select count(*)::int from new_customer) as customers,
             (select count(*)::int from new_consent) as consents`,
  )
  return { customers: row?.customers ?? 0, consents: row?.consents ?? 0 }
}
