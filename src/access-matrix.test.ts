import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actorForAccount } from './actor'
import { DEMO_PASSWORD, loadDemoData } from './demo/demo-data'
import { jointCustomership, serviceAction } from './domain/cases/schema'
import { dataCategories, type DataCategory } from './domain/consent/schema'
import { customer } from './domain/customers/schema'
import { permittedTargets, type TargetAction } from './platform/access'
import { userAccount } from './platform/auth/schema'
import { queryRows } from './platform/db/database'
import { testConfig } from './platform/config'
import { newContext, type Actor } from './platform/context'
import type { AnyRoute } from './platform/http/route'
import type { OrganisationId, UserAccountId } from './platform/ids'
import { testApp, type Agent, type TestApp } from './platform/testing/app'
import { expectOk } from './platform/testing/expect'
import { apiRoutes } from './routes'

/**
 * Every route, classified; every route that acts on a customer's data walked for every relation
 * an actor can have to that customer; and every data category probed through every read. The
 * expectations below are the policy stated once more, independently of the rules in the code:
 * a route or action missing here fails the test until someone decides.
 */
type Relation =
  | 'self'
  | 'enrolling_worker'
  | 'consented_worker'
  | 'withdrawn_worker'
  | 'expired_worker'
  | 'unrelated_worker'
  | 'other_young_person'
  | 'coordinator'
  /** A provider user whose organisation has a current referral of the customer (and consent). */
  | 'provider_referred'
  /** A provider user to whose organisation the customer was never referred. */
  | 'provider_unreferred'
  /**
   * An organisation lead of the customer's enrolling organisation: sees that organisation's
   * monitoring figures (aggregates, suppressed), never a customer's records.
   */
  | 'organisation_lead'

const team: Relation[] = ['enrolling_worker', 'consented_worker']

/** Target actions: who may act on a customer (or on a step of their case). */
const policy: Record<string, Relation[]> = {
  'customer.read': ['self', ...team],
  'customer.read_access_log': ['self'],
  'consent.read': ['self'],
  'consent.give': ['self', 'enrolling_worker'],
  'consent.withdraw': ['self'],
  'consent.confirm': ['self'],
  'enrolment_confirmation.read': ['self'],
  'enrolment_confirmation.answer': ['self'],
  'survey.read': ['self'],
  'survey.answer': ['self'],
  'case.read': team,
  'case.write': team,
  'plan.read': ['self', ...team],
  'message.read': ['self', ...team],
  'message.send': ['self', ...team],
  'consent_request.read': ['self', ...team],
  'consent_request.answer': ['self'],
  'service_action.read': team,
  'service_action.comment': team,
  // Only the step's owner organisation changes it (see stepFor below).
  'service_action.update': team,
  // The young person's own; workers only by the data-category rule (categoryReaders below).
  'competence.read': ['self'],
  'competence.write': ['self'],
  'competence.read_versions': ['self'],
  'competence.suggest': [],
  'referral.create': team,
  'referral.list_for_customer': ['self', ...team],
  // Referral routes act on the customer's referral (see targetId below).
  'referral.read': ['self', ...team, 'provider_referred'],
  'referral.choose': ['self', ...team],
  // Only the young person hands their choice of provider to their worker.
  'referral.delegate_choice': ['self'],
  'referral.withdraw': team,
  'referral.decide': ['provider_referred'],
  'referral.report': ['provider_referred'],
  // Matches and suggestions are competence data: the young person's; workers by category below.
  'jobs.read_matches': ['self'],
  'jobs.read_suggestions': ['self'],
  'jobs.suggest': [],
  // Its target is a suggestion, which no customer id names: walked in jobs/routes.test.ts.
  'jobs.respond_to_suggestion': [],
}

/**
 * Actions a worker may take only where their organisation may see the category, by its statute
 * or by a consent naming it. In the demo network only the TE office's statute covers
 * `competence`, for the customers it enrolled; Kela's and Oulu's consents from Aino do not name it.
 */
const categoryReaders: Record<string, string[]> = {
  'competence.read': ['te1→aino'],
  'competence.suggest': ['te1→aino'],
  'jobs.read_matches': ['te1→aino'],
  'jobs.read_suggestions': ['te1→aino'],
  'jobs.suggest': ['te1→aino'],
}

