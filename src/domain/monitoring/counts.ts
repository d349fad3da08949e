import { sql } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'
import type { MonitoringDimension } from '../../shared/monitoring'

/** Which column of a joint customership (joined to its customer `c`) a dimension groups by. */
const groupColumn: Record<MonitoringDimension, string> = {
  programme: 'jc.programme_id',
  municipality: 'c.municipality_id',
  organisation: 'jc.enrolling_organisation_id',
}

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
}

/**
 * The raw counts of one month (`month` = its first day) per group, over every joint customership.
 * Long-term unemployed: a spell that had lasted 12 months or more on the day in question (the
 * enrolment day, or the month's last day) and had not ended. Lead time: enrolment (the record's
 * creation) to the first service action created, in days.
 */
export async function monthCounts(
  db: Queryable,
  month: string,
  dimension: MonitoringDimension,
): Promise<GroupCounts[]> {
  const g = sql.raw(groupColumn[dimension])
  return queryRows<GroupCounts>(
    db,
    sql`with bounds as (
          select ${month}::date as first, (${month}::date + interval '1 month' - interval '1 day')::date as last
        ),
        cases as (
          select jc.id, jc.customer_id, jc.enrolled_on, jc.ended_on, jc.end_reason, jc.created_at, ${g} as g
          from joint_customership jc join customer c on c.id = jc.customer_id, bounds b
          where jc.enrolled_on <= b.last and (jc.ended_on is null or jc.ended_on >= b.first)
        ),
        flags as (
          select k.*,
            k.enrolled_on >= b.first as started,
            (k.ended_on is null or k.ended_on > b.last) as at_end,
            k.ended_on between b.first and b.last as ended,
            exists (select 1 from unemployment_spell s where s.customer_id = k.customer_id
              and s.started_on <= (k.enrolled_on - interval '12 months')::date
              and (s.ended_on is null or s.ended_on >= k.enrolled_on)) as ltu_at_start,
            exists (select 1 from unemployment_spell s where s.customer_id = k.customer_id
              and s.started_on <= (b.last - interval '12 months')::date
              and (s.ended_on is null or s.ended_on > b.last)) as ltu_at_end
          from cases k, bounds b
        ),
        first_action as (
          select f.id, extract(epoch from min(sa.created_at) - f.created_at) / 86400 as days
          from flags f join service_action sa on sa.joint_customership_id = f.id
          where f.started group by f.id, f.created_at
        ),
        follow as (
          select f.id,
            max(case when fu.months_after = 3 then (fu.status in ('employed', 'studying'))::int end) as fu3,
            max(case when fu.months_after = 6 then (fu.status in ('employed', 'studying'))::int end) as fu6
          from flags f join follow_up_status fu on fu.customer_id = f.customer_id and fu.ended_on = f.ended_on
          where f.ended group by f.id
        ),
        ended_by as (
          select g, jsonb_object_agg(end_reason, n) as ended from (
            select g, end_reason, count(*)::int as n from flags where ended group by g, end_reason
          ) x group by g
        ),
        actions_by as (
          select g, jsonb_object_agg(data_category, n) as actions from (
            select ${g} as g, sa.data_category, count(*)::int as n
            from service_action sa
            join joint_customership jc on jc.id = sa.joint_customership_id
            join customer c on c.id = jc.customer_id, bounds b
            -- A range on created_at itself, so that its index serves (Helsinki month bounds).
            where sa.created_at >= (b.first::timestamp at time zone 'Europe/Helsinki')
              and sa.created_at < ((b.last + 1)::timestamp at time zone 'Europe/Helsinki')
            group by 1, 2
          ) x group by g
        ),
        per_group as (
          select f.g,
            count(*) filter (where f.at_end)::int as at_end,
            count(*) filter (where f.at_end and f.ltu_at_end)::int as at_end_ltu,
            count(*) filter (where f.started)::int as started,
            count(*) filter (where f.started and f.ltu_at_start)::int as started_ltu,
            count(fa.id)::int as started_with_action,
            (percentile_cont(0.5) within group (order by fa.days))::float as median_days,
            (percentile_cont(0.9) within group (order by fa.days))::float as p90_days,
            count(*) filter (where fo.fu3 = 1)::int as fu3_in,
            count(*) filter (where fo.fu3 = 0)::int as fu3_out,
            count(*) filter (where fo.fu6 = 1)::int as fu6_in,
            count(*) filter (where fo.fu6 = 0)::int as fu6_out
          from flags f
          left join first_action fa on fa.id = f.id
          left join follow fo on fo.id = f.id
          group by f.g
        )
        select coalesce(p.g, a.g)::text as g,
          coalesce(p.at_end, 0) as at_end, coalesce(p.at_end_ltu, 0) as at_end_ltu,
          coalesce(p.started, 0) as started, coalesce(p.started_ltu, 0) as started_ltu,
          coalesce(p.started_with_action, 0) as started_with_action,
          p.median_days, p.p90_days, e.ended,
          coalesce(p.fu3_in, 0) as fu3_in, coalesce(p.fu3_out, 0) as fu3_out,
          coalesce(p.fu6_in, 0) as fu6_in, coalesce(p.fu6_out, 0) as fu6_out,
          a.actions
        from per_group p
        full join actions_by a on a.g = p.g
        left join ended_by e on e.g = coalesce(p.g, a.g)`,
  )
}

/** The median and 90th percentile of lead times over all groups (the report's total row). */
export async function overallLeadTimes(db: Queryable, month: string) {
  const [row] = await queryRows<{ median_days: number | null; p90_days: number | null }>(
    db,
    sql`with b as (select ${month}::date as first, (${month}::date + interval '1 month' - interval '1 day')::date as last),
        fa as (
          select extract(epoch from min(sa.created_at) - jc.created_at) / 86400 as days
          from joint_customership jc join service_action sa on sa.joint_customership_id = jc.id, b
          where jc.enrolled_on between b.first and b.last group by jc.id, jc.created_at
        )
        select (percentile_cont(0.5) within group (order by days))::float as median_days,
          (percentile_cont(0.9) within group (order by days))::float as p90_days from fa`,
  )
  return { median: row?.median_days ?? null, p90: row?.p90_days ?? null }
}

/** Names of the groups of a dimension, in fi/sv/en. */
export async function groupNames(db: Queryable, dimension: MonitoringDimension) {
  const table = sql.raw(dimension)
  return queryRows<{ id: string; name_fi: string; name_sv: string; name_en: string }>(
    db,
    sql`select id::text, name_fi, name_sv, name_en from ${table} order by name_fi, id`,
  )
}
