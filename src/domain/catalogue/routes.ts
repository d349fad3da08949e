import { z } from 'zod'
import { defineRoleAction, role } from '../../platform/access'
import { defineRoute } from '../../platform/http/route'
import { localisedTextSchema } from '../../platform/localised'
import { dataCategories } from '../consent/schema'
import {
  draftEventCard,
  eventCardVersionById,
  listEventCardVersions,
  listIndicators,
  publishDraft,
  retireVersion,
  saveIndicator,
  updateDraft,
} from './catalogue'
import { consentLossRules, eventCardStatuses, eventCardStepKinds } from './schema'

export const catalogueActions = {
  read: defineRoleAction('catalogue.read', [role('worker'), role('coordinator')]),
  edit: defineRoleAction('catalogue.edit', [role('coordinator')]),
}

const requiredText = z.object({
  fi: z.string().trim().min(1).max(2000),
  sv: z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
})

const indicatorSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: localisedTextSchema,
    dataCategory: z.enum(dataCategories),
    active: z.boolean(),
  })
  .meta({ id: 'CooperationIndicator' })

const indicatorBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,62}$/, 'Lower-case letters, digits and underscores'),
  name: requiredText,
  dataCategory: z.enum(dataCategories),
  active: z.boolean().default(true),
})

/** The purchased service a referral step names: a contract, or a framework arrangement. */
export const referralTargetSchema = z
  .object({ contractId: z.string().nullable(), frameworkArrangementId: z.string().nullable() })
  .meta({ id: 'ReferralTarget' })

export const eventCardVersionSchema = z
  .object({
    id: z.string(),
    eventCardId: z.string(),
    code: z.string(),
    version: z.number().int(),
    status: z.enum(eventCardStatuses),
    name: localisedTextSchema,
    waysOfWorking: localisedTextSchema,
    indicatorIds: z.array(z.string()),
    publishedAt: z.string().nullable(),
    steps: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        responsibleOrganisationId: z.string(),
        dueInDays: z.number().int(),
        onConsentLoss: z.enum(consentLossRules),
        instruction: localisedTextSchema,
        customerText: localisedTextSchema,
        kind: z.enum(eventCardStepKinds),
        referTo: referralTargetSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'EventCardVersion' })

/** A draft may be in Finnish alone; publishing asks for all three languages (publishDraft). */
const draftText = z.object({
  fi: z.string().trim().min(1).max(2000),
  sv: z.string().trim().max(2000).default(''),
  en: z.string().trim().max(2000).default(''),
})

const versionBody = z.object({
  name: draftText,
  waysOfWorking: draftText,
  indicatorIds: z.array(z.uuid()).max(20),
  steps: z
    .array(
      z.object({
        responsibleOrganisationId: z.uuid(),
        dueInDays: z.number().int().min(0).max(365),
        /** When the organisation loses the consent: wait for it again (default) or hand over. */
        onConsentLoss: z.enum(consentLossRules).optional(),
        instruction: draftText,
        customerText: draftText,
        /** A task (default), or a referral to the purchased service `referTo` names. */
        kind: z.enum(eventCardStepKinds).optional(),
        referTo: z
          .strictObject({
            contractId: z.uuid().nullable().default(null),
            frameworkArrangementId: z.uuid().nullable().default(null),
          })
          .nullable()
          .optional(),
      }),
    )
    .max(30),
})

const versionParams = z.object({ versionId: z.uuid() })
const tags = ['catalogue']

export const catalogueRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/cooperation-indicators',
    summary: 'The catalogue of cooperation indicators',
    tags,
    action: catalogueActions.read,
    query: z.object({ includeInactive: z.stringbool().optional() }),
    response: z.object({ items: z.array(indicatorSchema) }),
    handler: async (ctx, { query }) => ({
      items: await listIndicators(ctx.db, query.includeInactive ?? false),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/cooperation-indicators',
    summary: 'Add a cooperation indicator',
    tags,
    action: catalogueActions.edit,
    body: indicatorBody,
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async (ctx, { body }) => ({ id: await saveIndicator(ctx, null, body) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/cooperation-indicators/:indicatorId',
    summary: 'Change a cooperation indicator',
    tags,
    action: catalogueActions.edit,
    params: z.object({ indicatorId: z.uuid() }),
    body: indicatorBody,
    response: z.object({ id: z.string() }),
    handler: async (ctx, { params, body }) => ({
      id: await saveIndicator(ctx, params.indicatorId, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/event-cards',
    summary: 'Every version of every event card',
    tags,
    action: catalogueActions.read,
    response: z.object({ items: z.array(eventCardVersionSchema) }),
    handler: async (ctx) => ({ items: await listEventCardVersions(ctx.db) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/event-cards/versions/:versionId',
    summary: 'One version of an event card',
    tags,
    action: catalogueActions.read,
    params: versionParams,
    response: eventCardVersionSchema,
    handler: (ctx, { params }) => eventCardVersionById(ctx.db, params.versionId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/event-cards',
    summary: 'Draft a new event card, or a new version of an existing one (by code)',
    tags,
    action: catalogueActions.edit,
    body: versionBody.extend({
      code: z
        .string()
        .trim()
        .regex(/^[a-z][a-z0-9_]{1,62}$/, 'Lower-case letters, digits and underscores'),
    }),
    response: eventCardVersionSchema,
    status: 201,
    handler: (ctx, { body }) => draftEventCard(ctx, body.code, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/event-cards/versions/:versionId',
    summary: 'Edit a draft',
    tags,
    action: catalogueActions.edit,
    params: versionParams,
    body: versionBody,
    response: eventCardVersionSchema,
    handler: (ctx, { params, body }) => updateDraft(ctx, params.versionId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/event-cards/versions/:versionId/publish',
    summary: 'Publish a draft; the previous published version retires',
    tags,
    action: catalogueActions.edit,
    params: versionParams,
    response: eventCardVersionSchema,
    handler: (ctx, { params }) => publishDraft(ctx, params.versionId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/event-cards/versions/:versionId/retire',
    summary: 'Retire a published version',
    tags,
    action: catalogueActions.edit,
    params: versionParams,
    response: eventCardVersionSchema,
    handler: (ctx, { params }) => retireVersion(ctx, params.versionId),
  }),
]