/** List actions: who may call them (what they list is probed per category below). */
const listPolicy: Record<string, ('worker' | 'person' | 'coordinator' | 'provider')[]> = {
  'customer.list': ['worker'],
  'referral.list_incoming': ['provider'],
  'work_queue.read': ['worker'],
  'notice.read': ['worker'],
  'jobs.matching_customers': ['worker'],
}

/**
 * Routes that name no customer's records by id, allowed by role alone. Each is here because
 * someone decided it touches nobody's case: the catalogue, the network, one's own session, and
 * enrolment, which finds the person by the identity code in its body and records them itself.
 */
const roleRoutes = new Set([
  'DELETE /api/v1/session',
  'GET /api/v1/me',
  'PATCH /api/v1/me',
  'GET /api/v1/organisations',
  'GET /api/v1/network',
  'GET /api/v1/programmes',
  'GET /api/v1/colleagues',
  'POST /api/v1/notices/seen',
  'GET /api/v1/cooperation-indicators',
  'POST /api/v1/cooperation-indicators',
  'PUT /api/v1/cooperation-indicators/:indicatorId',
  'GET /api/v1/event-cards',
  'POST /api/v1/event-cards',
  'GET /api/v1/event-cards/versions/:versionId',
  'PUT /api/v1/event-cards/versions/:versionId',
  'POST /api/v1/event-cards/versions/:versionId/publish',
  'POST /api/v1/event-cards/versions/:versionId/retire',
  'POST /api/v1/enrolments/check',
  'POST /api/v1/enrolments',
  'GET /api/v1/lead-times',
  'GET /api/v1/classification/concepts',
  'GET /api/v1/survey-results',
  'GET /api/v1/monitoring/report',
  'GET /api/v1/monitoring/report/export',
  // Long exports of the same aggregates; a file only to its requester's organisation.
  'POST /api/v1/monitoring/exports',
  'GET /api/v1/monitoring/exports',
  'GET /api/v1/monitoring/exports/:exportId',
  'GET /api/v1/monitoring/exports/:exportId/file',
  // Registry data by identity code in the body; the import records whom it touched.
  'POST /api/v1/monitoring/registry-imports',
  'GET /api/v1/monitoring/api-keys',
  'POST /api/v1/monitoring/api-keys',
  'POST /api/v1/monitoring/api-keys/:keyId/revoke',
  'GET /api/v1/dev/mailbox',
  'GET /api/v1/services',
  'GET /api/v1/services/:serviceId',
  'GET /api/v1/service-choices',
  'GET /api/v1/service-tray',
  'GET /api/v1/service-tray/:serviceId',
  'POST /api/v1/service-tray',
  'PUT /api/v1/service-tray/:serviceId',
  'POST /api/v1/service-tray/:serviceId/publish',
  'POST /api/v1/service-tray/:serviceId/retire',
  // The public website's content names nobody; feedback is the coordinator's (docs/public-website.md).
  'POST /api/v1/site/preview',
  'GET /api/v1/site/municipalities',
  'GET /api/v1/site/pages',
  'GET /api/v1/site/pages/:pageId',
  'POST /api/v1/site/pages',
  'PUT /api/v1/site/pages/:pageId',
  'POST /api/v1/site/pages/:pageId/publish',
  'POST /api/v1/site/pages/:pageId/unpublish',
  'GET /api/v1/site/events',
  'GET /api/v1/site/events/:eventId',
  'POST /api/v1/site/events',
  'PUT /api/v1/site/events/:eventId',
  'POST /api/v1/site/events/:eventId/publish',
  'POST /api/v1/site/events/:eventId/unpublish',
  'GET /api/v1/site/feedback',
  'GET /api/v1/site/feedback/:feedbackId',
  'POST /api/v1/site/feedback/:feedbackId/answered',
  'GET /api/v1/site/stories',
  'GET /api/v1/site/stories/:storyId',
  'POST /api/v1/site/stories',
  'PUT /api/v1/site/stories/:storyId',
  'POST /api/v1/site/stories/:storyId/consent',
  'POST /api/v1/site/stories/:storyId/consent/withdraw',
  'POST /api/v1/site/stories/:storyId/publish',
  'POST /api/v1/site/stories/:storyId/unpublish',
  'GET /api/v1/site/stories/:storyId/image',
  'PUT /api/v1/site/stories/:storyId/image',
  'DELETE /api/v1/site/stories/:storyId/image',
  // Providers, contracts and fees: the fee table's customer basis is under pseudonymous ids.
  'GET /api/v1/providers',
  'POST /api/v1/providers',
  'PUT /api/v1/providers/:organisationId',
  'GET /api/v1/framework-arrangements',
  'POST /api/v1/framework-arrangements',
  'PUT /api/v1/framework-arrangements/:frameworkArrangementId',
  'GET /api/v1/contracts',
  'POST /api/v1/contracts',
  'PUT /api/v1/contracts/:contractId',
  'GET /api/v1/provider/contracts',
  'GET /api/v1/fees/:month',
  'GET /api/v1/fees/:month/export',
  'POST /api/v1/fees/:month/invoice',
  // Moderating employers' own postings (no person's data: an employer, a job).
  'GET /api/v1/job-moderation',
  'POST /api/v1/job-moderation/:jobId/publish',
  'POST /api/v1/job-moderation/:jobId/reject',
])
/**
 * Routes anyone may call without signing in: each touches nobody's data. The HSDS API answers
 * only published services of the service tray (organisations, service desks, addresses).
 */
