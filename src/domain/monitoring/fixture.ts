import { sql } from 'drizzle-orm'
import { queryRows, type Queryable } from '../../platform/db/database'

/** A valid identity code of the temporary 900 series for the fixture's person `n`. */
export function fixtureIdentityCode(n: number): string {
  const date = `0101${String(80 + n).padStart(2, '0')}`
  const individual = `9${String(n).padStart(2, '0')}`
  const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + individual) % 31]!
  return `${date}-${individual}${check}`
}

/**
 * A small network with known monthly figures (docs/monitoring.md has the table they make):
 * two municipalities, one programme, one organisation, seven joint customerships around March
 * 2024, their unemployment spells, follow-ups and first service actions, and referrals to two
 * purchased services of one provider (started in February, March and April, and one not yet).
 */
export async function loadMonitoringFixture(db: Queryable) {
  const [ids] = await queryRows<{ m1: string; m2: string; org: string; programme: string }>(
    db,
    sql`
    with r as (
      insert into region (code, name_fi, name_sv, name_en) values ('R1', 'Alue', 'Region', 'Region') returning id
    ), m1 as (
      insert into municipality (code, region_id, name_fi, name_sv, name_en)
      select '901', id, 'Aakkola', 'Aakkola', 'Aakkola' from r returning id
    ), m2 as (
      insert into municipality (code, region_id, name_fi, name_sv, name_en)
      select '902', id, 'Beeville', 'Beeville', 'Beeville' from r returning id
    ), o as (
      insert into organisation (code, kind, name_fi, name_sv, name_en)
      values ('fixture-org', 'employment_services', 'Palvelu', 'Tjänst', 'Service') returning id
    ), p as (
      insert into programme (code, name_fi, name_sv, name_en, region_id, starts_on, max_age_exclusive, min_qualification)
      select 'P1', 'Ohjelma', 'Program', 'Programme', id, '2019-08-01', 30, 'vocational' from r returning id
    )
    select (select id from m1)::text as m1, (select id from m2)::text as m2,
      (select id from o)::text as org, (select id from p)::text as programme`,
  )
  const { m1, m2, org, programme } = ids!
  const [purchased] = await queryRows<{ coaching: string; training: string; provider: string }>(
    db,
    sql`
    with pr as (
      insert into organisation (code, kind, name_fi, name_sv, name_en)
      values ('fixture-provider', 'service_provider', 'Tuottaja', 'Producent', 'Provider') returning id
    ), s1 as (
      insert into service (organisation_id, status, name, description, eligibility, application_process, fees, published_at)
      select id, 'published', '{"fi":"Valmennus","sv":"Coachning","en":"Coaching"}', '{"fi":"","sv":"","en":""}',
        '{"fi":"","sv":"","en":""}', '{"fi":"","sv":"","en":""}', '{"fi":"","sv":"","en":""}', now() from pr returning id
    ), s2 as (
      insert into service (organisation_id, status, name, description, eligibility, application_process, fees, published_at)
      select id, 'published', '{"fi":"Koulutus","sv":"Utbildning","en":"Training"}', '{"fi":"","sv":"","en":""}',
        '{"fi":"","sv":"","en":""}', '{"fi":"","sv":"","en":""}', '{"fi":"","sv":"","en":""}', now() from pr returning id
    )
    select (select id from s1)::text as coaching, (select id from s2)::text as training,
      (select id from pr)::text as provider`,
  )
  const { coaching, training, provider } = purchased!
  const contracts = new Map<string, string>()
  for (const [serviceId, ref] of [
    [coaching, 'FIX-1'],
    [training, 'FIX-2'],
  ] as const) {
    const [c] = await queryRows<{ id: string }>(
      db,
      sql`insert into contract (service_id, provider_organisation_id, reference, starts_on, capacity_unit, capacity, vat_rate_basis_points)
        values (${serviceId}::uuid, ${provider}::uuid, ${ref}, '2024-01-01', 'customers', 50, 0) returning id::text`,
    )
    contracts.set(serviceId, c!.id)
  }
  // n (case), service, status, started (Helsinki time)
  const referrals: [number, string, string, string | null][] = [
    [2, coaching, 'started', '2024-03-12 09:00'],
    [3, training, 'started', '2024-03-20 12:00'],
    [4, coaching, 'started', '2024-02-15 10:00'],
    [5, coaching, 'started', '2024-04-03 08:00'],
    // Accepted but not started: not counted.
    [1, training, 'accepted', null],
  ]
  const caseIds = new Map<number, { id: string; customer_id: string }>()
  // n, municipality, enrolled, ended, reason, spell start, follow-up 3 / 6, first action (days, category)
  const cases: [
    number,
    string,
    string,
    string | null,
    string | null,
    string | null,
    string | null,
    string | null,
    number | null,
    string | null,
  ][] = [
    [1, m1, '2024-01-10', null, null, '2022-06-01', null, null, null, null],
    [2, m1, '2024-03-05', null, null, '2023-05-01', null, null, 2, 'employment_and_plan'],
    [
      3,
      m1,
      '2024-03-15',
      '2024-03-28',
      'employed_open_market',
      '2022-01-01',
      'employed',
      'unemployed',
      1,
      'education',
    ],
    [4, m2, '2023-12-01', '2024-03-10', 'education', null, 'studying', null, null, null],
    [5, m2, '2024-03-20', null, null, null, null, null, null, null],
    [6, m2, '2024-02-01', '2024-02-20', 'moved_away', null, null, null, null, null],
    [7, m1, '2024-04-02', null, null, '2020-01-01', null, null, null, null],
  ]
  for (const [n, mun, enrolled, ended, reason, spell, fu3, fu6, days, category] of cases) {
    const code = fixtureIdentityCode(n)
    const rows = await queryRows<{ id: string; customer_id: string }>(
      db,
      sql`
      with c as (
        insert into customer (identity_code, first_name, last_name, birth_date, municipality_id, qualification)
        values (${code}, 'Testi', ${`Henkilö${n}`}, '1999-01-01', ${mun}::uuid, 'vocational') returning id
      )
      insert into joint_customership (customer_id, programme_id, enrolling_organisation_id, enrolled_on, ended_on, end_reason, created_at, updated_at)
      select c.id, ${programme}::uuid, ${org}::uuid, ${enrolled}::date, ${ended}::date, ${reason},
        (${enrolled}::date + time '10:00') at time zone 'UTC', now()
      from c returning id::text, customer_id::text`,
    )
    const jc = rows[0]!
    caseIds.set(n, jc)
    if (spell) {
      await db.execute(sql`insert into unemployment_spell (customer_id, started_on, source)
        values (${jc.customer_id}::uuid, ${spell}::date, 'registry')`)
    }
    for (const [months, status] of [
      [3, fu3],
      [6, fu6],
    ] as const) {
      if (status && ended)
        await db.execute(sql`insert into follow_up_status (customer_id, ended_on, months_after, status, source)
          values (${jc.customer_id}::uuid, ${ended}::date, ${months}, ${status}, 'registry')`)
    }
    if (days !== null && category) {
      await db.execute(sql`insert into service_action (joint_customership_id, owner_organisation_id,
          instruction_fi, instruction_sv, instruction_en, customer_text_fi, customer_text_sv, customer_text_en,
          data_category, status, due_on, created_at, updated_at)
        values (${jc.id}::uuid, ${org}::uuid, 'x', 'x', 'x', 'x', 'x', 'x', ${category}, 'open', '2024-04-30',
          (${enrolled}::date + time '10:00') at time zone 'UTC' + make_interval(days => ${days}), now())`)
    }
  }
  for (const [n, serviceId, status, started] of referrals) {
    const jc = caseIds.get(n)!
    await db.execute(sql`insert into referral (customer_id, joint_customership_id, service_id, contract_id,
        provider_organisation_id, referring_organisation_id, status, data_categories, sent_at, accepted_at, started_at)
      values (${jc.customer_id}::uuid, ${jc.id}::uuid, ${serviceId}::uuid, ${contracts.get(serviceId)!}::uuid,
        ${provider}::uuid, ${org}::uuid, ${status}, array['identity_and_contact'],
        '2024-01-02T10:00:00Z', '2024-01-03T10:00:00Z',
        ${started}::timestamp at time zone 'Europe/Helsinki')`)
  }
  return { m1, m2, org, programme, coaching, training, provider }
}
