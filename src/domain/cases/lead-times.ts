import { sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import { referralLeadTimes } from '../purchasing/lead-times'
import { suggestionLeadTimes } from '../jobs/suggestions'

/**
 * The network's delays, from timestamps the cases record: enrolment → first service action,
 * indicator → first of its steps done, and steps done on time vs late. Figures per organisation
 * owning the steps, over cases enrolled in [from, to].
 */
export async function leadTimes(ctx: Ctx, from: string, to: string) {
  const [overall] = await queryRows<{
    enrolments: number
    median_days_to_first_action: number | null
    median_days_indicator_to_first_done: number | null
  }>(
    ctx.db,
    sql`with cases as (
          select id, enrolled_on, created_at from joint_customership
          where enrolled_on between ${from}::date and ${to}::date
        ),
        first_action as (
          select c.id, extract(epoch from min(sa.created_at) - c.created_at) / 86400 as days
          from cases c join service_action sa on sa.joint_customership_id = c.id group by c.id, c.created_at
        ),
        indicator_done as (
          select ri.id, extract(epoch from min(sa.done_at) - ri.raised_at) / 86400 as days
          from raised_indicator ri
          join cases c on c.id = ri.joint_customership_id
          join opened_event_card o on o.raised_indicator_id = ri.id
          join service_action sa on sa.opened_event_card_id = o.id and sa.done_at is not null
          group by ri.id, ri.raised_at
        )
        select (select count(*)::int from cases) as enrolments,
          (select percentile_cont(0.5) within group (order by days) from first_action)::float as median_days_to_first_action,
          (select percentile_cont(0.5) within group (order by days) from indicator_done)::float as median_days_indicator_to_first_done`,
  )
  const perOrganisation = await queryRows<{
    organisation_id: string
    steps: number
    done_on_time: number
    done_late: number
    open_overdue: number
  }>(
    ctx.db,
    sql`select sa.owner_organisation_id as organisation_id,
          count(*)::int as steps,
          count(*) filter (where sa.status = 'done' and (sa.done_at at time zone 'Europe/Helsinki')::date <= sa.due_on)::int as done_on_time,
          count(*) filter (where sa.status = 'done' and (sa.done_at at time zone 'Europe/Helsinki')::date > sa.due_on)::int as done_late,
          count(*) filter (where sa.status in ('open', 'in_progress') and sa.due_on < (${ctx.now.toISOString()}::timestamptz at time zone 'Europe/Helsinki')::date)::int as open_overdue
        from service_action sa
        join joint_customership jc on jc.id = sa.joint_customership_id
        where jc.enrolled_on between ${from}::date and ${to}::date
        group by sa.owner_organisation_id
        order by sa.owner_organisation_id`,
  )
  return {
    from,
    to,
    enrolments: overall?.enrolments ?? 0,
    medianDaysToFirstAction: overall?.median_days_to_first_action ?? null,
    medianDaysIndicatorToFirstDone: overall?.median_days_indicator_to_first_done ?? null,
    referrals: await referralLeadTimes(ctx.db, from, to),
    // Job suggestions made in the period: how many led to an application, and how fast.
    jobSuggestions: await suggestionLeadTimes(ctx, from, to),
    perOrganisation: perOrganisation.map((r) => ({
      organisationId: r.organisation_id,
      steps: r.steps,
      doneOnTime: r.done_on_time,
      doneLate: r.done_late,
      openOverdue: r.open_overdue,
    })),
  }
}