/**
 * Routes anyone may call, because they touch nobody's records by id: health, and the ways in —
 * a password, a strong identification (the person is found by the provider's answer), an
 * invitation (found by the token in its body) — and the service tray's public HSDS API. The ways
 * in record their own audit event on success.
 */
const publicRoutes = new Set([
  'GET /api/health',
  'POST /api/v1/session',
  'GET /api/v1/session/methods',
  'POST /api/v1/session/identification',
  'POST /api/v1/session/identification/callback',
  'POST /api/v1/invitations/check',
  'POST /api/v1/invitations/accept',
  // The satisfaction survey's one-time link: found by the token in its body, answered anonymously.
  'POST /api/v1/surveys/check',
  'POST /api/v1/surveys/answer',
  // Machine clients: authenticated by an API key and audited by the route itself; aggregates only.
  'GET /api/v1/machine/monitoring/report',
  // The service tray's published services, public by design (docs/service-tray.md).
  'GET /api/hsds/',
  'GET /api/hsds/services',
  'GET /api/hsds/services/:id',
  'GET /api/hsds/organizations',
  'GET /api/hsds/organizations/:id',
  'GET /api/hsds/taxonomies',
  'GET /api/hsds/taxonomy_terms',
  // A competence share link: its unguessable token is the access; every opening is audited.
  'GET /api/v1/competence-shares/:token',
  // Open jobs, and an employer's own posting through the token of their link (docs/job-feed.md).
  'GET /api/v1/jobs',
  'GET /api/v1/jobs/:jobId',
  'POST /api/v1/job-submissions',
  'POST /api/v1/job-submissions/view',
  'PUT /api/v1/job-submissions',
  'POST /api/v1/job-submissions/close',
])
/** Path parameters of role routes: catalogue records, never a person's. */
const nonPersonalParams = new Set([
  'indicatorId',
  'versionId',
  'serviceId',
  'pageId',
  'eventId',
  'feedbackId',
  'storyId',
  'contractId',
  // A provider organisation and a framework arrangement name nobody.
  'organisationId',
  'frameworkArrangementId',
  'month',
  'jobId',
  'keyId',
  'exportId',
])

// (actor's username, target young person, the relation between them) in the demo network:
// Aino is enrolled by the TE office and consents to TE, Kela and Oulu; Onni withdrew his consent
// to Kela; Venla's consent to Kela expired; Leo is enrolled below by Raahe without any consent.
const scenarios: [string, string, Relation][] = [
  ['aino', 'aino', 'self'],
  ['leo', 'aino', 'other_young_person'],
  ['te1', 'aino', 'enrolling_worker'],
  ['raahe1', 'leo', 'enrolling_worker'],
  ['kela1', 'aino', 'consented_worker'],
  ['kela1', 'onni', 'withdrawn_worker'],
  ['kela1', 'venla', 'expired_worker'],
  ['pudasjarvi1', 'aino', 'unrelated_worker'],
  ['oulu1', 'leo', 'unrelated_worker'],
  ['coordinator1', 'aino', 'coordinator'],
  // Aino is referred to Polku (she consents to identity and contact only); Leo to Työsilta.
  ['polku1', 'aino', 'provider_referred'],
  ['tyosilta1', 'aino', 'provider_unreferred'],
  ['polku1', 'leo', 'provider_unreferred'],
  // The TE office's lead: Aino is enrolled by the TE office.
  ['lead1', 'aino', 'organisation_lead'],
]

