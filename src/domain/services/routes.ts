import { z } from 'zod'
import { defineRoleAction, role } from '../../platform/access'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import { defineRoute } from '../../platform/http/route'
import { listMunicipalities } from '../organisations/organisations'
import { localisedTextSchema } from '../../platform/localised'
import {
  organisationKinds,
  serviceLanguageCodes,
  serviceStatuses,
  weekdays,
} from '../../shared/enums'
import { serviceInput, serviceStatusChange, serviceUpdate } from '../../shared/service-tray'
import {
  createService,
  listServices,
  listTaxonomies,
  publishService,
  retireService,
  serviceById,
  updateService,
} from './services'

/**
 * The service tray touches nobody's personal data: it is read by role and maintained by the
 * coordinator; every change is audited by the route wrapper.
 */
export const serviceTrayActions = {
  read: defineRoleAction('service_tray.read', [role('worker'), role('coordinator')]),
  edit: defineRoleAction('service_tray.edit', [role('coordinator')]),
}

const municipalityRef = z.object({ id: z.string(), code: z.string(), name: localisedTextSchema })

export const serviceSchema = z
  .object({
    id: z.string(),
    status: z.enum(serviceStatuses),
    version: z.number().int(),
    organisation: z.object({
      id: z.string(),
      kind: z.enum(organisationKinds),
      name: localisedTextSchema,
    }),
    name: localisedTextSchema,
    description: localisedTextSchema,
    eligibility: localisedTextSchema,
    applicationProcess: localisedTextSchema,
    fees: localisedTextSchema,
    minimumAge: z.number().int().nullable(),
    maximumAge: z.number().int().nullable(),
    url: z.string().nullable(),
    email: z.string().nullable(),
    municipalities: z.array(municipalityRef),
    terms: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        taxonomyCode: z.string(),
        name: localisedTextSchema,
      }),
    ),
    languages: z.array(z.object({ code: z.enum(serviceLanguageCodes) })),
    locations: z.array(
      z.object({
        id: z.string(),
        name: localisedTextSchema,
        streetAddress: z.string(),
        postalCode: z.string(),
        municipality: municipalityRef,
        accessibility: localisedTextSchema,
        openingHours: z.array(
          z.object({
            weekdays: z.array(z.enum(weekdays)),
            opensAt: z.string(),
            closesAt: z.string(),
          }),
        ),
      }),
    ),
    contacts: z.array(
      z.object({
        id: z.string(),
        title: localisedTextSchema,
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    ),
    publishedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrayService' })

const listQuery = cursorQuery.extend({
  search: z.string().trim().max(200).optional(),
  municipalityId: z.uuid().optional(),
})
const params = z.object({ serviceId: z.uuid() })
const tags = ['service tray']

export const serviceTrayRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/services',
    summary: 'The published services of the service tray (for referring)',
    tags,
    action: serviceTrayActions.read,
    query: listQuery,
    response: cursorPageOf(serviceSchema),
    handler: (ctx, { query }) =>
      listServices(ctx.db, {
        ...query,
        search: query.search || undefined,
        statuses: ['published'],
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/services/:serviceId',
    summary: 'One published service',
    tags,
    action: serviceTrayActions.read,
    params,
    response: serviceSchema,
    handler: (ctx, { params }) => serviceById(ctx.db, params.serviceId, 'published'),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/service-choices',
    summary: 'What services are classified by: taxonomy terms (the audience) and municipalities',
    tags,
    action: serviceTrayActions.read,
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          name: localisedTextSchema,
          terms: z.array(z.object({ id: z.string(), code: z.string(), name: localisedTextSchema })),
        }),
      ),
      municipalities: z.array(municipalityRef),
    }),
    handler: async (ctx) => ({
      items: await listTaxonomies(ctx.db),
      municipalities: await listMunicipalities(ctx.db),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/service-tray',
    summary: 'Every service of the tray, drafts and retired ones too (the coordinator’s list)',
    tags,
    action: serviceTrayActions.edit,
    query: listQuery.extend({ status: z.enum(serviceStatuses).optional() }),
    response: cursorPageOf(serviceSchema),
    handler: (ctx, { query }) =>
      listServices(ctx.db, {
        ...query,
        search: query.search || undefined,
        statuses: query.status ? [query.status] : serviceStatuses,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/service-tray/:serviceId',
    summary: 'One service of the tray in any status',
    tags,
    action: serviceTrayActions.edit,
    params,
    response: serviceSchema,
    handler: (ctx, { params }) => serviceById(ctx.db, params.serviceId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/service-tray',
    summary: 'Draft a new service',
    tags,
    action: serviceTrayActions.edit,
    body: serviceInput,
    response: serviceSchema,
    status: 201,
    handler: (ctx, { body }) => createService(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/service-tray/:serviceId',
    summary: 'Edit a draft or a published service (naming the version edited)',
    tags,
    action: serviceTrayActions.edit,
    params,
    body: serviceUpdate,
    response: serviceSchema,
    handler: (ctx, { params, body }) => updateService(ctx, params.serviceId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/service-tray/:serviceId/publish',
    summary: 'Publish a draft: workers and the public HSDS API see it',
    tags,
    action: serviceTrayActions.edit,
    params,
    body: serviceStatusChange,
    response: serviceSchema,
    handler: (ctx, { params, body }) => publishService(ctx, params.serviceId, body.version),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/service-tray/:serviceId/retire',
    summary: 'Retire a published service',
    tags,
    action: serviceTrayActions.edit,
    params,
    body: serviceStatusChange,
    response: serviceSchema,
    handler: (ctx, { params, body }) => retireService(ctx, params.serviceId, body.version),
  }),
]
