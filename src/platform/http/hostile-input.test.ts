import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type Agent, type TestApp } from '../testing/app'
import { tableDigests } from '../testing/database'
import { describeResponse, expectProblem, expectProblems, isProblem } from '../testing/expect'
import {
  badIntegers,
  badStrings,
  idParams,
  malformedJson,
  notUuids,
  pathParams,
  plausibleValue,
  queryParams,
  requestBodySchema,
  urlOf,
  wrongBodies,
  wrongValue,
} from '../testing/hostile'
import {
  documentedOperations,
  isApiRoute,
  registeredRoutes,
  type DocumentedOperation,
  type OpenApiDocument,
} from '../testing/routes'

/**
 * Every route, found in the app itself, gets malformed, mistyped, oversized and mislabelled
 * input: the answer is always a 4xx problem document, never a 500 and never a change.
 */
describe('hostile input to every route', () => {
  let t: TestApp
  let doc: OpenApiDocument
  let ops: DocumentedOperation[]
  let agents: { name: string; agent: Agent }[]
  let ownIds: Record<string, string>
  let before: Record<string, string>
  const publicRoutes = new Set([
    'GET /api/health',
    'POST /api/v1/session',
    'GET /api/v1/session/methods',
    'POST /api/v1/session/identification',
    'POST /api/v1/session/identification/callback',
    'POST /api/v1/invitations/check',
    'POST /api/v1/invitations/accept',
    'POST /api/v1/surveys/check',
    'POST /api/v1/surveys/answer',
    'GET /api/v1/machine/monitoring/report',
    // The service tray's published services, public by design (docs/service-tray.md).
    'GET /api/hsds/',
    'GET /api/hsds/services',
    'GET /api/hsds/services/:id',
    'GET /api/hsds/organizations',
    'GET /api/hsds/organizations/:id',
    'GET /api/hsds/taxonomies',
    'GET /api/hsds/taxonomy_terms',
    'GET /api/v1/competence-shares/:token',
    // Open jobs and an employer's own posting through their link (domain/jobs/routes.ts).
    'GET /api/v1/jobs',
    'GET /api/v1/jobs/:jobId',
    'POST /api/v1/job-submissions',
    'PUT /api/v1/job-submissions',
    'POST /api/v1/job-submissions/view',
    'POST /api/v1/job-submissions/close',
  ])
  // Tables that requests legitimately write even when refused.
  const written = ['audit_event', 'user_session', 'login_failure']

  beforeAll(async () => {
    t = await testApp()
    const org = await t.fixtures.organisation().save()
    const coordinatorOrg = await t.fixtures.organisation('coordinator').save()
    const worker = await t.fixtures.worker(org).save()
    const coordinator = await t.fixtures.coordinator(coordinatorOrg).save()
    const person = await t.fixtures.customer().withConsent(org).save()
    ownIds = { customerId: person.id, consentId: person.consents[0]!.id }
    agents = [
      { name: 'young person', agent: await t.signIn(person) },
      { name: 'worker', agent: await t.signIn(worker) },
      { name: 'coordinator', agent: await t.signIn(coordinator) },
    ]
    doc = (await t.anonymous.get('/api/openapi.json')).json<OpenApiDocument>()
    ops = documentedOperations(doc)
    before = await tableDigests(t.db, written)
  })
  afterAll(() => t?.close())

  const young = (): Agent => agents[0]!.agent
  const label = (op: DocumentedOperation, what: string) => `${op.method} ${op.url} ${what}`

  it('reaches every registered API route through the OpenAPI document', () => {
    const documented = new Set(ops.map((o) => `${o.method} ${o.url}`))
    const registered = registeredRoutes(t.app).filter(isApiRoute)
    expect(registered.length).toBeGreaterThan(5)
    expect(registered.filter((r) => !documented.has(`${r.method} ${r.url}`))).toEqual([])
  })

  it('answers 401 to anonymous requests, except on the public routes', async () => {
    await expectProblems(
      ops
        .filter((op) => !publicRoutes.has(`${op.method} ${op.url}`))
        .map((op) => ({
          name: label(op, 'anonymous'),
          send: () =>
            t.anonymous.request({ method: op.method as 'GET', url: urlOf(op, doc, ownIds) }),
          status: 401,
        })),
    )
  })

  it('answers 400 to path parameters out of range: ids that are not UUIDs, unknown choices', async () => {
    await expectProblems(
      ops.flatMap((op) =>
        pathParams(op).flatMap((param) =>
          [...notUuids, 'a'.repeat(200)].map((bad) => ({
            name: label(op, `${param}=${JSON.stringify(bad.slice(0, 20))}`),
            send: () =>
              young().request({
                method: op.method as 'GET',
                url: urlOf(op, doc, { ...ownIds, [param]: bad }),
              }),
            // Fastify refuses a path parameter over 100 characters before routing.
            status: bad.length > 100 ? 414 : 400,
          })),
        ),
      ),
    )
  })

  it('answers 404 (or 403) to unknown UUIDs, whoever asks', async () => {
    await expectProblems(
      ops
        .filter((op) => op.method === 'GET' && idParams(op, doc).length > 0)
        .flatMap((op) => {
          const [first, ...rest] = idParams(op, doc)
          const own = ownIds[first!]
          return agents.flatMap(({ name, agent }) => [
            {
              name: label(op, `${name}, all unknown`),
              send: () => agent.get(urlOf(op, doc)),
              status: [403, 404],
            },
            ...(own && rest.length > 0
              ? [
                  {
                    name: label(op, `${name}, own ${first}, unknown ${rest.join(', ')}`),
                    send: () => agent.get(urlOf(op, doc, { [first!]: own })),
                    status: [403, 404],
                  },
                ]
              : []),
          ])
        }),
    )
  })

  it('refuses writes to unknown UUIDs with a problem, even with a well-formed body', async () => {
    await expectProblems(
      ops
        .filter((op) => op.method !== 'GET' && idParams(op, doc).length > 0)
        .flatMap((op) => {
          const schema = requestBodySchema(op, doc)
          const body = schema ? plausibleValue(schema, doc) : undefined
          return agents.map(({ name, agent }) => ({
            name: label(op, `${name}, all unknown`),
            send: () => agent.request({ method: op.method as 'POST', url: urlOf(op, doc), body }),
            status: [400, 403, 404, 409],
          }))
        }),
    )
  })

  const withBodies = () => ops.filter((op) => requestBodySchema(op, doc))
  // Only the customer id is real: a request that slipped through must not change a real record.
  const sendRaw = (op: DocumentedOperation, payload: string, contentType = 'application/json') =>
    young().request({
      method: op.method as 'POST',
      url: urlOf(op, doc, { customerId: ownIds.customerId! }),
      payload,
      headers: { 'content-type': contentType },
    })

  it('answers 400 to malformed JSON and to bodies of the wrong kind', async () => {
    await expectProblems(
      withBodies().flatMap((op) =>
        [...malformedJson, ...wrongBodies].map((payload) => ({
          name: label(op, `body ${JSON.stringify(payload)}`),
          send: () => sendRaw(op, payload),
          // JSON null is no body, which a route with an optional body accepts.
          status: payload === 'null' ? undefined : 400,
        })),
      ),
    )
  })

  it('answers 400 naming the field when one field has the wrong type', async () => {
    const failures: string[] = []
    for (const op of withBodies()) {
      const schema = requestBodySchema(op, doc)!
      for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
        const body = {
          ...(plausibleValue(schema, doc) as object),
          [field]: wrongValue(fieldSchema, doc),
        }
        const res = await sendRaw(op, JSON.stringify(body))
        const problem = res.statusCode === 400 ? expectProblem(res, 400) : null
        if (
          !problem?.fields?.some(
            (f) => f.field === `body.${field}` || f.field.startsWith(`body.${field}.`),
          )
        ) {
          failures.push(`${label(op, field)} → ${describeResponse(res, 200)}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('refuses unknown fields: every request body is a closed object', async () => {
    const open = withBodies()
      .filter((op) => requestBodySchema(op, doc)!.additionalProperties !== false)
      .map((op) => `${op.method} ${op.url}`)
    expect(open).toEqual([])
    await expectProblems(
      withBodies().flatMap((op) => {
        const plausible = plausibleValue(requestBodySchema(op, doc)!, doc) as object
        return [
          {
            name: label(op, 'unknown field'),
            send: () => sendRaw(op, JSON.stringify({ ...plausible, isAdmin: true })),
            status: 400,
          },
          {
            name: label(op, '__proto__'),
            send: () => sendRaw(op, `{"__proto__": {"isAdmin": true}}`),
            status: 400,
          },
        ]
      }),
    )
  })

  it('answers 413 to a body over 64 KB (over 8 MB for a picture upload)', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(70 * 1024) })
    const huge = JSON.stringify({ padding: 'x'.repeat(8 * 1024 * 1024) })
    const upload = (op: DocumentedOperation) => op.path.endsWith('/image')
    await expectProblems(
      withBodies().map((op) => ({
        name: label(op, upload(op) ? '8 MB' : '70 KB'),
        send: () => sendRaw(op, upload(op) ? huge : big),
        status: 413,
      })),
    )
  })

  it('answers 415 (or 400) to bodies that are not JSON', async () => {
    await expectProblems(
      withBodies().flatMap((op) => [
        { name: label(op, 'xml'), send: () => sendRaw(op, '<a/>', 'application/xml'), status: 415 },
        {
          name: label(op, 'form'),
          send: () => sendRaw(op, 'a=b', 'application/x-www-form-urlencoded'),
          status: 415,
        },
        {
          name: label(op, 'multipart'),
          send: () => sendRaw(op, '--x--', 'multipart/form-data; boundary=x'),
          status: 415,
        },
        // Fastify parses text/plain as a string, which the body schema then refuses.
        {
          name: label(op, 'text'),
          send: () => sendRaw(op, '{"a":1}', 'text/plain'),
          status: [400, 415],
        },
      ]),
    )
  })

  it('answers 400 to mistyped query parameters, and never 500 to odd strings', async () => {
    const failures: string[] = []
    for (const op of ops.filter((o) => o.method === 'GET')) {
      for (const { name, schema } of queryParams(op, doc)) {
        const integer = schema.type === 'integer' || schema.type === 'number'
        for (const bad of integer ? badIntegers : badStrings) {
          for (const { agent } of agents) {
            const url = `${urlOf(op, doc, ownIds)}?${name}=${encodeURIComponent(bad)}`
            const res = await agent.get(url)
            const ok = integer ? res.statusCode === 400 : res.statusCode < 500
            if (!ok || (res.statusCode >= 400 && !isProblem(res))) {
              failures.push(`${op.method} ${url.slice(0, 120)} → ${describeResponse(res, 160)}`)
            }
          }
        }
      }
    }
    expect(failures).toEqual([])
  }, 120_000) // every GET route × every query parameter × every bad value × every agent

  it('answers a path that does not decode with a problem document', async () => {
    await expectProblems(
      ops
        .filter((op) => pathParams(op).length > 0)
        .map((op) => ({
          name: label(op, '%zz'),
          send: () =>
            young().request({ method: op.method as 'GET', url: op.url.replace(/:\w+/, '%zz') }),
          status: 400,
        })),
    )
  })

  it('treats a forged session cookie as no session', async () => {
    const forged = await t.app.inject({
      url: '/api/v1/me',
      cookies: { saumaton_session: 'x'.repeat(43) },
    })
    expectProblem(forged, 401)
  })

  it('changed no record on the way (the audit trail aside)', async () => {
    expect(await tableDigests(t.db, written)).toEqual(before)
  })
})
