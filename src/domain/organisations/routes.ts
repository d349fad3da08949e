import { z } from 'zod'
import { anySignedIn, defineRoleAction, role } from '../../platform/access'
import { defineRoute } from '../../platform/http/route'
import { localisedTextSchema } from '../../platform/localised'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import { listColleagues } from './colleagues'
import { listOrganisations, listProgrammes, networkOverview } from './organisations'
import { organisationKinds, qualificationLevels } from './schema'

export const organisationActions = {
  list: defineRoleAction('organisation.list', anySignedIn),
  readNetwork: defineRoleAction('network.read', [role('coordinator')]),
  listProgrammes: defineRoleAction('programme.list', [role('worker'), role('coordinator')]),
  /** A worker's colleagues: the workers of their own organisation, to give a step to. */
  listColleagues: defineRoleAction('colleague.list', [role('worker')]),
}

const organisationSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: z.enum(organisationKinds),
    name: localisedTextSchema,
  })
  .meta({ id: 'Organisation' })

const named = { id: z.string(), code: z.string(), name: localisedTextSchema }

export const organisationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/colleagues',
    summary: "The workers of the signed-in worker's own organisation, by name; keyset paged",
    tags: ['network'],
    action: organisationActions.listColleagues,
    query: cursorQuery.extend({ q: z.string().max(100).optional() }),
    response: cursorPageOf(
      z.object({
        id: z.string(),
        displayName: z.string(),
        title: z.string().nullable(),
        isMe: z.boolean(),
      }),
    ),
    handler: (ctx, { query }) => listColleagues(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/organisations',
    summary: 'The organisations of the network',
    tags: ['network'],
    action: organisationActions.list,
    response: z.object({ items: z.array(organisationSchema) }),
    handler: async (ctx) => ({ items: await listOrganisations(ctx.db) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/network',
    summary:
      "The coordinator's view of the network: regions, municipalities, organisations, programmes",
    tags: ['network'],
    action: organisationActions.readNetwork,
    response: z.object({
      regions: z.array(z.object(named)),
      municipalities: z.array(z.object({ ...named, regionId: z.string() })),
      organisations: z.array(
        z.object({
          ...named,
          kind: z.enum(organisationKinds),
          legalBasis: z.string().nullable(),
          workerCount: z.number().int(),
        }),
      ),
      programmes: z.array(
        z.object({
          ...named,
          startsOn: z.string(),
          endsOn: z.string().nullable(),
          maxAgeExclusive: z.number().int(),
          minQualification: z.enum(qualificationLevels),
          municipalityIds: z.array(z.string()),
          partnerIds: z.array(z.string()),
        }),
      ),
    }),
    handler: (ctx) => networkOverview(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/programmes',
    summary: 'Programmes with their period, target-group rules and municipalities',
    tags: ['network'],
    action: organisationActions.listProgrammes,
    response: z.object({
      items: z.array(
        z.object({
          ...named,
          startsOn: z.string(),
          endsOn: z.string().nullable(),
          maxAgeExclusive: z.number().int(),
          minQualification: z.enum(qualificationLevels),
          municipalities: z.array(z.object(named)),
        }),
      ),
    }),
    handler: async (ctx) => ({ items: await listProgrammes(ctx.db) }),
  }),
]