const key = (r: AnyRoute) => `${r.method} ${r.url}`
const routes = apiRoutes(testConfig({ DEMO: true }))
const targetRoutes = routes.filter((r) => r.action !== 'public' && r.action.kind === 'target')
const listRoutes = routes.filter((r) => r.action !== 'public' && r.action.kind === 'list')
const actionOf = (r: AnyRoute) => r.action as TargetAction
const onStep = (r: AnyRoute) => actionOf(r).target.name === 'service_action'
const onReferral = (r: AnyRoute) => actionOf(r).target.name === 'referral'
/** Each scenario target's one referral to a purchased service. */
const referrals = new Map<string, string>()

let t: TestApp
let demoJobId = ''
const customerIds = new Map<string, string>()
const actors = new Map<string, Actor>()
/** The steps of each customer's case, with their owner organisation. */
const steps = new Map<string, { id: string; owner: string }[]>()

/**
 * Enrols a known person; where the organisation had no basis for them, the young person confirms
 * the new joint customership in their own view (until then the organisation sees nothing).
 */
async function confirmEnrolment(
  outcome: { outcome: string; customerId: string | null },
  young: Agent,
  customerId: string,
) {
  if (outcome.outcome === 'enrolled') return
  expect(outcome).toEqual(
    expect.objectContaining({ outcome: 'awaiting_confirmation', customerId: null }),
  )
  const list = expectOk<{ items: { id: string; status: string }[] }>(
    await young.get(`/api/v1/customers/${customerId}/enrolment-confirmations`),
  )
  const open = list.items.find((i) => i.status === 'awaiting_confirmation')!
  expectOk(
    await young.post(`/api/v1/customers/${customerId}/enrolment-confirmations/${open.id}/answer`, {
      accept: true,
    }),
  )
}

async function enrol(agent: Agent, username: string, programmeId: string) {
  const person = expectOk<{
    identityCode: string
    firstName: string
    lastName: string
    municipality: { id: string }
  }>(
    await (
      await t.signIn(username, DEMO_PASSWORD)
    ).get(`/api/v1/customers/${customerIds.get(username)}`),
  )
  const outcome = expectOk<{ outcome: string; customerId: string | null }>(
    await agent.post('/api/v1/enrolments', {
      identityCode: person.identityCode,
      firstName: person.firstName,
      lastName: person.lastName,
      municipalityId: person.municipality.id,
      programmeId,
      qualification: 'vocational',
      overrideReason: 'Probe of the access matrix',
    }),
    201,
  )
  await confirmEnrolment(
    outcome,
    await t.signIn(username, DEMO_PASSWORD),
    customerIds.get(username)!,
  )
}

/** Raises an indicator and opens its card, so that the case has steps of several owners. */
async function openGuidanceCard(agent: Agent, username: string) {
  const id = customerIds.get(username)!
  const indicators = expectOk<{ items: { id: string; code: string }[] }>(
    await agent.get('/api/v1/cooperation-indicators'),
  )
  const raised = expectOk<{ raisedIndicatorId: string; offeredCards: { id: string }[] }>(
    await agent.post(`/api/v1/customers/${id}/case/indicators`, {
      indicatorId: indicators.items.find((i) => i.code === 'guidance_to_studies')!.id,
    }),
    201,
  )
  expectOk(
    await agent.post(`/api/v1/customers/${id}/case/event-cards`, {
      eventCardVersionId: raised.offeredCards[0]!.id,
      raisedIndicatorId: raised.raisedIndicatorId,
    }),
    201,
  )
}

/**
 * One referral per scenario target: Aino, Onni and Venla by the TE office to Polku, Leo by Raahe
 * to Työsilta. Aino consents to Polku for identity and contact only (the referral also needs her
 * employment and plan); the others give no consent.
 */
