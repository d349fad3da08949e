import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components'
import { eventCardStepKinds, type EventCardStepKind } from '../../../../src/shared/enums'
import type { LocalisedName } from '../../../i18n/format'
import { LocalisedFields, TextField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { useI18n } from '../../../i18n/I18nProvider'
import type { Lang } from '../../../i18n/languages'
import { consentLossRules, type ConsentLossRule } from '../../../api/caseTypes'

export interface StepDraft {
  /** Only for React and focus: steps have no id until saved. */
  key: string
  responsibleOrganisationId: string
  dueInDays: string
  onConsentLoss: ConsentLossRule
  instruction: LocalisedName
  customerText: LocalisedName
  /** A task, or a referral to the purchased service `referTo` names (kept through an edit). */
  kind?: EventCardStepKind
  referTo?: { contractId: string | null; frameworkArrangementId: string | null } | null
}

/** A purchased service a step may refer to: `c:<contract id>` or `fw:<framework id>`. */
export interface ReferralOption {
  value: string
  label: string
}

/** The select's value for what a step refers to; '' when nothing is chosen. */
export const referralValue = (referTo: StepDraft['referTo']): string =>
  referTo?.contractId
    ? `c:${referTo.contractId}`
    : referTo?.frameworkArrangementId
      ? `fw:${referTo.frameworkArrangementId}`
      : ''

const referToOf = (value: string): StepDraft['referTo'] => {
  const [kind, id] = value.split(':')
  if (!id) return null
  return kind === 'fw'
    ? { contractId: null, frameworkArrangementId: id }
    : { contractId: id, frameworkArrangementId: null }
}

export interface StepErrors {
  organisation?: string
  dueInDays?: string
  referTo?: string
  instruction?: Partial<Record<Lang, string>>
  customerText?: Partial<Record<Lang, string>>
}

interface Props {
  step: StepDraft
  index: number
  count: number
  organisations: { value: string; label: string }[]
  referralOptions: ReferralOption[]
  errors: StepErrors | undefined
  onChange: (step: StepDraft) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

/** One step of an event card: who, how fast, and what it says to the worker and the young person. */
export function StepEditor({
  step,
  index,
  count,
  organisations,
  referralOptions,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useI18n()
  const n = index + 1
  const kind = step.kind ?? 'task'
  return (
    <li
      className="step-editor"
      data-qa="step-editor"
      data-qa-index={index}
      data-step-key={step.key}
    >
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t.catalogue.cards.stepLegend(n)}</legend>
        <NativeSelect
          label={t.catalogue.cards.organisation}
          placeholder={t.catalogue.cards.chooseOrganisation}
          options={organisations}
          value={step.responsibleOrganisationId}
          onChange={(v) => onChange({ ...step, responsibleOrganisationId: v })}
          error={errors?.organisation}
          qa="step-organisation"
        />
        <TextField
          label={t.catalogue.cards.dueInDays}
          hint={t.catalogue.cards.dueInDaysHint}
          type="number"
          inputMode="numeric"
          min="0"
          max="365"
          value={step.dueInDays}
          onChange={(v) => onChange({ ...step, dueInDays: v })}
          error={errors?.dueInDays}
          qa="step-due"
        />
        <NativeSelect
          label={t.catalogue.cards.onConsentLoss}
          hint={t.catalogue.cards.onConsentLossHint}
          placeholder={t.catalogue.cards.consentLossRules.wait_for_consent}
          options={consentLossRules
            .filter((r) => r !== 'wait_for_consent')
            .map((r) => ({ value: r, label: t.catalogue.cards.consentLossRules[r] }))}
          value={step.onConsentLoss === 'wait_for_consent' ? '' : step.onConsentLoss}
          onChange={(v) =>
            onChange({
              ...step,
              onConsentLoss: v === '' ? 'wait_for_consent' : (v as ConsentLossRule),
            })
          }
          qa="step-on-consent-loss"
        />
        <RadioButtonGroup
          labelText={t.catalogue.cards.stepKind}
          name={`${step.key}-kind`}
          id={`${step.key}-kind`}
          value={kind}
          onChange={(v) => onChange({ ...step, kind: v as EventCardStepKind })}
        >
          {eventCardStepKinds.map((k) => (
            <RadioButton
              key={k}
              value={k}
              id={`${step.key}-kind-${k}`}
              data-qa={`step-${index}-kind-${k}`}
            >
              {t.catalogue.cards.stepKinds[k]}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        {kind === 'purchased_service_referral' && (
          <>
            <NativeSelect
              label={t.catalogue.cards.referralService}
              hint={t.catalogue.cards.referralServiceHint}
              placeholder={t.catalogue.cards.chooseReferralService}
              options={referralOptions}
              value={referralValue(step.referTo)}
              onChange={(v) => onChange({ ...step, referTo: referToOf(v) })}
              error={errors?.referTo}
              qa={`step-${index}-refer-to`}
            />
            {referralOptions.length === 0 && (
              <p className="empty-state" data-qa={`step-${index}-no-services`}>
                {t.catalogue.cards.noReferralServices}
              </p>
            )}
          </>
        )}
        <LocalisedFields
          legend={t.catalogue.cards.instructionLegend}
          value={step.instruction}
          onChange={(v) => onChange({ ...step, instruction: v })}
          errors={errors?.instruction}
          qa={`step-${index}-instruction`}
          multiline
        />
        <LocalisedFields
          legend={t.catalogue.cards.customerTextLegend}
          value={step.customerText}
          onChange={(v) => onChange({ ...step, customerText: v })}
          errors={errors?.customerText}
          qa={`step-${index}-customer-text`}
          multiline
        />
        <div className="button-row">
          <Button
            variant="secondary"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            data-qa="step-up"
          >
            {t.catalogue.cards.moveUp(n)}
          </Button>
          <Button
            variant="secondary"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            data-qa="step-down"
          >
            {t.catalogue.cards.moveDown(n)}
          </Button>
          <Button variant="secondary" onClick={onRemove} data-qa="step-remove">
            {t.catalogue.cards.remove(n)}
          </Button>
        </div>
      </fieldset>
    </li>
  )
}
