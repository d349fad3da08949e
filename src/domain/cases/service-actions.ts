import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { accountContacts } from '../../platform/auth/auth'
import { permittedActions } from '../../platform/access'
import type { Ctx } from '../../platform/context'
import type { ListCtx } from '../../platform/http/route'
import { Conflict, Forbidden, Invalid, NotFound } from '../../platform/errors'
import type { CustomerId, OrganisationId, UserAccountId } from '../../platform/ids'
import { membershipsOf } from '../organisations/organisations'
import {
  cappedCount,
  cursorPageFrom,
  decodeKeyPosition,
  encodeKeyPosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { eventCardVersionById } from '../catalogue/catalogue'
import { eventCardStep } from '../catalogue/schema'
import type { ReferralTarget } from '../purchasing/contracts'
import { requestConsent } from '../consent/requests'
import type { DataCategory } from '../consent/schema'
import { customerContact } from '../customers/contact'
import { customerNames } from '../customers/customers'
import { queueNotification } from '../../platform/mail/outbox'
import { stepActions } from './actions'
import { ensureTeamMember, openCase, organisationMayWorkOn } from './case'
import { helsinkiDate } from './eligibility'
import {
  jointCustomership,
  openedEventCard,
  raisedIndicator,
  serviceAction,
  type ServiceActionStatus,
} from './schema'
import { mayReadCategory } from './relations'
import { recordTimeline } from './timeline'

type ServiceActionRow = typeof serviceAction.$inferSelect

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export function presentServiceAction(r: ServiceActionRow, today: string, customerId: string) {
  return {
    id: r.id,
    customerId,
    ownerOrganisationId: r.ownerOrganisationId,
    ownerUserId: r.ownerUserId,
    instruction: { fi: r.instructionFi, sv: r.instructionSv, en: r.instructionEn },
    customerText: { fi: r.customerTextFi, sv: r.customerTextSv, en: r.customerTextEn },
    status: r.status,
    /** Why the status or owner changed without the owner's doing (a consent ended, …). */
    statusReason: r.statusReason,
    handedOverFromOrganisationId: r.handedOverFromOrganisationId,
    dueOn: r.dueOn,
    overdue: (r.status === 'open' || r.status === 'in_progress') && r.dueOn < today,
    doneAt: r.doneAt?.toISOString() ?? null,
    doneComment: r.doneComment,
    assignedAt: r.assignedAt?.toISOString() ?? null,
    /** The event card on the case that the step came from (null for a step of no card). */
    openedEventCardId: r.openedEventCardId,
    version: r.version,
  }
}
export type ServiceActionView = ReturnType<typeof presentServiceAction>

/**
 * Opens an event card on a case: each step becomes a service action for its organisation, with
 * a due date. A step for an organisation without consent waits for it, and a consent request
 * goes to the young person. The case keeps the card version it started on.
 */
export async function openEventCard(
  ctx: Ctx,
  customerId: CustomerId,
  versionId: string,
  raisedIndicatorId: string | null,
) {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Only a worker can open.')
  const jc = await openCase(ctx.db, customerId)
  const card = await eventCardVersionById(ctx.db, versionId)
  if (card.status !== 'published') {
    throw new Invalid('event_card_not_published', 'Only a published event card can be opened.', [
      { field: 'body.eventCardVersionId', code: 'invalid_choice', message: 'Not published' },
    ])
  }
  // A card opened for an indicator tells what the indicator tells: its category is the same.
  let openedCategory: DataCategory = 'employment_and_plan'
  if (raisedIndicatorId) {
    const [ri] = await ctx.db
      .select({ dataCategory: raisedIndicator.dataCategory })
      .from(raisedIndicator)
      .where(
        and(
          eq(raisedIndicator.id, raisedIndicatorId),
          eq(raisedIndicator.jointCustomershipId, jc.id),
        ),
      )
    if (!ri) {
      throw new Invalid('unknown_raised_indicator', 'No such raised indicator on this case.', [
        { field: 'body.raisedIndicatorId', code: 'unknown_reference', message: 'Unknown' },
      ])
    }
    openedCategory = ri.dataCategory
  }
  const [opened] = await ctx.db
    .insert(openedEventCard)
    .values({
      jointCustomershipId: jc.id,
      eventCardVersionId: versionId,
      raisedIndicatorId,
      openedByUserId: actor.userId,
      openedAt: ctx.now,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: openedEventCard.id })
  // The indicator's offer is settled: a card was chosen.
  if (raisedIndicatorId) {
    await ctx.db
      .update(raisedIndicator)
      .set({ offeredCardVersionIds: [], updatedAt: ctx.now })
      .where(eq(raisedIndicator.id, raisedIndicatorId))
  }
  await recordTimeline(ctx, jc.id, 'event_card_opened', openedCategory, opened!.id, {
    eventCardCode: card.code,
    version: card.version,
  })
  const today = helsinkiDate(ctx.now)
  const created: ServiceActionView[] = []
  for (const step of card.steps) {
    const mayWork = await organisationMayWorkOn(ctx, jc, step.responsibleOrganisationId)
    if (mayWork) await ensureTeamMember(ctx, jc, step.responsibleOrganisationId, null)
    else {
      await requestConsent(ctx, customerId, step.responsibleOrganisationId as OrganisationId, [
        'identity_and_contact',
        'employment_and_plan',
      ])
    }
    const [row] = await ctx.db
      .insert(serviceAction)
      .values({
        jointCustomershipId: jc.id,
        openedEventCardId: opened!.id,
        eventCardStepId: step.id,
        ownerOrganisationId: step.responsibleOrganisationId,
        ownerUserId: step.responsibleOrganisationId === actor.organisationId ? actor.userId : null,
        assignedAt: step.responsibleOrganisationId === actor.organisationId ? ctx.now : null,
        instructionFi: step.instruction.fi,
        instructionSv: step.instruction.sv,
        instructionEn: step.instruction.en,
        customerTextFi: step.customerText.fi,
        customerTextSv: step.customerText.sv,
        customerTextEn: step.customerText.en,
        dataCategory: 'employment_and_plan',
        status: mayWork ? 'open' : 'waiting_for_consent',
        dueOn: addDays(today, step.dueInDays),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning()
    await recordTimeline(ctx, jc.id, 'service_action_created', 'employment_and_plan', row!.id, {
      status: row!.status,
    })
    created.push(presentServiceAction(row!, today, customerId))
  }
  const person = await customerContact(ctx.db, customerId)
  if (person) await queueNotification(ctx.db, [person], 'newStep', ctx.now)
  ctx.audit.touch([customerId], [opened!.id, ...created.map((c) => c.id)])
  return { openedEventCardId: opened!.id, serviceActions: await withStepActions(ctx, created) }
}

/** After a consent arrives, the organisation's waiting steps open. */
export async function releaseWaitingActions(
  ctx: Ctx,
  customerId: CustomerId,
  organisationId: string,
): Promise<number> {
  const jc = await openCase(ctx.db, customerId).catch(() => null)
  if (!jc) return 0
  const rows = await ctx.db
    .update(serviceAction)
    .set({
      status: 'open',
      statusReason: null,
      version: sql`${serviceAction.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(
      and(
        eq(serviceAction.jointCustomershipId, jc.id),
        eq(serviceAction.ownerOrganisationId, organisationId),
        eq(serviceAction.status, 'waiting_for_consent'),
      ),
    )
    .returning({ id: serviceAction.id })
  if (rows.length > 0) await ensureTeamMember(ctx, jc, organisationId, null)
  for (const r of rows) {
    await recordTimeline(ctx, jc.id, 'service_action_status_changed', 'employment_and_plan', r.id, {
      status: 'open',
    })
  }
  return rows.length
}

/** A case's steps of the categories the viewer may see (relations.ts), in the query. */
export async function visibleSteps(ctx: Ctx, customerId: CustomerId, jcId: string) {
  const rows = await ctx.db
    .select()
    .from(serviceAction)
    .where(
      and(
        eq(serviceAction.jointCustomershipId, jcId),
        mayReadCategory(ctx.actor, ctx.now, customerId, serviceAction.dataCategory),
      ),
    )
    .orderBy(asc(serviceAction.dueOn), asc(serviceAction.createdAt), asc(serviceAction.id))
  ctx.audit.touch(
    [customerId],
    rows.map((r) => r.id),
  )
  return rows
}

export async function withStepActions<T extends { id: string }>(ctx: Ctx, steps: T[]) {
  const ids = steps.map((s) => s.id)
  const permitted = await permittedActions(ctx, stepActions, ids)
  const referTo = await referralTargetsOf(ctx, ids)
  return steps.map((s) => ({
    ...s,
    permittedActions: permitted.get(s.id) ?? [],
    referTo: referTo.get(s.id) ?? null,
  }))
}

/**
 * The purchased service that each "refer to a purchased service" step names, from its event
 * card step (published steps never change). The worker makes the referral from the step.
 */
async function referralTargetsOf(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return new Map<string, ReferralTarget>()
  const rows = await ctx.db
    .select({
      id: serviceAction.id,
      contractId: eventCardStep.referralContractId,
      frameworkArrangementId: eventCardStep.referralFrameworkArrangementId,
    })
    .from(serviceAction)
    .innerJoin(eventCardStep, eq(eventCardStep.id, serviceAction.eventCardStepId))
    .where(
      and(inArray(serviceAction.id, ids), eq(eventCardStep.kind, 'purchased_service_referral')),
    )
  return new Map(
    rows.map((r) => [
      r.id,
      { contractId: r.contractId, frameworkArrangementId: r.frameworkArrangementId },
    ]),
  )
}

/** The service actions of one customer's case, for the team (`rows` from `visibleSteps`). */
export async function caseServiceActions(
  ctx: Ctx,
  customerId: CustomerId,
  rows: readonly ServiceActionRow[],
) {
  const today = helsinkiDate(ctx.now)
  return withStepActions(
    ctx,
    rows.map((r) => presentServiceAction(r, today, customerId)),
  )
}

export interface WorkQueueQuery extends CursorQuery {
  scope: 'mine' | 'organisation'
  overdueOnly: boolean
  includeClosed: boolean
}

/**
 * A worker's or an organisation's queue: only actions on customers the worker may read, by due
 * date, keyset paged (due date, id) with a capped count. Each row names its customer, whom the
 * list's filter lets the worker see.
 */
export async function workQueue(ctx: ListCtx, query: WorkQueueQuery) {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Workers only.')
  const today = helsinkiDate(ctx.now)
  const statuses: ServiceActionStatus[] = query.includeClosed
    ? ['open', 'in_progress', 'waiting_for_consent', 'done', 'cancelled']
    : ['open', 'in_progress', 'waiting_for_consent']
  const where = and(
    eq(serviceAction.ownerOrganisationId, actor.organisationId),
    inArray(serviceAction.status, statuses),
    query.scope === 'mine' ? eq(serviceAction.ownerUserId, actor.userId) : undefined,
    query.overdueOnly
      ? sql`${serviceAction.status} in ('open', 'in_progress') and ${serviceAction.dueOn} < ${today}`
      : undefined,
    ctx.list.filter(jointCustomership.customerId),
    mayReadCategory(ctx.actor, ctx.now, jointCustomership.customerId, serviceAction.dataCategory),
  )
  const after = query.after ? decodeKeyPosition(query.after, 1) : null
  const total = await cappedCount(
    ctx.db,
    ctx.db
      .select({ id: serviceAction.id })
      .from(serviceAction)
      .innerJoin(jointCustomership, eq(jointCustomership.id, serviceAction.jointCustomershipId))
      .where(where),
  )
  const rows = await ctx.db
    .select({ a: serviceAction, customerId: jointCustomership.customerId })
    .from(serviceAction)
    .innerJoin(jointCustomership, eq(jointCustomership.id, serviceAction.jointCustomershipId))
    .where(
      and(
        where,
        after
          ? sql`(${serviceAction.dueOn}, ${serviceAction.id}) > (${after.keys[0]}::date, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(serviceAction.dueOn), asc(serviceAction.id))
    .limit(query.limit + 1)
  const shown = rows.slice(0, query.limit)
  ctx.audit.touch(
    [],
    shown.map((r) => r.a.id),
  )
  const names = await customerNames(ctx.db, [...new Set(shown.map((r) => r.customerId))])
  const withActions = await withStepActions(
    ctx,
    shown.map((r) => ({
      ...presentServiceAction(r.a, today, r.customerId),
      customerName: names.get(r.customerId) ?? null,
    })),
  )
  const page = cursorPageFrom(
    rows,
    query.limit,
    () => withActions,
    (r) => encodeKeyPosition({ keys: [r.a.dueOn], id: r.a.id }),
  )
  return { ...page, ...total }
}

export interface ServiceActionChange {
  version: number
  status?: 'open' | 'in_progress' | 'done' | 'cancelled' | undefined
  ownerUserId?: string | null | undefined
  /** A word on what was done; only with marking the step done. */
  doneComment?: string | undefined
}

/** Changes a step's status or owner; a stale version is refused, never silently overwritten. */
export async function updateServiceAction(ctx: Ctx, id: string, change: ServiceActionChange) {
  const [current] = await ctx.db
    .select({ a: serviceAction, jc: jointCustomership })
    .from(serviceAction)
    .innerJoin(jointCustomership, eq(jointCustomership.id, serviceAction.jointCustomershipId))
    .where(eq(serviceAction.id, id))
  if (!current) throw new NotFound('service_action_not_found', 'No such service action.')
  const { a, jc } = current
  if (jc.endedOn)
    throw new Conflict('case_ended', 'The joint customership has ended; it is read-only.')
  if (a.version !== change.version) {
    throw new Conflict(
      'changed_meanwhile',
      'Someone changed this step meanwhile. Reload to see their change.',
    )
  }
  if (change.ownerUserId) {
    const memberships = await membershipsOf(ctx.db, change.ownerUserId as UserAccountId)
    if (
      !memberships.some((m) => m.organisationId === a.ownerOrganisationId && m.role === 'worker')
    ) {
      throw new Invalid(
        'owner_not_in_organisation',
        'The owner must be a worker of the owning organisation.',
        [
          {
            field: 'body.ownerUserId',
            code: 'not_in_organisation',
            message: 'Not a worker of the owning organisation',
          },
        ],
      )
    }
  }
  if (a.status === 'waiting_for_consent' && change.status) {
    throw new Conflict('step_awaits_consent', 'The step waits for the young person’s consent.')
  }
  const status = change.status ?? a.status
  const doneComment = doneCommentOf(change, a, status)
  const ownerUserId = change.ownerUserId === undefined ? a.ownerUserId : change.ownerUserId
  const reassigned = ownerUserId !== a.ownerUserId
  const [row] = await ctx.db
    .update(serviceAction)
    .set({
      status,
      // The owner's own change replaces a reason the system gave.
      statusReason: status === a.status ? a.statusReason : null,
      ownerUserId,
      doneAt: status === 'done' ? (a.doneAt ?? ctx.now) : null,
      doneComment,
      ...(reassigned ? { assignedAt: ownerUserId ? ctx.now : null } : {}),
      version: a.version + 1,
      updatedAt: ctx.now,
    })
    .where(and(eq(serviceAction.id, id), eq(serviceAction.version, a.version)))
    .returning()
  if (!row)
    throw new Conflict(
      'changed_meanwhile',
      'Someone changed this step meanwhile. Reload to see their change.',
    )
  if (status !== a.status) {
    await recordTimeline(ctx, jc.id, 'service_action_status_changed', 'employment_and_plan', id, {
      status,
    })
  }
  if (reassigned) await recordAssignment(ctx, jc.id, id, ownerUserId)
  ctx.audit.touch([jc.customerId], [id])
  const [view] = await withStepActions(ctx, [
    presentServiceAction(row, helsinkiDate(ctx.now), jc.customerId),
  ])
  return view!
}

/** The done comment after a change: kept while done, cleared when the step opens again. */
function doneCommentOf(
  change: ServiceActionChange,
  a: ServiceActionRow,
  status: ServiceActionStatus,
): string | null {
  const comment = change.doneComment?.trim()
  if (comment && status !== 'done') {
    throw new Invalid('validation_failed', 'A done comment goes with marking the step done.', [
      {
        field: 'body.doneComment',
        code: 'invalid_value',
        message: 'Only with status done',
      },
    ])
  }
  if (status !== 'done') return null
  return comment || a.doneComment
}

/**
 * A step given to a worker (or taken back to the organisation): on the timeline, so that the
 * new owner's notices show it, and by mail to the new owner (no personal content).
 */
async function recordAssignment(
  ctx: Ctx,
  jcId: string,
  stepId: string,
  ownerUserId: string | null,
): Promise<void> {
  await recordTimeline(ctx, jcId, 'service_action_assigned', 'employment_and_plan', stepId, {
    ownerUserId,
  })
  const actor = ctx.actor
  if (!ownerUserId || (actor.kind === 'user' && actor.userId === ownerUserId)) return
  const contact = (await accountContacts(ctx.db, [ownerUserId])).get(ownerUserId)
  if (contact?.email) {
    await queueNotification(
      ctx.db,
      [{ email: contact.email, locale: contact.locale }],
      'newAction',
      ctx.now,
    )
  }
}

/**
 * Marks a step done because what it asked for happened elsewhere (a referral to a purchased
 * service started); a step already done or cancelled is left as it is.
 */
export async function completeServiceAction(ctx: Ctx, id: string): Promise<void> {
  const [row] = await ctx.db
    .update(serviceAction)
    .set({
      status: 'done',
      statusReason: null,
      doneAt: ctx.now,
      version: sql`${serviceAction.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(and(eq(serviceAction.id, id), inArray(serviceAction.status, ['open', 'in_progress'])))
    .returning({ jcId: serviceAction.jointCustomershipId })
  if (row) {
    await recordTimeline(
      ctx,
      row.jcId,
      'service_action_status_changed',
      'employment_and_plan',
      id,
      {
        status: 'done',
      },
    )
  }
}
