import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import { locales } from '../../shared/enums'
import {
  hsdsOrganizationById,
  hsdsOrganizations,
  hsdsServiceById,
  hsdsServices,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
} from './hsds'
import {
  hsdsMeta,
  hsdsOrganization,
  hsdsPage,
  hsdsService,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
} from './hsds-schema'

/**
 * The public, read-only HSDS 3.0 API of the service tray (the HSDS API reference's paths and
 * parameters). `action: 'public'`: it answers only published services, which hold no personal
 * data. `lang` chooses the language of the texts (Finnish by default).
 */
const tags = ['hsds']
const lang = z.enum(locales).default('fi')
const paged = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
  lang,
})
const search = z.string().trim().max(200).optional()
const byId = z.object({ id: z.uuid() })

export const hsdsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/hsds/',
    summary: 'HSDS: this API’s version and profile',
    tags,
    action: 'public',
    response: hsdsMeta,
    handler: (_ctx, _input, reply) => {
      const origin = `${reply.request.protocol}://${reply.request.host}`
      return Promise.resolve({
        version: '3.0',
        profile: 'https://docs.openreferral.org/en/3.0/',
        openapi_url: `${origin}/api/openapi.json`,
      })
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hsds/services',
    summary: 'HSDS: a page of published services, fully nested',
    tags,
    action: 'public',
    query: paged.extend({
      search,
      taxonomy_term_id: z.uuid().optional(),
      organization_id: z.uuid().optional(),
      modified_after: z.iso.datetime({ offset: true }).optional(),
    }),
    response: hsdsPage(hsdsService),
    handler: (ctx, { query }) =>
      hsdsServices(ctx.db, { ...query, search: query.search || undefined }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hsds/services/:id',
    summary: 'HSDS: one published service, fully nested',
    tags,
    action: 'public',
    params: byId,
    query: z.object({ lang }),
    response: hsdsService,
    handler: (ctx, { params, query }) => hsdsServiceById(ctx.db, params.id, query.lang),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hsds/organizations',
    summary: 'HSDS: a page of the organisations that give published services',
    tags,
    action: 'public',
    query: paged.extend({ search }),
    response: hsdsPage(hsdsOrganization),
    handler: (ctx, { query }) =>
      hsdsOrganizations(ctx.db, { ...query, search: query.search || undefined }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hsds/organizations/:id',
    summary: 'HSDS: one organisation that gives published services',
    tags,
    action: 'public',
    params: byId,
    query: z.object({ lang }),
    response: hsdsOrganization,
    handler: (ctx, { params, query }) => hsdsOrganizationById(ctx.db, params.id, query.lang),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hsds/taxonomies',
    summary: 'HSDS: a page of the taxonomies the tray classifies services by',
    tags,
    action: 'public',
    query: paged,
    response: hsdsPage(hsdsTaxonomy),
    handler: (ctx, { query }) => hsdsTaxonomies(ctx.db, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/hsds/taxonomy_terms',
    summary: 'HSDS: a page of taxonomy terms (the audience: young people, employers)',
    tags,
    action: 'public',
    query: paged.extend({ taxonomy_id: z.uuid().optional() }),
    response: hsdsPage(hsdsTaxonomyTerm),
    handler: (ctx, { query }) => hsdsTaxonomyTerms(ctx.db, query),
  }),
]
