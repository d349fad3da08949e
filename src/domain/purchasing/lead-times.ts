import { sql } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { queryRows } from '../../platform/db/database'

/**
 * The purchased services' delays, over referrals sent in [from, to] (Europe/Helsinki dates):
 * referral sent → accepted by the provider, accepted → started. Counts and medians only.
 */
export async function referralLeadTimes(db: Queryable, from: string, to: string) {
  const [row] = await queryRows<{
    referrals: number
    accepted: number
    started: number
    median_days_to_acceptance: number | null
    median_days_acceptance_to_start: number | null
  }>(
    db,
    sql`with sent as (
          select sent_at, accepted_at, started_at from referral
          where sent_at is not null
            and (sent_at at time zone 'Europe/Helsinki')::date between ${from}::date and ${to}::date
        )
        select count(*)::int as referrals,
          count(accepted_at)::int as accepted,
          count(started_at)::int as started,
          (percentile_cont(0.5) within group (order by extract(epoch from accepted_at - sent_at) / 86400)
            filter (where accepted_at is not null))::float as median_days_to_acceptance,
          (percentile_cont(0.5) within group (order by extract(epoch from started_at - accepted_at) / 86400)
            filter (where started_at is not null))::float as median_days_acceptance_to_start
        from sent`,
  )
  return {
    referrals: row?.referrals ?? 0,
    accepted: row?.accepted ?? 0,
    started: row?.started ?? 0,
    medianDaysToAcceptance: row?.median_days_to_acceptance ?? null,
    medianDaysAcceptanceToStart: row?.median_days_acceptance_to_start ?? null,
  }
}