async function referEveryone(te: Agent, raahe: Agent) {
  const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
  const contracts = expectOk<{ id: string; reference: string }[]>(
    await coordinator.get('/api/v1/contracts'),
  )
  const ref = (r: string) => contracts.find((c) => c.reference === r)!.id
  for (const [who, agent, contract] of [
    ['aino', te, 'OSTO-2019-01'],
    ['onni', te, 'OSTO-2019-01'],
    ['venla', te, 'OSTO-2019-01'],
    ['leo', raahe, 'OSTO-2020-01'],
  ] as const) {
    const made = expectOk<{ id: string }>(
      await agent.post(`/api/v1/customers/${customerIds.get(who)}/referrals`, {
        contractId: ref(contract),
        dataCategories: ['identity_and_contact', 'employment_and_plan'],
        reason: 'probe_referral_reason',
      }),
      201,
    )
    referrals.set(who, made.id)
  }
  const aino = await t.signIn('aino', DEMO_PASSWORD)
  const ainoId = customerIds.get('aino')!
  const requests = expectOk<{ items: { id: string; purpose: string; status: string }[] }>(
    await aino.get(`/api/v1/customers/${ainoId}/consent-requests`),
  ).items
  const open = requests.find((r) => r.purpose === 'purchased_service' && r.status === 'requested')!
  expectOk(
    await aino.post(`/api/v1/customers/${ainoId}/consent-requests/${open.id}/answer`, {
      accept: true,
    }),
  )
  // Her consent names identity and contact alone: the provider must not see her plan.
  await t.db.execute(
    sql`update consent set data_categories = array['identity_and_contact']
        where customer_id = ${ainoId}::uuid and purpose = 'purchased_service'`,
  )
}

beforeAll(async () => {
  t = await testApp()
  await loadDemoData(t.db, t.clock())
  const [match] = await queryRows<{ id: string }>(
    t.db,
    sql`select job_posting_id::text as id from job_match order by rank limit 1`,
  )
  demoJobId = match!.id
  const people = await t.db
    .select({ id: customer.id, username: userAccount.username })
    .from(customer)
    .innerJoin(userAccount, eq(userAccount.id, customer.userAccountId))
  for (const p of people) customerIds.set(p.username, p.id)
  const network = expectOk<{ programmes: { id: string }[] }>(
    await (await t.signIn('coordinator1', DEMO_PASSWORD)).get('/api/v1/network'),
  )
  const programmeId = network.programmes[0]!.id
  // Raahe enrols Leo (no consents): its access rests on its own statutory work. The TE office
  // enrols Onni and Venla, so that Kela's withdrawn and expired consents meet steps of its own.
  const raahe = await t.signIn('raahe1', DEMO_PASSWORD)
  const te = await t.signIn('te1', DEMO_PASSWORD)
  await enrol(raahe, 'leo', programmeId)
  await openGuidanceCard(raahe, 'leo')
  for (const who of ['onni', 'venla']) {
    await enrol(te, who, programmeId)
    await openGuidanceCard(te, who)
  }
  const rows = await t.db
    .select({
      id: serviceAction.id,
      owner: serviceAction.ownerOrganisationId,
      c: jointCustomership,
    })
    .from(serviceAction)
    .innerJoin(jointCustomership, eq(jointCustomership.id, serviceAction.jointCustomershipId))
  for (const [username, id] of customerIds) {
    steps.set(
      username,
      rows.filter((r) => r.c.customerId === id).map((r) => ({ id: r.id, owner: r.owner })),
    )
  }
  await referEveryone(te, raahe)
  const accounts = await t.db.select().from(userAccount)
  for (const [username] of scenarios) {
    const a = accounts.find((x) => x.username === username)!
    actors.set(
      username,
      await actorForAccount(t.db, {
        userId: a.id as UserAccountId,
        displayName: a.displayName,
        locale: a.locale,
      }),
    )
  }
})
afterAll(() => t.close())

/** The step a scenario acts on: one its organisation owns if any, else the case's first. */
function stepFor(username: string, target: string): { id: string; owned: boolean } {
  const actor = actors.get(username)!
  const org = actor.kind === 'user' ? actor.organisationId : null
  const all = steps.get(target)!
  const own = all.find((s) => s.owner === org)
  return { id: (own ?? all[0]!).id, owned: own !== undefined }
}

function expected(route: AnyRoute, username: string, target: string, relation: Relation) {
  const name = actionOf(route).name
  const allowed =
    policy[name]!.includes(relation) ||
    (categoryReaders[name] ?? []).includes(`${username}→${target}`)
  return name === 'service_action.update' ? allowed && stepFor(username, target).owned : allowed
}

