import {
  customerTarget,
  defineRoleAction,
  defineTargetAction,
  isCustomerThemself,
  role,
} from '../../platform/access'
import type { CustomerId } from '../../platform/ids'

export const surveyActions = {
  /** The young person's own pending surveys. */
  read: defineTargetAction<'survey.read', CustomerId>(
    'survey.read',
    customerTarget,
    [isCustomerThemself],
    {
      hideExistence: true,
    },
  ),
  answer: defineTargetAction<'survey.answer', CustomerId>(
    'survey.answer',
    customerTarget,
    [isCustomerThemself],
    { hideExistence: true },
  ),
  /** Anonymous answers, aggregated with disclosure control; names nobody. */
  readResults: defineRoleAction('survey_results.read', [role('coordinator')]),
}
