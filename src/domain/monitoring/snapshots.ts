import { sql } from 'drizzle-orm'
import { queryRows, type Queryable } from '../../platform/db/database'
import { helsinkiDate } from '../cases/eligibility'
import {
  actionsByGroupSql,
  addInto,
  boundsOf,
  fineCounts,
  helsinkiDayStart,
  fineCountsSql,
  type FineCounts,
  type MonitoringScope,
  wholeNetwork,
} from './counts'

/**
 * Monthly snapshots (docs/monitoring.md, "National scale"): a closed month's counts are kept at
 * the finest grain in `monitoring_snapshot`, rebuilt from the base tables by a job; the open
 * month is the previous month's snapshot plus what happened in the open month, computed live
 * from the cases that started or ended in it and the customers whose long-term unemployment
 * changed in it. Both come from the one counting statement (`fineCountsSql`), so a snapshot's
 * figures are by construction the base tables' (figures.test.ts compares them). The open month's
 * service actions up to the start of the job's day are tallied by the same job
 * (`monitoring_action_tally`, through `actionsByGroupSql`), so that only the actions since then
 * are counted live: most of a month's actions belong to cases that neither started nor ended in
 * it, and looking up each one's group was half of the open month's work.
 */

/** The first day (`YYYY-MM-01`) of the month `now` is in, in Finland. */
export function openMonthOf(now: Date): string {
  const ym = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
  }).format(now)
  return `${ym.slice(0, 7)}-01`
}

function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`
}

/** Rebuilds one month's snapshot from the base tables (delete and insert, one transaction). */
export async function buildSnapshot(db: Queryable, month: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from monitoring_snapshot where month = ${month}::date`)
    await tx.execute(sql`insert into monitoring_snapshot (month, programme_id, municipality_id,
        organisation_id, at_end, at_end_ltu, started, started_ltu, started_with_action,
        fu3_in, fu3_out, fu6_in, fu6_out, ended, actions, referrals, lead_days, created_at, updated_at)
      select ${month}::date, f.p::uuid, f.m::uuid, f.o::uuid, f.at_end, f.at_end_ltu, f.started,
        f.started_ltu, f.started_with_action, f.fu3_in, f.fu3_out, f.fu6_in, f.fu6_out,
        f.ended, f.actions, f.referrals, f.lead_days, ${now}, ${now}
      from (${fineCountsSql(month, wholeNetwork)}) f`)
    await tx.execute(sql`insert into monitoring_snapshot_month (month, built_at, created_at, updated_at)
      values (${month}::date, ${now}, ${now}, ${now})
      on conflict (month) do update set built_at = excluded.built_at, updated_at = excluded.updated_at`)
  })
}

/**
 * Tallies the open month's service actions created before the start of `now`'s day in Finland
 * (delete and insert, one transaction), and drops any other month's tally. The job runs past
 * midnight, so no transaction that stamped an action before then is still open.
 */
export async function buildActionTally(db: Queryable, open: string, now: Date): Promise<void> {
  const through = helsinkiDayStart(helsinkiDate(now))
  const from = helsinkiDayStart(open)
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from monitoring_action_tally`)
    await tx.execute(sql`delete from monitoring_action_tally_month`)
    await tx.execute(sql`insert into monitoring_action_tally (month, programme_id, municipality_id,
        organisation_id, actions, created_at, updated_at)
      select ${open}::date, t.p, t.m, t.o, t.actions, ${now}, ${now}
      from (${actionsByGroupSql(from, through, wholeNetwork)}) t`)
    await tx.execute(sql`insert into monitoring_action_tally_month (month, through, built_at,
        created_at, updated_at)
      values (${open}::date, ${through}, ${now}, ${now}, ${now})`)
  })
}

/**
 * Rebuilds every closed month's snapshot, from the first enrolment's month to the month before
 * `now`'s. Months closed long ago change too (a registry import of old spells, a late first
 * action, a customer who moved), hence all of them. Returns the months built.
 */
export async function rebuildSnapshots(db: Queryable, now: Date): Promise<string[]> {
  const open = openMonthOf(now)
  const [first] = await queryRows<{ m: string | null }>(
    db,
    sql`select to_char(min(enrolled_on), 'YYYY-MM-01') as m from joint_customership`,
  )
  const months: string[] = []
  if (!first?.m) return months
  for (let m = monthBefore(open); m >= first.m; m = monthBefore(m)) months.push(m)
  for (const m of months) await buildSnapshot(db, m, now)
  await buildActionTally(db, open, now)
  // Months before the first enrolment have nothing to keep.
  await db.execute(sql`delete from monitoring_snapshot where month < ${first.m}::date`)
  await db.execute(sql`delete from monitoring_snapshot_month where month < ${first.m}::date
    or month >= ${open}::date`)
  return months
}

async function hasSnapshot(db: Queryable, month: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from monitoring_snapshot_month where month = ${month}::date`,
  )
  return rows.length > 0
}