describe('every route is classified', () => {
  it('is public, allowed by role (and listed as touching no case), a target or a list', () => {
    const unclassified = routes.filter((r) =>
      r.action === 'public'
        ? !publicRoutes.has(key(r))
        : !(r.action.kind === 'role' && roleRoutes.has(key(r))) &&
          !(r.action.kind === 'target' && r.action.name in policy && r.target) &&
          !(r.action.kind === 'list' && r.action.name in listPolicy && r.persons),
    )
    expect(unclassified.map(key)).toEqual([])
  })

  it('is public only where someone decided so', () => {
    const open = routes.filter((r) => r.action === 'public').map(key)
    expect(open.filter((k) => !publicRoutes.has(k))).toEqual([])
  })

  it('acts by role only where no person is named in the path', () => {
    const personal = routes
      .filter((r) => r.action !== 'public' && r.action.kind === 'role')
      .filter((r) => [...r.url.matchAll(/:(\w+)/g)].some((m) => !nonPersonalParams.has(m[1]!)))
    expect(personal.map(key)).toEqual([])
    // A customer in the path or a step's id: always a target route checked against it.
    const pathTargets = routes.filter((r) => /:(customerId|serviceActionId|referralId)/.test(r.url))
    expect(pathTargets.filter((r) => !targetRoutes.includes(r)).map(key)).toEqual([])
  })
})

