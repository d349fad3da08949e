import { z } from 'zod'
import { defineRoute } from '../../platform/http/route'
import type { CustomerId } from '../../platform/ids'
import { locales, shareSections } from '../../shared/enums'
import { conceptSchema } from '../classification/routes'
import { customerParams } from '../customers/params'
import { competenceActions } from './actions'
import { profileContentSchema } from './content'
import {
  createShareLink,
  listShareLinks,
  openShareLink,
  revokeShareLink,
  SHARE_TOKEN_PATTERN,
} from './share-links'

const tags = ['competence']
const id = (p: { customerId: string }) => p.customerId as CustomerId

const shareLinkSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    sections: z.array(z.enum(shareSections)),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'CompetenceShareLink' })

export const shareRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/competence/share-links',
    summary: 'Make a read-only link to chosen sections of the profile, for an employer',
    tags,
    action: competenceActions.write,
    params: customerParams,
    body: z.object({
      sections: z.array(z.enum(shareSections)).min(1).max(shareSections.length),
      validDays: z.number().int().min(1).max(90),
      label: z.string().trim().max(100).default(''),
    }),
    target: ({ params }) => params.customerId,
    status: 201,
    // The token is in this answer only; the database keeps its hash.
    response: shareLinkSchema.extend({ token: z.string(), path: z.string() }),
    handler: (ctx, { params, body }) => createShareLink(ctx, id(params), body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/customers/:customerId/competence/share-links',
    summary: "The young person's share links, newest first (at most 100)",
    tags,
    action: competenceActions.readVersions,
    params: customerParams,
    target: ({ params }) => params.customerId,
    response: z.object({ items: z.array(shareLinkSchema) }),
    handler: async (ctx, { params }) => ({ items: await listShareLinks(ctx, id(params)) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/customers/:customerId/competence/share-links/:linkId/revoke',
    summary: 'Revoke a share link: it stops working at once',
    tags,
    action: competenceActions.write,
    params: customerParams.extend({ linkId: z.uuid() }),
    target: ({ params }) => params.customerId,
    response: shareLinkSchema,
    handler: (ctx, { params }) => revokeShareLink(ctx, id(params), params.linkId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/competence-shares/:token',
    summary:
      'Open a share link without signing in: the chosen sections, read-only; 410 once revoked or expired; every opening is audited',
    tags,
    // The unguessable token is the access, as an invitation's is; the opening is audited here.
    action: 'public',
    params: z.object({ token: z.string().regex(SHARE_TOKEN_PATTERN) }),
    query: z.object({ lang: z.enum(locales).default('fi') }),
    response: z.object({
      sections: z.array(z.enum(shareSections)),
      expiresAt: z.string(),
      version: z.number().int(),
      content: profileContentSchema,
      concepts: z.array(conceptSchema),
      /** The shown wished municipalities (named by code in `content`), named in `lang`. */
      municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
    handler: (ctx, { params, query }) =>
      ctx.db.transaction((tx) => openShareLink({ ...ctx, db: tx }, params.token, query.lang)),
  }),
]
