import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../platform/db/database'
import { below, field, SIGNS_1900, SIGNS_2000, textArray } from './synthetic'

/**
 * Joint customerships for the synthetic young people (synthetic.ts), with what a case gathers
 * over time: team members, steps, messages in both threads, the timeline, and the audit history
 * of the workers who opened them. Like the customers, each batch is one statement computed in the
 * database, and every value is a function of (seed, customer id, now).
 */
export interface SyntheticCaseOptions {
  /** Share of synthetic customers with a joint customership. */
  share?: number
  seed?: number
  now?: Date
  batchSize?: number
  onProgress?: (customersSeen: number) => void
}

export interface SyntheticCaseResult {
  cases: number
  steps: number
  messages: number
  timelineEvents: number
  auditEvents: number
  seconds: number
}

/** Adds cases to synthetic customers that have none yet (running it again adds nothing). */
export async function generateSyntheticCases(
  db: Db,
  options: SyntheticCaseOptions = {},
): Promise<SyntheticCaseResult> {
  const started = performance.now()
  const share = options.share ?? 0.6
  const seed = options.seed ?? 1
  const now = options.now ?? new Date()
  const batchSize = options.batchSize ?? 20_000
  const [ids] = await queryRows<{
    programme: string | null
    te: string | null
    kela: string | null
  }>(
    db,
    sql`select (select id::text from programme order by starts_on limit 1) as programme,
               (select id::text from organisation where kind = 'employment_services' order by code limit 1) as te,
               (select id::text from organisation where kind = 'social_insurance' order by code limit 1) as kela`,
  )
  if (!ids?.programme || !ids.te || !ids.kela) throw new Error('Load the demo network first.')
  const total: SyntheticCaseResult = {
    cases: 0,
    steps: 0,
    messages: 0,
    timelineEvents: 0,
    auditEvents: 0,
    seconds: 0,
  }
  const signs = textArray([...SIGNS_1900.slice(1), ...SIGNS_2000.slice(1)])
  const nowTs = sql`${now.toISOString()}::timestamptz`
  const day = sql`interval '1 day'`
  let after = '00000000-0000-0000-0000-000000000000'
  let seen = 0
  for (;;) {
    const [row] = await db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`)
      return queryRows<{
        seen: number
        last: string | null
        cases: number
        steps: number
        messages: number
        timeline: number
        audit: number
      }>(
        tx,
        sql`with page as (
            select cu.id, cu.municipality_id, cu.created_at from customer cu
            where cu.id > ${after}::uuid and substr(cu.identity_code, 7, 1) = any(${signs})
            order by cu.id limit ${batchSize}
          ),
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
            select p.*, hashtextextended('case' || p.id, ${seed}) as h,
                   hashtextextended('more' || p.id, ${seed}) as h2, mo.id as municipal_org_id
            from page p
            left join municipal_org mo on mo.municipality_id = p.municipality_id
            where not exists (select 1 from joint_customership j where j.customer_id = p.id)
          ),
          chosen as (
            select c.*,
                   case when ${below(field('c.h', 1), 0.65)} or c.municipal_org_id is null
                     then ${ids.te}::uuid else c.municipal_org_id end as enrolling_org,
                   greatest(c.created_at, ${nowTs} - ${day} * 900) as enrolled_at,
                   ${below(field('c.h', 2), 0.1)} as ended
            from c where ${below(field('c.h', 0), share)}
          ),
          cases as (
            select ch.*, md5(${`${seed}:case:`} || ch.id)::uuid as case_id,
                   w.ids[1 + ${field('ch.h2', 0)} % greatest(cardinality(w.ids), 1)] as worker
            from chosen ch left join org_workers w on w.organisation_id = ch.enrolling_org
          ),
          new_case as (
            insert into joint_customership (id, customer_id, programme_id, enrolling_organisation_id,
              enrolled_by_user_id, enrolled_on, ended_on, end_reason, created_at, updated_at)
            select case_id, id, ${ids.programme}::uuid, enrolling_org, worker, enrolled_at::date,
                   case when ended then (enrolled_at + ${day} * 200)::date end,
                   case when ended then 'employed_open_market' end, enrolled_at, enrolled_at
            from cases
            returning id
          ),
          members as (
            select cs.case_id, cs.enrolling_org as org_id, cs.worker as contact, cs.enrolled_at as at, 0 as n
            from cases cs
            union all
            select cs.case_id, ${ids.te}::uuid, null, cs.enrolled_at + ${day}, 1 from cases cs
            where cs.enrolling_org <> ${ids.te}::uuid
            union all
            select cs.case_id, ${ids.kela}::uuid, null, cs.enrolled_at + ${day} * 2, 2 from cases cs
            where ${below(field('cs.h2', 1), 0.4)}
          ),
          new_member as (
            insert into team_member (id, joint_customership_id, organisation_id, contact_user_id,
                                     created_at, updated_at)
            select md5(${`${seed}:member:`} || m.case_id || ':' || m.n)::uuid, m.case_id, m.org_id,
                   m.contact, m.at, m.at
            from members m
            returning id, joint_customership_id, organisation_id, created_at
          ),
          steps as (
            select m.case_id, m.org_id, m.n, cs.ended, cs.worker,
                   m.at + ${day} * 3 as created_at,
                   (m.at + ${day} * (14 + 21 * m.n))::date as due_on,
                   hashtextextended('step' || m.case_id || m.n, ${seed}) as hs
            from members m join cases cs on cs.case_id = m.case_id
          ),
          steps_state as (
            select s.*,
                   case when s.ended then 'done'
                        when ${below(field('s.hs', 0), 0.35)} then 'done'
                        when ${below(field('s.hs', 0), 0.55)} then 'in_progress'
                        when ${below(field('s.hs', 0), 0.6)} then 'waiting_for_consent'
                        else 'open' end as status
            from steps s
          ),
          new_step as (
            insert into service_action (id, joint_customership_id, owner_organisation_id,
              instruction_fi, instruction_sv, instruction_en,
              customer_text_fi, customer_text_sv, customer_text_en,
              data_category, status, due_on, done_at, created_at, updated_at)
            select md5(${`${seed}:step:`} || s.case_id || ':' || s.n)::uuid, s.case_id, s.org_id,
                   'Kartoita tilanne ja sovi seuraava askel.', 'Kartlägg läget och kom överens om nästa steg.',
                   'Map the situation and agree on the next step.',
                   'Tapaamme ja sovimme yhdessä seuraavasta askeleesta.',
                   'Vi träffas och kommer tillsammans överens om nästa steg.',
                   'We meet and agree together on the next step.',
                   'employment_and_plan', s.status, s.due_on,
                   case when s.status = 'done' then s.created_at + ${day} * 10 end,
                   s.created_at, s.created_at
            from steps_state s
            returning id, joint_customership_id, owner_organisation_id, status, created_at
          ),
          messages as (
            select cs.case_id, cs.worker, cs.enrolling_org, cs.enrolled_at, t.thread, t.n
            from cases cs
            cross join (values ('customer', 0), ('team', 1)) t(thread, n)
            where cs.worker is not null
          ),
          new_message as (
            insert into case_message (id, joint_customership_id, thread, author_user_id,
                                      author_organisation_id, body, created_at, updated_at)
            select md5(${`${seed}:message:`} || m.case_id || ':' || m.n)::uuid, m.case_id, m.thread,
                   m.worker, m.enrolling_org,
                   case when m.thread = 'customer'
                     then 'Hei! Sovitaan ensimmäinen tapaaminen ensi viikolle.'
                     else 'Tiimille: aloitetaan kartoituksesta.' end,
                   m.enrolled_at + ${day} * (1 + m.n), m.enrolled_at + ${day} * (1 + m.n)
            from messages m
            returning id, joint_customership_id, thread, author_user_id, author_organisation_id, created_at
          ),
          events as (
            select cs.case_id, 'enrolled' as kind, cs.enrolled_at as at, cs.worker as actor,
                   cs.enrolling_org as actor_org, cs.case_id as record_id,
                   jsonb_build_object('overriddenRules', 0) as details
            from cases cs
            union all
            select nm.joint_customership_id, 'team_member_added', nm.created_at, null, null, nm.id,
                   jsonb_build_object('organisationId', nm.organisation_id)
            from new_member nm
            union all
            select ns.joint_customership_id, 'service_action_created', ns.created_at, null,
                   ns.owner_organisation_id, ns.id, jsonb_build_object('status', ns.status)
            from new_step ns
            union all
            -- A step's history: one change to in progress, and for a finished step one to done.
            select ns.joint_customership_id, 'service_action_status_changed',
                   ns.created_at + ${day} * v.days, null, ns.owner_organisation_id, ns.id,
                   jsonb_build_object('status', v.status)
            from new_step ns
            join (values ('in_progress', 2, array['in_progress', 'done']),
                         ('waiting_for_consent', 0, array['waiting_for_consent']),
                         ('done', 10, array['done'])) v(status, days, reached)
              on ns.status = any(v.reached)
            union all
            select nm.joint_customership_id, 'message_sent', nm.created_at, nm.author_user_id,
                   nm.author_organisation_id, nm.id, jsonb_build_object('thread', nm.thread)
            from new_message nm
            union all
            select cs.case_id, 'ended', cs.enrolled_at + ${day} * 200, cs.worker, cs.enrolling_org,
                   cs.case_id, jsonb_build_object('endReason', 'employed_open_market')
            from cases cs where cs.ended
          ),
          new_event as (
            insert into timeline_event (id, joint_customership_id, kind, occurred_at, actor_user_id,
              actor_organisation_id, data_category, record_id, details, created_at, updated_at)
            select md5(${`${seed}:event:`} || e.record_id || ':' || e.kind ||
                       coalesce(':' || (e.details ->> 'status'), ''))::uuid, e.case_id, e.kind,
                   e.at, e.actor, e.actor_org, 'employment_and_plan', e.record_id, e.details, e.at, e.at
            from events e
            returning 1
          ),
          new_audit as (
            -- The enrolment and two later views of the case by its contact: unsealed rows that
            -- the app's sealer chains (bench/national-scale.bench.ts seals them before measuring).
            insert into audit_event (occurred_at, actor_user_id, actor_organisation_id, actor_role,
              action, purpose, outcome, person_ids, record_ids, created_at)
            select cs.enrolled_at + ${day} * v.n, cs.worker, cs.enrolling_org, 'worker', v.action,
                   v.purpose, 'success', array[cs.id], array[cs.case_id::text],
                   cs.enrolled_at + ${day} * v.n
            from cases cs
            cross join (values (0, 'enrolment.create', 'enrolment'), (7, 'case.read', null),
                               (30, 'case.read', null)) v(n, action, purpose)
            where cs.worker is not null
            returning 1
          )
          select (select count(*)::int from page) as seen,
                 (select id::text from page order by id desc limit 1) as last,
                 (select count(*)::int from new_case) as cases,
                 (select count(*)::int from new_step) as steps,
                 (select count(*)::int from new_message) as messages,
                 (select count(*)::int from new_event) as timeline,
                 (select count(*)::int from new_audit) as audit`,
      )
    })
    if (!row || row.seen === 0 || !row.last) break
    after = row.last
    seen += row.seen
    total.cases += row.cases
    total.steps += row.steps
    total.messages += row.messages
    total.timelineEvents += row.timeline
    total.auditEvents += row.audit
    options.onProgress?.(seen)
    if (row.seen < batchSize) break
  }
  await db.execute(
    sql`vacuum (analyze) joint_customership, team_member, service_action, case_message, timeline_event, audit_event`,
  )
  return { ...total, seconds: (performance.now() - started) / 1000 }
}

/**
 * Workers without a password (they cannot sign in), spread over the network's organisations as
 * a country's would be: most in the employment services, then the municipalities, then Kela.
 * Cases generated afterwards name them as contacts, so each worker's own cases stay a few dozen.
 */
export async function generateSyntheticWorkers(db: Db, count: number, seed = 1): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with orgs as (
        select id, kind, row_number() over (partition by kind order by code) - 1 as i,
               count(*) over (partition by kind) as of_kind
        from organisation where kind in ('employment_services', 'social_insurance', 'municipality')
      ),
      existing as (select count(*)::int as n from user_account where username like 'synthetic-worker-%'),
      w as (
        select k, hashtextextended('worker' || k, ${seed}) as h
        from generate_series((select n from existing), (select n from existing) + ${count} - 1) k
      ),
      placed as (
        select w.k, o.id as organisation_id, md5(${`${seed}:worker:`} || w.k)::uuid as user_id
        from w cross join lateral (
          select case when ${below(field('w.h', 0), 0.6)} then 'employment_services'
                      when ${below(field('w.h', 0), 0.85)} then 'municipality'
                      else 'social_insurance' end as kind
        ) pick
        join orgs o on o.kind = pick.kind and o.i = ${field('w.h', 1)} % o.of_kind
      ),
      account as (
        insert into user_account (id, username, display_name, created_at, updated_at)
        select user_id, 'synthetic-worker-' || k,
               'Synthetic worker ' || k, now(), now()
        from placed
        on conflict do nothing
        returning id
      ),
      member as (
        insert into organisation_member (organisation_id, user_account_id, role, created_at, updated_at)
        select p.organisation_id, a.id, 'worker', now(), now()
        from placed p join account a on a.id = p.user_id
        returning 1
      )
      select count(*)::int as n from member`,
  )
  return row?.n ?? 0
}
