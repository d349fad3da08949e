import { z } from 'zod'
import { actionNames } from '../../platform/access'
import { cursorPageOf } from '../../platform/http/paging'
import { localisedTextSchema } from '../../platform/localised'
import { consentPurposes, consentRequestStatuses, dataCategories } from '../consent/schema'
import { eventCardVersionSchema, referralTargetSchema } from '../catalogue/routes'
import { caseViewActions, stepActions } from './actions'
import {
  endReasons,
  serviceActionStatuses,
  serviceActionStatusReasons,
  timelineEventKinds,
} from './schema'

export { customerParams } from '../customers/params'

export const serviceActionSchema = z
  .object({
    id: z.string(),
    customerId: z.string(),
    ownerOrganisationId: z.string(),
    ownerUserId: z.string().nullable(),
    instruction: localisedTextSchema,
    customerText: localisedTextSchema,
    status: z.enum(serviceActionStatuses),
    statusReason: z.enum(serviceActionStatusReasons).nullable(),
    handedOverFromOrganisationId: z.string().nullable(),
    dueOn: z.string(),
    overdue: z.boolean(),
    doneAt: z.string().nullable(),
    /** The worker's word on what was done (the team's, never the young person's view). */
    doneComment: z.string().nullable(),
    assignedAt: z.string().nullable(),
    openedEventCardId: z.string().nullable(),
    version: z.number().int(),
    /** What the viewer may do with this step (the UI's buttons). */
    permittedActions: z.array(z.enum(actionNames(stepActions))),
    /** For a "refer to a purchased service" step: the service the worker refers to from it. */
    referTo: referralTargetSchema.nullable(),
  })
  .meta({ id: 'ServiceAction' })

export const openedCardSchema = z.object({
  id: z.string(),
  openedAt: z.string(),
  /** Null when withheld: the viewer may not see the category of the indicator it answers. */
  card: z
    .object({ code: z.string(), version: z.number().int(), name: localisedTextSchema })
    .nullable(),
  withheld: z.boolean(),
})

const contactSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
})

export const teamSchema = z.array(
  z.object({
    organisation: z.object({ id: z.string(), name: localisedTextSchema }),
    contact: contactSchema.nullable(),
  }),
)

export const raisedIndicatorSchema = z.object({
  id: z.string(),
  raisedAt: z.string(),
  raisedByOrganisationId: z.string(),
  indicator: z.object({ id: z.string(), code: z.string(), name: localisedTextSchema }).nullable(),
  withheld: z.boolean(),
  /** False once closed (or the case ended); an active indicator cannot be raised again. */
  active: z.boolean(),
  /** The cards offered when raised, until one is opened or the indicator is closed. */
  offeredCards: z.array(eventCardVersionSchema),
})

export const caseSchema = z
  .object({
    jointCustomership: z.object({
      id: z.string(),
      programmeId: z.string(),
      enrollingOrganisationId: z.string(),
      enrolledOn: z.string(),
      endedOn: z.string().nullable(),
      endReason: z.enum(endReasons).nullable(),
      version: z.number().int(),
    }),
    team: teamSchema,
    indicators: z.array(raisedIndicatorSchema),
    serviceActions: z.array(serviceActionSchema),
    /** The cards the steps came from (`openedEventCardId`), to group them by. */
    eventCards: z.array(openedCardSchema),
    permittedActions: z.array(z.enum(actionNames(caseViewActions))),
  })
  .meta({ id: 'JointCustomership' })

export const planSchema = z
  .object({
    jointCustomershipId: z.string(),
    enrolledOn: z.string(),
    endedOn: z.string().nullable(),
    steps: z.array(
      z.object({
        id: z.string(),
        text: localisedTextSchema,
        dueOn: z.string(),
        status: z.enum(serviceActionStatuses),
        statusReason: z.enum(serviceActionStatusReasons).nullable(),
        handedOver: z.boolean(),
        overdue: z.boolean(),
        contact: contactSchema.nullable(),
      }),
    ),
    jobSuggestions: z.array(
      z.object({
        id: z.string(),
        jobId: z.string(),
        title: z.string(),
        employerName: z.string(),
        validThrough: z.string(),
      }),
    ),
    team: teamSchema,
  })
  .meta({ id: 'Plan' })

export const consentRequestSchema = z
  .object({
    id: z.string(),
    organisation: z.object({ id: z.string(), name: localisedTextSchema }),
    /** The worker who asked, by name, or null when the network asked (a step awaiting consent). */
    requestedBy: z.string().nullable(),
    purpose: z.enum(consentPurposes),
    dataCategories: z.array(z.enum(dataCategories)),
    /** How long a consent given by accepting lasts (it can be withdrawn at any time). */
    validForMonths: z.number().int(),
    status: z.enum(consentRequestStatuses),
    requestedAt: z.string(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'ConsentRequest' })

export const raiseResultSchema = z.object({
  raisedIndicatorId: z.string(),
  offeredCards: z.array(eventCardVersionSchema),
})

/** A page of the case's timeline, newest first (GET …/case/timeline, and the case view's first). */
export const timelinePageSchema = cursorPageOf(
  z.object({
    id: z.string(),
    kind: z.enum(timelineEventKinds),
    occurredAt: z.string(),
    actorOrganisationId: z.string().nullable(),
    /** The worker who acted, when a worker did. */
    actorName: z.string().nullable(),
    dataCategory: z.enum(dataCategories).nullable(),
    recordId: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    withheld: z.boolean(),
  }),
)