describe('every target route × every relation to the customer', () => {
  it('permits exactly what the policy says, no more', async () => {
    const mismatches: string[] = []
    for (const route of targetRoutes) {
      const action = actionOf(route)
      for (const [username, target, relation] of scenarios) {
        const ctx = newContext(t.db, actors.get(username)!, 'matrix', t.clock())
        const id = onStep(route)
          ? stepFor(username, target).id
          : onReferral(route)
            ? referrals.get(target)!
            : customerIds.get(target)!
        const allowed = (await permittedTargets(ctx, action, [id])).has(id)
        if (allowed !== expected(route, username, target, relation)) {
          mismatches.push(
            `${key(route)} (${action.name}) ${username}→${target} ${relation}: ${allowed ? 'allowed' : 'refused'}`,
          )
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it(
    'over HTTP, every read refused by the policy answers 403/404 and leaks nothing',
    { timeout: 120_000 },
    async () => {
      const leaks: string[] = []
      const reads = targetRoutes.filter(
        (r) => r.method === 'GET' && !/:(?!customerId|serviceActionId|referralId)\w+/.test(r.url),
      )
      for (const [username, target, relation] of scenarios) {
        const agent = await t.signIn(username, DEMO_PASSWORD)
        for (const route of reads) {
          const url = route.url
            .replace(':customerId', customerIds.get(target)!)
            .replace(':serviceActionId', stepFor(username, target).id)
            .replace(':referralId', referrals.get(target)!)
          const res = await agent.get(url)
          const allowed = expected(route, username, target, relation)
          if (!allowed && ![403, 404].includes(res.statusCode)) {
            leaks.push(`${key(route)} ${username}→${target} ${relation} → ${res.statusCode}`)
          }
          if (allowed && res.statusCode !== 200) {
            leaks.push(`${key(route)} ${username}→${target} ${relation} → ${res.statusCode}`)
          }
        }
      }
      expect(leaks).toEqual([])
    },
  )

  it('records the customer of every target as a person touched, steps included', async () => {
    const agent = await t.signIn('te1', DEMO_PASSWORD)
    const aino = customerIds.get('aino')!
    const step = stepFor('te1', 'aino').id
    for (const url of [`/api/v1/customers/${aino}/case`, `/api/v1/service-actions/${step}`]) {
      expectOk(await agent.get(url))
      // The newest event is this request's own.
      const [event] = await queryRows<{ personIds: string[] }>(
        t.db,
        sql`select person_ids::text[] as "personIds" from audit_event order by seq desc limit 1`,
      )
      expect(event?.personIds).toContain(aino)
    }
  })
})

describe('every list route × every kind of actor', () => {
  it('answers whom the policy allows, and lists only customers they may see', async () => {
    const wrong: string[] = []
    for (const [username, target, relation] of scenarios) {
      const agent = await t.signIn(username, DEMO_PASSWORD)
      const actor = actors.get(username)!
      const roles = actor.kind === 'user' ? actor.roles : []
      for (const route of listRoutes) {
        // Search routes take their filters in the body (identity codes never go in a URL).
        const res =
          route.method === 'POST'
            ? await agent.post(route.url, { scope: 'organisation', limit: 100 })
            : await agent.get(
                // A list about one job (its matching customers): a job Aino matches in the demo.
                `${route.url.replace(':jobId', demoJobId)}?pageSize=100&limit=100&scope=organisation`,
              )
        const allowed = listPolicy[route.action !== 'public' ? route.action.name : '']!.some((r) =>
          roles.includes(r),
        )
        if (allowed !== (res.statusCode === 200)) {
          wrong.push(`${key(route)} ${username} → ${res.statusCode}`)
          continue
        }
        if (!allowed) continue
        const body = res.json<{ items?: { id: string; customerId?: string }[]; total?: number }>()
        // A count alone (unread notices) lists nobody.
        const items = body.items ?? []
        const listed = items.map((i) => i.customerId ?? i.id)
        // A provider lists the customers referred to it, and only in its incoming referrals.
        const seesTarget =
          policy['customer.read']!.includes(relation) ||
          (relation === 'provider_referred' && key(route) === 'GET /api/v1/provider/referrals')
        if (listed.includes(customerIds.get(target)!) && !seesTarget) {
          wrong.push(`${key(route)} ${username} lists ${target} (${relation})`)
        }
        if (body.total !== undefined && body.total < items.length)
          wrong.push(`${key(route)} ${username}: count`)
      }
    }
    expect(wrong).toEqual([])
  })
})

/**
 * A customer with data of every category, enrolled by the TE office (whose statute covers them
 * all); one organisation per category holds a consent naming that category alone. Each must see
 * its category and nothing of any other, through every read: case, notes, timeline, plan,
 * steps, lists and counts.
 */
describe('every data category × every read', () => {
  const marker = (kind: string, c: DataCategory) => `probe_${kind}_${c}`
  let customerId: string
  const orgs = new Map<DataCategory, { agent: Agent; id: string }>()
  const stepIds = new Map<DataCategory, string[]>()

  beforeAll(async () => {
    for (const c of dataCategories) {
      const org = await t.fixtures.organisation('municipality').withStatutoryCategories([]).save()
      const worker = await t.fixtures.worker(org).save()
      orgs.set(c, { agent: await t.signIn(worker), id: org.id })
    }
    let builder = t.fixtures.customer()
    for (const c of dataCategories)
      builder = builder.withConsent({ id: orgs.get(c)!.id as OrganisationId }, [c])
    const person = await builder.save()
    customerId = person.id
    const te = await t.signIn('te1', DEMO_PASSWORD)
    const coordinator = await t.signIn('coordinator1', DEMO_PASSWORD)
    const network = expectOk<{ programmes: { id: string }[] }>(
      await coordinator.get('/api/v1/network'),
    )
    const municipality = expectOk<{ municipality: { id: string } }>(
      await (await t.signIn(person.username)).get(`/api/v1/customers/${customerId}`),
    ).municipality.id
    const outcome = expectOk<{ outcome: string; customerId: string | null }>(
      await te.post('/api/v1/enrolments', {
        identityCode: person.identityCode,
        firstName: person.firstName,
        lastName: person.lastName,
        municipalityId: municipality,
        programmeId: network.programmes[0]!.id,
        qualification: 'vocational',
        overrideReason: 'Probe of data categories',
      }),
      201,
    )
    await confirmEnrolment(outcome, await t.signIn(person.username), customerId)
    const [jc] = await t.db
      .select({ id: jointCustomership.id })
      .from(jointCustomership)
      .where(eq(jointCustomership.customerId, customerId))
    for (const c of dataCategories) {
      const indicator = expectOk<{ id: string }>(
        await coordinator.post('/api/v1/cooperation-indicators', {
          code: marker('indicator', c),
          name: { fi: marker('name', c), sv: marker('name', c), en: marker('name', c) },
          dataCategory: c,
        }),
        201,
      )
      expectOk(
        await te.post(`/api/v1/customers/${customerId}/case/indicators`, {
          indicatorId: indicator.id,
        }),
        201,
      )
      expectOk(
        await te.post(`/api/v1/customers/${customerId}/case/notes`, {
          dataCategory: c,
          body: marker('note', c),
        }),
        201,
      )
      // A step of this category for every organisation, so each one's queue meets them all.
      const text = marker('step', c)
      const inserted = await t.db
        .insert(serviceAction)
        .values(
          [...orgs.values()].map((o) => ({
            jointCustomershipId: jc!.id,
            ownerOrganisationId: o.id,
            instructionFi: text,
            instructionSv: text,
            instructionEn: text,
            customerTextFi: text,
            customerTextSv: text,
            customerTextEn: text,
            dataCategory: c,
            status: 'open' as const,
            dueOn: '2026-03-10',
          })),
        )
        .returning({ id: serviceAction.id })
      stepIds.set(
        c,
        inserted.map((r) => r.id),
      )
    }
  })

  it('shows each organisation its own category and nothing of any other, anywhere', async () => {
    const leaks: string[] = []
    const reads = [...targetRoutes, ...listRoutes].filter(
      (r) => r.method === 'GET' && !/:(?!customerId|serviceActionId)\w+/.test(r.url),
    )
    for (const [a, { agent }] of orgs) {
      let seen = ''
      for (const route of reads) {
        const ids = route.url.includes(':serviceActionId')
          ? [...stepIds.values()].flat()
          : [customerId]
        for (const id of ids) {
          const url = route.url.replace(/:customerId|:serviceActionId/, id)
          const res = await agent.get(`${url}${route.url.includes(':') ? '' : '?pageSize=100'}`)
          if (res.statusCode >= 500) leaks.push(`${url} → ${res.statusCode}`)
          if (res.statusCode !== 200) continue
          seen += res.body
          for (const b of dataCategories.filter((c) => c !== a)) {
            for (const needle of ['indicator', 'name', 'note', 'step'].map((k) => marker(k, b))) {
              if (res.body.includes(needle)) leaks.push(`${a} sees ${needle} through ${key(route)}`)
            }
            if (res.body.includes(`"${b}"`)) leaks.push(`${a} sees the name ${b} in ${key(route)}`)
          }
        }
      }
      // What the category's own consent names does arrive: the probe can tell the difference.
      for (const k of ['note', 'step', 'name']) {
        if (!seen.includes(marker(k, a))) leaks.push(`${a} does not see its own ${k}`)
      }
    }
    expect(leaks).toEqual([])
  }, 180_000)

  it('keeps counts and pages to what the organisation may see', async () => {
    for (const [a, { agent }] of orgs) {
      const timeline = expectOk<{
        items: { dataCategory: string | null; withheld: boolean; kind: string }[]
        hasMore: boolean
      }>(await agent.get(`/api/v1/customers/${customerId}/case/timeline?limit=100`))
      expect(timeline.hasMore).toBe(false)
      // Of the other categories only the raised indicators show, as "support needed".
      const others = timeline.items.filter((e) => e.dataCategory !== a)
      expect(others.every((e) => e.withheld && e.kind === 'indicator_raised')).toBe(true)
      expect(others).toHaveLength(dataCategories.length - 1)
      const queue = expectOk<{ items: { customerText: { en: string } }[]; total: number }>(
        await agent.get('/api/v1/service-actions?pageSize=100'),
      )
      expect(queue.total).toBe(1)
      expect(queue.items.map((i) => i.customerText.en)).toEqual([marker('step', a)])
      const notes = expectOk<{ items: { body: string }[] }>(
        await agent.get(`/api/v1/customers/${customerId}/case/notes`),
      )
      expect(notes.items.map((n) => n.body)).toEqual([marker('note', a)])
    }
  })
})

describe('a provider × the data categories of its referral', () => {
  it('sees the customer’s identity that the consent names, never the plan it does not', async () => {
    const polku = await t.signIn('polku1', DEMO_PASSWORD)
    const one = await polku.get(`/api/v1/referrals/${referrals.get('aino')!}`)
    const seen = expectOk<{ customerName: string | null; reason: string | null }>(one)
    expect(seen.customerName).not.toBeNull()
    expect(seen.reason).toBeNull()
    const list = await polku.get('/api/v1/provider/referrals?limit=100')
    const items = expectOk<{ items: { customerId: string }[] }>(list).items
    // Onni and Venla gave no consent: their referrals show, without a name or the reason.
    expect(items.map((i) => i.customerId).sort()).toEqual(
      ['aino', 'onni', 'venla'].map((u) => customerIds.get(u)!).sort(),
    )
    for (const res of [one, list]) expect(res.body).not.toContain('probe_referral_reason')
    const names = await queryRows<{ first_name: string }>(
      t.db,
      sql`select first_name from customer where id in (${sql.join(
        ['onni', 'venla', 'leo'].map((u) => sql`${customerIds.get(u)!}::uuid`),
        sql`, `,
      )})`,
    )
    for (const n of names) expect(list.body).not.toContain(n.first_name)
  })
})
