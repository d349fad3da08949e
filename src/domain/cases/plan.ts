import type { Ctx } from '../../platform/context'
import type { CustomerId } from '../../platform/ids'
import { currentCase, teamOf, type JointCustomershipRow } from './case'
import { helsinkiDate } from './eligibility'
import { visibleSteps } from './service-actions'
import { unansweredSuggestionsOf } from '../jobs/suggestions'

/**
 * What the case view and the plan both read: the current case, the team that may work with the
 * young person now, and the case's steps of the categories the viewer may see.
 */
export interface CaseBasics {
  jc: JointCustomershipRow
  team: Awaited<ReturnType<typeof teamOf>>
  steps: Awaited<ReturnType<typeof visibleSteps>>
}

export async function caseBasics(ctx: Ctx, customerId: CustomerId): Promise<CaseBasics> {
  const jc = await currentCase(ctx.db, customerId)
  const team = await teamOf(ctx, jc)
  return { jc, team, steps: await visibleSteps(ctx, customerId, jc.id) }
}

/**
 * The young person's one plan: next steps in plain language with dates and whom to contact,
 * without the organisations' own jargon or instructions. Steps waiting for consent are shown as
 * waiting for the young person's answer.
 */
export async function planOf(ctx: Ctx, customerId: CustomerId, basics?: CaseBasics) {
  const { jc, team, steps: rows } = basics ?? (await caseBasics(ctx, customerId))
  const today = helsinkiDate(ctx.now)
  const steps = rows
    .filter((r) => r.status !== 'cancelled')
    .map((r) => {
      const contact = team.find((t) => t.organisation.id === r.ownerOrganisationId)?.contact ?? null
      return {
        id: r.id,
        text: { fi: r.customerTextFi, sv: r.customerTextSv, en: r.customerTextEn },
        dueOn: r.dueOn,
        status: r.status,
        statusReason: r.statusReason,
        /** Another organisation of the team took the step over; who, the plan does not say. */
        handedOver: r.handedOverFromOrganisationId !== null,
        overdue: (r.status === 'open' || r.status === 'in_progress') && r.dueOn < today,
        // The team lists only organisations that may work with the customer now.
        contact,
      }
    })
  ctx.audit.touch([customerId], [jc.id])
  return {
    jointCustomershipId: jc.id,
    enrolledOn: jc.enrolledOn,
    endedOn: jc.endedOn,
    steps,
    // Jobs a worker suggested, waiting for the young person's answer: next steps too.
    jobSuggestions: await unansweredSuggestionsOf(ctx, customerId),
    team,
  }
}
