import { sql, type SQL } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'
import type { MonitoringDimension } from '../../shared/monitoring'

/**
 * Whose figures: the whole network (coordinators, machine clients), or the joint customerships
 * one organisation enrolled (an organisation lead's own figures).
 */
export interface MonitoringScope {
  organisationId: string | null
}
export const wholeNetwork: MonitoringScope = { organisationId: null }

/** The counts of one group of a dimension in one month: what the figure tables are built from. */
export interface GroupCounts {
  g: string
  at_end: number
  at_end_ltu: number
  started: number
  started_ltu: number
  started_with_action: number
  median_days: number | null
  p90_days: number | null
  ended: Record<string, number> | null
  fu3_in: number
  fu3_out: number
  fu6_in: number
  fu6_out: number
  actions: Record<string, number> | null
  /** Referrals to purchased services that started in the month, by service id. */
  referrals?: Record<string, number> | null
}

/**
 * The counts of one month at the finest grain (programme × municipality × enrolling
 * organisation), which every dimension sums up. `lead_days` keeps each started case's days to
 * its first action, so medians of any group are exact. Snapshot rows have this shape too.
 */
export interface FineCounts {
  p: string | null
  m: string | null
  o: string | null
  at_end: number
  at_end_ltu: number
  started: number
  started_ltu: number
  started_with_action: number
  /** Cases that ended in the month, started before it, long-term unemployed at its start. */
  ended_ltu_before: number
  ended: Record<string, number> | null
  fu3_in: number
  fu3_out: number
  fu6_in: number
  fu6_out: number
  actions: Record<string, number> | null
  referrals: Record<string, number> | null
  lead_days: number[] | null
}

const scopeFilter = (scope: MonitoringScope, column: string): SQL =>
  scope.organisationId ? sql`and ${sql.raw(column)} = ${scope.organisationId}::uuid` : sql``

