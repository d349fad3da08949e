import { permittedActions } from '../../platform/access'
import type { Ctx } from '../../platform/context'
import type { CursorQuery } from '../../platform/http/paging'
import type { CustomerId } from '../../platform/ids'
import { caseActions, caseViewActions } from './actions'
import { raisedIndicators } from './indicators'
import { openedCardsOf } from './opened-cards'
import { caseBasics, planOf, type CaseBasics } from './plan'
import { caseServiceActions } from './service-actions'
import { timelineOf } from './timeline'

/** The joint customership as the team sees it: team, indicators, steps, cards, what it may do. */
export async function caseOf(ctx: Ctx, customerId: CustomerId, basics?: CaseBasics) {
  const { jc, team, steps } = basics ?? (await caseBasics(ctx, customerId))
  const permitted = await permittedActions(ctx, caseViewActions, [customerId])
  return {
    jointCustomership: {
      id: jc.id,
      programmeId: jc.programmeId,
      enrollingOrganisationId: jc.enrollingOrganisationId,
      enrolledOn: jc.enrolledOn,
      endedOn: jc.endedOn,
      endReason: jc.endReason,
      version: jc.version,
    },
    team,
    indicators: await raisedIndicators(ctx, customerId, jc),
    serviceActions: await caseServiceActions(ctx, customerId, steps),
    eventCards: await openedCardsOf(ctx, customerId, jc.id),
    // An ended case is read-only: nothing that changes it is offered.
    permittedActions: (permitted.get(customerId) ?? []).filter(
      (a) => a === caseActions.read.name || jc.endedOn === null,
    ),
  }
}

/**
 * The worker's case view in one request (one session read, one transaction, one audit event):
 * the case, the young person's plan and the timeline's first page, reading the case, its team
 * and its steps once for both. Later timeline pages come from the timeline's own route.
 */
export async function caseViewOf(ctx: Ctx, customerId: CustomerId, timeline: CursorQuery) {
  const basics = await caseBasics(ctx, customerId)
  return {
    case: await caseOf(ctx, customerId, basics),
    plan: await planOf(ctx, customerId, basics),
    timeline: await timelineOf(ctx, basics.jc, timeline),
  }
}