async function snapshotRows(
  db: Queryable,
  month: string,
  scope: MonitoringScope,
): Promise<FineCounts[]> {
  const only = scope.organisationId
    ? sql`and organisation_id = ${scope.organisationId}::uuid`
    : sql``
  return queryRows<FineCounts>(
    db,
    sql`select programme_id::text as p, municipality_id::text as m, organisation_id::text as o,
        at_end, at_end_ltu, started, started_ltu, started_with_action, 0 as ended_ltu_before,
        fu3_in, fu3_out, fu6_in, fu6_out, ended, actions, referrals, lead_days
      from monitoring_snapshot where month = ${month}::date ${only}`,
  )
}

/**
 * The open month's action tally, when the nightly job made one for it: its rows, and from when
 * the actions are to be counted live.
 */
async function actionTally(db: Queryable, month: string, scope: MonitoringScope) {
  // `through` is the start of a day in Finland (buildActionTally): that day.
  const [built] = await queryRows<{ day: string }>(
    db,
    sql`select to_char(through at time zone 'Europe/Helsinki', 'YYYY-MM-DD') as day
      from monitoring_action_tally_month where month = ${month}::date`,
  )
  if (!built) return null
  const only = scope.organisationId
    ? sql`and organisation_id = ${scope.organisationId}::uuid`
    : sql``
  const rows = await queryRows<{
    p: string | null
    m: string | null
    o: string | null
    actions: Record<string, number>
  }>(
    db,
    sql`select programme_id::text as p, municipality_id::text as m, organisation_id::text as o,
        actions from monitoring_action_tally where month = ${month}::date ${only}`,
  )
  return { through: helsinkiDayStart(built.day), rows }
}

/**
 * Per finest group: how many cases active at both the previous month's end and this month's
 * became long-term unemployed (+1) or stopped being so (−1) in between. Only customers with a
 * spell that crossed 12 months or ended in the month can change.
 */
async function longTermChanges(db: Queryable, month: string, scope: MonitoringScope) {
  const only = scope.organisationId
    ? sql`and jc.enrolling_organisation_id = ${scope.organisationId}::uuid`
    : sql``
  const { first, last } = boundsOf(month)
  // The previous month's last day and this month's.
  const d1 = sql`(${first} - 1)`
  const d2 = last
  return queryRows<{ p: string | null; m: string | null; o: string | null; delta: number }>(
    db,
    sql`with changed as (
        select s.customer_id from unemployment_spell s
        where s.started_on > (${d1} - interval '12 months')::date
          and s.started_on <= (${d2} - interval '12 months')::date
        union
        select s.customer_id from unemployment_spell s
        where s.ended_on > ${d1} and s.ended_on <= ${d2}
      ),
      -- Materialised: each case's two exists run once, not once per filter below.
      k as materialized (
        select jc.programme_id as p, c.municipality_id as m, jc.enrolling_organisation_id as o,
          exists (select 1 from unemployment_spell s where s.customer_id = jc.customer_id
            and s.started_on <= (${d1} - interval '12 months')::date
            and (s.ended_on is null or s.ended_on > ${d1})) as before,
          exists (select 1 from unemployment_spell s where s.customer_id = jc.customer_id
            and s.started_on <= (${d2} - interval '12 months')::date
            and (s.ended_on is null or s.ended_on > ${d2})) as after
        from changed ch
        -- The changed people's cases by their key (offset 0 keeps the lookup per person): a
        -- join let the planner read every case of the country for a few thousand people.
        cross join lateral (select * from joint_customership jc
          where jc.customer_id = ch.customer_id offset 0) jc
        join customer c on c.id = jc.customer_id
        where jc.enrolled_on <= ${d1} and (jc.ended_on is null or jc.ended_on > ${d2}) ${only}
      )
      select p::text as p, m::text as m, o::text as o,
        (count(*) filter (where after and not before) - count(*) filter (where before and not after))::int as delta
      from k group by p, m, o`,
  )
}

