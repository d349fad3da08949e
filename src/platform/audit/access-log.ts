import { sql } from 'drizzle-orm'
import { queryRows, type Queryable } from '../db/database'
import type { Position } from '../http/paging'

/**
 * One entry of a person's access log, grouped from the raw audit events on read (the trail
 * itself stays one row per request):
 *   view – one worker's requests about this person, each within `gapSeconds` of the previous
 *          one (a page view calls several routes at once);
 *   list – the person's appearances on an organisation's list pages on one day (Helsinki).
 * Besides organisations' accesses, the log holds the openings of links the person handed out
 * themself (`openActions`, e.g. a competence share link): no organisation, grouped alike.
 */
export interface AccessGroup {
  kind: 'view' | 'list'
  /** Null for an opening of the person's own link (`openActions`). */
  organisationId: string | null
  /** The worker, for a view; a list group may span several workers. */
  userId: string | null
  firstAt: Date
  lastAt: Date
  /** The newest event of the group: with lastAt, the group's position for keyset paging. */
  lastId: string
  actions: string[]
  purposes: string[]
  requests: number
}

export interface AccessLogQuery {
  listActions: readonly string[]
  /** Actions that appear though no organisation took them: someone opened the person's link. */
  openActions: readonly string[]
  gapSeconds: number
  after: Position | null
  limit: number
}

interface Row {
  kind: 'view' | 'list'
  organisation_id: string | null
  user_id: string | null
  first_ms: number
  last_ms: number
  last_id: string
  actions: string[]
  purposes: string[]
  requests: number
}

/** Organisations' successful accesses to one person's data, newest first, grouped. */
export async function accessesToPerson(
  db: Queryable,
  personId: string,
  q: AccessLogQuery,
): Promise<{ groups: AccessGroup[]; hasMore: boolean }> {
  const listed =
    q.listActions.length === 0
      ? sql`false`
      : sql`action in (${sql.join(
          q.listActions.map((a) => sql`${a}`),
          sql`, `,
        )})`
  const opened =
    q.openActions.length === 0
      ? sql`false`
      : sql`action in (${sql.join(
          q.openActions.map((a) => sql`${a}`),
          sql`, `,
        )})`
  const after = q.after
    ? sql`where (last_at, last_id) < (${q.after.at.toISOString()}::timestamptz, ${q.after.id}::uuid)`
    : sql``
  // Gaps and islands: a group starts where its key's previous event is too far back in time.
  const rows = await queryRows<Row>(
    db,
    sql`with e as (
          select id, occurred_at, actor_organisation_id, action, purpose, ${listed} as listed,
            case when ${listed} then null else actor_user_id end as user_id
          from audit_event
          where person_ids @> array[${personId}::uuid]
            and (actor_organisation_id is not null or ${opened}) and outcome = 'success'
        ), keyed as (
          select e.*,
            case when listed
              then 'list ' || actor_organisation_id || ' ' ||
                   (occurred_at at time zone 'Europe/Helsinki')::date
              else 'view ' || coalesce(actor_organisation_id::text, '') || ' ' || coalesce(user_id::text, '')
            end as key
          from e
        ), lagged as (
          select keyed.*,
            lag(occurred_at) over (partition by key order by occurred_at, id) as prev_at
          from keyed
        ), numbered as (
          select lagged.*,
            sum(case when prev_at is null
                  or (not listed and occurred_at - prev_at > make_interval(secs => ${q.gapSeconds}::int))
                then 1 else 0 end)
              over (partition by key order by occurred_at, id rows unbounded preceding) as grp
          from lagged
        ), grouped as (
          select key, grp, listed, actor_organisation_id, user_id,
            min(occurred_at) as first_at, max(occurred_at) as last_at,
            (array_agg(id order by occurred_at desc, id desc))[1] as last_id,
            array_agg(distinct action) as actions,
            array_remove(array_agg(distinct purpose), null) as purposes,
            count(*)::int as requests
          from numbered
          group by key, grp, listed, actor_organisation_id, user_id
        )
        select case when listed then 'list' else 'view' end as kind,
          actor_organisation_id::text as organisation_id, user_id::text as user_id,
          (extract(epoch from first_at) * 1000)::float8 as first_ms,
          (extract(epoch from last_at) * 1000)::float8 as last_ms,
          last_id::text as last_id, actions::text[] as actions, purposes::text[] as purposes,
          requests
        from grouped ${after}
        order by last_at desc, last_id desc
        limit ${q.limit + 1}`,
  )
  return {
    groups: rows.slice(0, q.limit).map((r) => ({
      kind: r.kind,
      organisationId: r.organisation_id,
      userId: r.user_id,
      firstAt: new Date(r.first_ms),
      lastAt: new Date(r.last_ms),
      lastId: r.last_id,
      actions: r.actions,
      purposes: r.purposes,
      requests: r.requests,
    })),
    hasMore: rows.length > q.limit,
  }
}