/** The last day (`YYYY-MM-DD`) of `month` (its first day, `YYYY-MM-01`). */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${month.slice(0, 8)}${String(day).padStart(2, '0')}`
}

/**
 * A day (`YYYY-MM-DD`) as a date literal in the statement's text, checked first so that nothing
 * else can get there. Literals, not parameters: the app's statements are prepared
 * (`preparedByText`), and after five runs PostgreSQL may keep a generic plan that does not know
 * the dates — for a range between two unknown dates it guesses a handful of rows, and the plan
 * it then keeps for a month's 20,000 cases took twice as long (bench/README.md).
 */
export function dateLiteral(day: string): SQL {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error('Not a date')
  return sql.raw(`'${day}'::date`)
}

/**
 * `month`'s first and last day as date literals (`dateLiteral`). Not a CTE either: the planner
 * then knows the ranges and picks the date indexes for the few rows of one month (a CTE's values
 * are unknown when planning, and its guess scans whole tables).
 */
export const boundsOf = (month: string): { first: SQL; last: SQL } => ({
  first: dateLiteral(month),
  last: dateLiteral(lastDayOf(month)),
})

/** The first moment of a day in Finland. */
export const helsinkiDayStart = (day: string): SQL =>
  sql`(${dateLiteral(day)}::timestamp at time zone 'Europe/Helsinki')`
/** The first moment after `month` in Finland. */
const monthEnd = (month: string): SQL =>
  sql`((${dateLiteral(lastDayOf(month))} + 1)::timestamp at time zone 'Europe/Helsinki')`

/**
 * Service actions created in [`from`, `until`), by data category, per finest group: the body of
 * a statement or CTE with columns p, m, o, actions. The month's figure and the open month's
 * nightly tally (snapshots.ts) are both this.
 */
export function actionsByGroupSql(from: SQL, until: SQL, scope: MonitoringScope): SQL {
  return sql`select p, m, o, jsonb_object_agg(data_category, n) as actions from (
            select g.p, g.m, g.o, sa.data_category, sum(sa.n)::int as n
            -- Per case first, so that each case's group is looked up once, not once per action.
            from (select joint_customership_id, data_category, count(*) as n from service_action
              -- A range on created_at itself, so that its index serves.
              where created_at >= ${from} and created_at < ${until}
              group by 1, 2) sa
            -- Each case's group by its key (offset 0 keeps the lookup per case): a join let the
            -- planner hash every case of the country for one month's actions.
            cross join lateral (
              select jc.programme_id as p, c.municipality_id as m, jc.enrolling_organisation_id as o
              from joint_customership jc join customer c on c.id = jc.customer_id
              where jc.id = sa.joint_customership_id ${scopeFilter(scope, 'jc.enrolling_organisation_id')}
              offset 0
            ) g
            group by 1, 2, 3, 4
          ) x group by p, m, o`
}

/**
 * The statement counting one month (`month` = its first day) from the base tables, at the finest
 * grain. `flowOnly` restricts it to the cases that started or ended in the month (the open month
 * on top of the previous month's snapshot, snapshots.ts): then `at_end` and `at_end_ltu` count
 * only those cases, and `ended_ltu_before` the ended ones long-term unemployed at the previous
 * month's end. Long-term unemployed: a spell that had lasted 12 months or more on the day in
 * question (the enrolment day, or the month's last day) and had not ended. Lead time: enrolment
 * (the record's creation) to the first service action created, in days. `actionsFrom` counts
 * only the actions created from then on (the open month on top of its nightly tally).
 */
export function fineCountsSql(
  month: string,
  scope: MonitoringScope,
  flowOnly = false,
  actionsFrom?: SQL,
): SQL {
  const { first, last } = boundsOf(month)
  const which = flowOnly
    ? sql`((jc.enrolled_on between ${first} and ${last}) or (jc.ended_on between ${first} and ${last}))`
    : sql`jc.enrolled_on <= ${last} and (jc.ended_on is null or jc.ended_on >= ${first})`
  return sql`with cases as (
          select jc.id, jc.customer_id, jc.enrolled_on, jc.ended_on, jc.end_reason, jc.created_at,
            jc.programme_id as p, c.m, jc.enrolling_organisation_id as o
          from joint_customership jc
          -- Each case's municipality by its key (offset 0 keeps the lookup per case): a join
          -- let the planner hash every person of the country for one month's cases.
          cross join lateral (select c.municipality_id as m from customer c
            where c.id = jc.customer_id offset 0) c
          where ${which} ${scopeFilter(scope, 'jc.enrolling_organisation_id')}
        ),
        flags as (
          select k.*,
            k.enrolled_on >= ${first} as started,
            (k.ended_on is null or k.ended_on > ${last}) as at_end,
            k.ended_on between ${first} and ${last} as ended,
            exists (select 1 from unemployment_spell s where s.customer_id = k.customer_id
              and s.started_on <= (k.enrolled_on - interval '12 months')::date
              and (s.ended_on is null or s.ended_on >= k.enrolled_on)) as ltu_at_start,
            exists (select 1 from unemployment_spell s where s.customer_id = k.customer_id
              and s.started_on <= (${last} - interval '12 months')::date
              and (s.ended_on is null or s.ended_on > ${last})) as ltu_at_end,
            (k.enrolled_on < ${first} and k.ended_on between ${first} and ${last} and exists (
              select 1 from unemployment_spell s where s.customer_id = k.customer_id
              and s.started_on <= (${first} - 1 - interval '12 months')::date
              and (s.ended_on is null or s.ended_on > ${first} - 1))) as ended_ltu_before
          from cases k
        ),
        -- Each started case's first action through the case's index: a join here let the
        -- planner hash every action of the country for one month's cases (bench/README.md).
        first_action as (
          select f.id, extract(epoch from a.first_at - f.created_at) / 86400 as days
          from flags f
          cross join lateral (select min(sa.created_at) as first_at from service_action sa
            where sa.joint_customership_id = f.id) a
          where f.started and a.first_at is not null
        ),
        follow as (
          select f.id,
            max(case when fu.months_after = 3 then (fu.status in ('employed', 'studying'))::int end) as fu3,
            max(case when fu.months_after = 6 then (fu.status in ('employed', 'studying'))::int end) as fu6
          from flags f join follow_up_status fu on fu.customer_id = f.customer_id and fu.ended_on = f.ended_on
          where f.ended group by f.id
        ),
        ended_by as (
          select p, m, o, jsonb_object_agg(end_reason, n) as ended from (
            select p, m, o, end_reason, count(*)::int as n from flags where ended group by p, m, o, end_reason
          ) x group by p, m, o
        ),
        actions_by as (${actionsByGroupSql(actionsFrom ?? helsinkiDayStart(month), monthEnd(month), scope)}),
        referrals_by as (
          select p, m, o, jsonb_object_agg(service_id, n) as referrals from (
            select jc.programme_id as p, c.municipality_id as m, jc.enrolling_organisation_id as o,
              r.service_id::text as service_id, count(*)::int as n
            from referral r
            join joint_customership jc on jc.id = r.joint_customership_id
            join customer c on c.id = jc.customer_id
            -- Purchased services that started in the month (Helsinki), whatever became of them since.
            where r.started_at >= ${helsinkiDayStart(month)} and r.started_at < ${monthEnd(month)}
              ${scopeFilter(scope, 'jc.enrolling_organisation_id')}
            group by 1, 2, 3, 4
          ) x group by p, m, o
        ),
        per_group as (
          select f.p, f.m, f.o,
            count(*) filter (where f.at_end)::int as at_end,
            count(*) filter (where f.at_end and f.ltu_at_end)::int as at_end_ltu,
            count(*) filter (where f.started)::int as started,
            count(*) filter (where f.started and f.ltu_at_start)::int as started_ltu,
            count(fa.id)::int as started_with_action,
            count(*) filter (where f.ended_ltu_before)::int as ended_ltu_before,
            array_agg(fa.days::float order by fa.days) filter (where fa.id is not null) as lead_days,
            count(*) filter (where fo.fu3 = 1)::int as fu3_in,
            count(*) filter (where fo.fu3 = 0)::int as fu3_out,
            count(*) filter (where fo.fu6 = 1)::int as fu6_in,
            count(*) filter (where fo.fu6 = 0)::int as fu6_out
          from flags f
          left join first_action fa on fa.id = f.id
          left join follow fo on fo.id = f.id
          group by f.p, f.m, f.o
        ),
        keys as (
          select p, m, o from per_group union select p, m, o from actions_by
          union select p, m, o from referrals_by
        )
        select k.p::text as p, k.m::text as m, k.o::text as o,
          coalesce(pg.at_end, 0) as at_end, coalesce(pg.at_end_ltu, 0) as at_end_ltu,
          coalesce(pg.started, 0) as started, coalesce(pg.started_ltu, 0) as started_ltu,
          coalesce(pg.started_with_action, 0) as started_with_action,
          coalesce(pg.ended_ltu_before, 0) as ended_ltu_before,
          e.ended,
          coalesce(pg.fu3_in, 0) as fu3_in, coalesce(pg.fu3_out, 0) as fu3_out,
          coalesce(pg.fu6_in, 0) as fu6_in, coalesce(pg.fu6_out, 0) as fu6_out,
          a.actions, r.referrals, pg.lead_days
        -- Programme and organisation are never null: equal on them, so that the joins hash
        -- (a row-wise is not distinct from joins every key with every group, one by one).
        from keys k
        left join per_group pg on pg.p = k.p and pg.o = k.o and pg.m is not distinct from k.m
        left join actions_by a on a.p = k.p and a.o = k.o and a.m is not distinct from k.m
        left join referrals_by r on r.p = k.p and r.o = k.o and r.m is not distinct from k.m
        left join ended_by e on e.p = k.p and e.o = k.o and e.m is not distinct from k.m`
}

/** One month's counts from the base tables, at the finest grain. */
export function fineCounts(
  db: Queryable,
  month: string,
  scope: MonitoringScope,
): Promise<FineCounts[]> {
  return queryRows<FineCounts>(db, fineCountsSql(month, scope))
}

/** PostgreSQL's `percentile_cont` over sorted values (linear interpolation). */
export function percentileCont(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null
  const position = fraction * (sorted.length - 1)
  const lo = Math.floor(position)
  const hi = Math.ceil(position)
  const a = sorted[lo]!
  if (hi === lo) return a
  return a + (sorted[hi]! - a) * (position - lo)
}

const dimensionKey: Record<MonitoringDimension, 'p' | 'm' | 'o'> = {
  programme: 'p',
  municipality: 'm',
  organisation: 'o',
}

/** Adds each count of `from` to `into`'s, and gives `into`. */
export const addInto = (into: Record<string, number>, from: Record<string, number> | null) => {
  for (const [k, n] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + n
  return into
}
const orNull = (r: Record<string, number>) => (Object.keys(r).length ? r : null)

/**
 * Sums finest-grain counts up to the groups of a dimension, and gives the lead times of the
 * whole (the report's total row) from every group's.
 */
export function countsByDimension(
  rows: readonly FineCounts[],
  dimension: MonitoringDimension,
): { groups: GroupCounts[]; overall: { median: number | null; p90: number | null } } {
  const key = dimensionKey[dimension]
  const acc = new Map<string, { c: GroupCounts; days: number[] }>()
  const all: number[] = []
  for (const r of rows) {
    const g = r[key] ?? ''
    let a = acc.get(g)
    if (!a) {
      a = {
        c: {
          g,
          at_end: 0,
          at_end_ltu: 0,
          started: 0,
          started_ltu: 0,
          started_with_action: 0,
          median_days: null,
          p90_days: null,
          ended: {},
          fu3_in: 0,
          fu3_out: 0,
          fu6_in: 0,
          fu6_out: 0,
          actions: {},
          referrals: {},
        },
        days: [],
      }
      acc.set(g, a)
    }
    const c = a.c
    c.at_end += r.at_end
    c.at_end_ltu += r.at_end_ltu
    c.started += r.started
    c.started_ltu += r.started_ltu
    c.started_with_action += r.started_with_action
    c.fu3_in += r.fu3_in
    c.fu3_out += r.fu3_out
    c.fu6_in += r.fu6_in
    c.fu6_out += r.fu6_out
    addInto(c.ended!, r.ended)
    addInto(c.actions!, r.actions)
    addInto(c.referrals!, r.referrals)
    for (const d of r.lead_days ?? []) {
      a.days.push(d)
      all.push(d)
    }
  }
  const byNumber = (x: number, y: number) => x - y
  const groups = [...acc.values()].map(({ c, days }) => {
    days.sort(byNumber)
    return {
      ...c,
      median_days: percentileCont(days, 0.5),
      p90_days: percentileCont(days, 0.9),
      ended: orNull(c.ended!),
      actions: orNull(c.actions!),
      referrals: orNull(c.referrals!),
    }
  })
  all.sort(byNumber)
  return {
    groups,
    overall: { median: percentileCont(all, 0.5), p90: percentileCont(all, 0.9) },
  }
}

/**
 * Names of the groups of a dimension, in fi/sv/en. An organisation lead's organisation
 * dimension has their own organisation only.
 */
export async function groupNames(
  db: Queryable,
  dimension: MonitoringDimension,
  scope: MonitoringScope = wholeNetwork,
) {
  const table = sql.raw(dimension)
  const only =
    dimension === 'organisation' && scope.organisationId
      ? sql`where id = ${scope.organisationId}::uuid`
      : sql``
  return queryRows<{ id: string; name_fi: string; name_sv: string; name_en: string }>(
    db,
    sql`select id::text, name_fi, name_sv, name_en from ${table} ${only} order by name_fi, id`,
  )
}

/**
 * The purchased services referrals can start in — every service with a contract, and any
 * service a referral names — in the order of their Finnish names: the columns of
 * `referralsStarted`. Every one is a column, whether anyone started it this month or not.
 */
export async function referralServices(db: Queryable) {
  return queryRows<{ id: string; name_fi: string; name_sv: string; name_en: string }>(
    db,
    sql`select s.id::text, s.name->>'fi' as name_fi, s.name->>'sv' as name_sv,
          s.name->>'en' as name_en from service s
        where exists (select 1 from contract ct where ct.service_id = s.id)
          or exists (select 1 from referral r where r.service_id = s.id)
        order by s.name->>'fi', s.id`,
  )
}