const keyOf = (r: { p: string | null; m: string | null; o: string | null }) =>
  `${r.p ?? ''}|${r.m ?? ''}|${r.o ?? ''}`
const total = (r: Record<string, number> | null) =>
  Object.values(r ?? {}).reduce((a, b) => a + b, 0)

/**
 * The open month on top of the previous month's snapshot: customers at month end are last
 * month's plus those who started minus those who ended; the long-term unemployed among them
 * likewise, plus those whose spell crossed 12 months or ended. Everything else in a month is
 * about the cases that started or ended in it, or about actions and referrals by their dates.
 */
async function openMonthCounts(
  db: Queryable,
  month: string,
  scope: MonitoringScope,
): Promise<FineCounts[]> {
  const tally = await actionTally(db, month, scope)
  const [previous, flow, changes] = await Promise.all([
    snapshotRows(db, monthBefore(month), scope),
    queryRows<FineCounts>(db, fineCountsSql(month, scope, true, tally?.through)),
    longTermChanges(db, month, scope),
  ])
  const out = new Map<string, FineCounts>()
  const zero = (r: { p: string | null; m: string | null; o: string | null }): FineCounts => ({
    p: r.p,
    m: r.m,
    o: r.o,
    at_end: 0,
    at_end_ltu: 0,
    started: 0,
    started_ltu: 0,
    started_with_action: 0,
    ended_ltu_before: 0,
    ended: null,
    fu3_in: 0,
    fu3_out: 0,
    fu6_in: 0,
    fu6_out: 0,
    actions: null,
    referrals: null,
    lead_days: null,
  })
  const at = (r: { p: string | null; m: string | null; o: string | null }) => {
    let row = out.get(keyOf(r))
    if (!row) out.set(keyOf(r), (row = zero(r)))
    return row
  }
  for (const r of previous) {
    const row = at(r)
    row.at_end = r.at_end
    row.at_end_ltu = r.at_end_ltu
  }
  for (const f of flow) {
    const row = at(f)
    row.at_end += f.started - total(f.ended)
    row.at_end_ltu += f.at_end_ltu - f.ended_ltu_before
    Object.assign(row, {
      started: f.started,
      started_ltu: f.started_ltu,
      started_with_action: f.started_with_action,
      ended: f.ended,
      fu3_in: f.fu3_in,
      fu3_out: f.fu3_out,
      fu6_in: f.fu6_in,
      fu6_out: f.fu6_out,
      actions: f.actions,
      referrals: f.referrals,
      lead_days: f.lead_days,
    })
  }
  for (const c of changes) at(c).at_end_ltu += c.delta
  for (const t of tally?.rows ?? []) {
    const row = at(t)
    row.actions = addInto({ ...row.actions }, t.actions)
  }
  return [...out.values()]
}

/**
 * A month's counts at the finest grain, the quickest exact way: a closed month from its
 * snapshot; the open month from the previous month's snapshot and the month's own events; any
 * other month (no snapshot yet, or in the future) from the base tables.
 */
export async function monthFineCounts(
  db: Queryable,
  month: string,
  scope: MonitoringScope,
  now: Date,
): Promise<FineCounts[]> {
  const open = openMonthOf(now)
  if (month < open && (await hasSnapshot(db, month))) return snapshotRows(db, month, scope)
  if (month === open && (await hasSnapshot(db, monthBefore(month))))
    return openMonthCounts(db, month, scope)
  return fineCounts(db, month, scope)
}
