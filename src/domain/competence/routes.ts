import { z } from 'zod'
import { actionNames } from '../../platform/access'
import { defineRoute } from '../../platform/http/route'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import type { CustomerId } from '../../platform/ids'
import { locales, profileSources, suggestionStatuses } from '../../shared/enums'
import { conceptSchema } from '../classification/routes'
import { customerParams } from '../customers/params'
import { competenceActions, profileActions } from './actions'
import {
  answerSuggestion,
  listVersions,
  profileView,
  saveProfile,
  suggestChange,
  versionView,
} from './competence'
import { profileContentSchema, suggestedChangeSchema } from './content'
import { exportProfile } from './export'
import { importMapping } from './import'
import { shareRoutes } from './share-routes'

const tags = ['competence']
const langQuery = z.object({ lang: z.enum(locales).default('fi') })
const id = (p: { customerId: string }) => p.customerId as CustomerId

const suggestionSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    change: suggestedChangeSchema,
    status: z.enum(suggestionStatuses),
    suggestedAt: z.string(),
  })
  .meta({ id: 'CompetenceSuggestion' })

const profileSchema = z
  .object({
    customerId: z.string(),
    /** 0 before the first save; send it back as `baseVersion`. */
    version: z.number().int(),
    savedAt: z.string().nullable(),
    source: z.enum(profileSources).nullable(),
    content: profileContentSchema,
    /** The concepts the profile and its suggestions name, labelled in `lang`. */
    concepts: z.array(conceptSchema),
    /** The network's municipalities (a wish names one by its code), named in `lang`. */
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    suggestions: z.array(suggestionSchema),
    permittedActions: z.array(z.enum(actionNames([...profileActions]))),
  })
  .meta({ id: 'CompetenceProfile' })

const versionSchema = z
  .object({
    version: z.number().int(),
    savedAt: z.string(),
    source: z.enum(profileSources),
    content: profileContentSchema,
    concepts: z.array(conceptSchema),
  })
  .meta({ id: 'CompetenceProfileVersion' })

const baseVersion = z.number().int().min(0)

export const competenceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/competence',
    summary: "The young person's competence profile (its newest version)",
    tags,
    action: competenceActions.read,
    params: customerParams,
    query: langQuery,
    target: ({ params }) => params.customerId,
    response: profileSchema,
    handler: (ctx, { params, query }) => profileView(ctx, id(params), query.lang),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/customers/:customerId/competence',
    summary: 'Save the profile as a new version (409 if `baseVersion` is not the newest)',
    tags,
    action: competenceActions.write,
    params: customerParams,
    query: langQuery,
    body: z.object({ baseVersion, content: profileContentSchema }),
    target: ({ params }) => params.customerId,
    response: profileSchema,
    handler: async (ctx, { params, query, body }) => {
      await saveProfile(ctx, id(params), body.baseVersion, body.content, 'edit')
      return profileView(ctx, id(params), query.lang)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/competence/import',
    summary:
      'Add a mapping of an assessment tool (CSV or JSON, docs/competence-import.md) as a new version; a file with any error stores nothing',
    tags,
    action: competenceActions.write,
    params: customerParams,
    query: langQuery,
    body: z.object({
      format: z.enum(['csv', 'json']),
      // The request body limit is 64 KB (server.ts): a mapping of a few hundred rows.
      content: z.string().max(60_000),
      baseVersion,
    }),
    target: ({ params }) => params.customerId,
    response: profileSchema,
    handler: async (ctx, { params, query, body }) => {
      await importMapping(ctx, id(params), body)
      return profileView(ctx, id(params), query.lang)
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/competence/versions',
    summary: 'Earlier versions of the profile, newest first; keyset paged',
    tags,
    action: competenceActions.readVersions,
    params: customerParams,
    query: cursorQuery,
    target: ({ params }) => params.customerId,
    response: cursorPageOf(
      z.object({
        id: z.string(),
        version: z.number().int(),
        savedAt: z.string(),
        source: z.enum(profileSources),
      }),
    ),
    handler: (ctx, { params, query }) => listVersions(ctx, id(params), query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/competence/versions/:versionId',
    summary: 'One earlier version of the profile',
    tags,
    action: competenceActions.readVersions,
    params: customerParams.extend({ versionId: z.uuid() }),
    query: langQuery,
    target: ({ params }) => params.customerId,
    response: versionSchema,
    handler: (ctx, { params, query }) => versionView(ctx, id(params), params.versionId, query.lang),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/competence/export',
    summary: 'The profile and all its versions as JSON, for the young person to take elsewhere',
    tags,
    action: competenceActions.readVersions,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: z.object({
      format: z.literal('saumaton-competence-profile/1'),
      exportedAt: z.string(),
      current: versionSchema.nullable(),
      versions: z.array(versionSchema.omit({ concepts: true })),
    }),
    handler: async (ctx, { params }, reply) => {
      void reply.header('content-disposition', 'attachment; filename="competence-profile.json"')
      return exportProfile(ctx, id(params))
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/competence/suggestions',
    summary: 'A worker suggests an addition to the profile; the young person accepts or rejects it',
    tags,
    action: competenceActions.suggest,
    params: customerParams,
    body: z.object({ change: suggestedChangeSchema }),
    target: ({ params }) => params.customerId,
    status: 201,
    response: z.object({ id: z.string() }),
    handler: (ctx, { params, body }) => suggestChange(ctx, id(params), body.change),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/competence/suggestions/:suggestionId/answer',
    summary: 'Accept (a new version with the item) or reject a suggestion',
    tags,
    action: competenceActions.write,
    params: customerParams.extend({ suggestionId: z.uuid() }),
    query: langQuery,
    body: z.object({ accept: z.boolean() }),
    target: ({ params }) => params.customerId,
    response: profileSchema,
    handler: async (ctx, { params, query, body }) => {
      await answerSuggestion(ctx, id(params), params.suggestionId, body.accept)
      return profileView(ctx, id(params), query.lang)
    },
  }),
  ...shareRoutes,
]
