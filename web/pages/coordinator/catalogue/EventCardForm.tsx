import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Checkbox, CheckboxGroup, Heading, InlineAlert } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import { purchasingApi } from '../../../api/purchasing'
import type { EventCardInput, EventCardVersion } from '../../../api/caseTypes'
import { problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { useOrganisations } from '../../../components/case/shared'
import {
  emptyLocalised,
  LocalisedFields,
  missingLanguages as missingInAny,
  TextField,
} from '../../../components/FormFields'
import { localName, type LocalisedName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { CODE_PATTERN } from './IndicatorForm'
import {
  referralValue,
  StepEditor,
  type ReferralOption,
  type StepDraft,
  type StepErrors,
} from './StepEditor'

let nextKey = 0
const newKey = (): string => `step-${++nextKey}`

const blankStep = (): StepDraft => ({
  key: newKey(),
  responsibleOrganisationId: '',
  dueInDays: '7',
  onConsentLoss: 'wait_for_consent',
  instruction: emptyLocalised(),
  customerText: emptyLocalised(),
})

interface Props {
  /** The draft being edited; null creates a new card. */
  draft: EventCardVersion | null
  /** Saves (creates or updates) and, when asked, publishes; returns the saved version. */
  onSave: (code: string, input: EventCardInput, publish: boolean) => Promise<void>
  busy: boolean
  error: unknown
}

type Errors = {
  code?: string
  name?: Partial<Record<string, string>>
  ways?: Partial<Record<string, string>>
  steps?: (StepErrors | undefined)[]
}

/** The event-card editor: name, ways of working, indicators and the ordered steps. */
export function EventCardForm({ draft, onSave, busy, error }: Props) {
  const { t, lang } = useI18n()
  const { items } = useOrganisations()
  const indicators = useQuery({
    queryKey: ['indicators', 'all'],
    queryFn: () => caseApi.indicators(true),
  })
  const contracts = useQuery({ queryKey: ['contracts'], queryFn: purchasingApi.contracts })
  const frameworks = useQuery({ queryKey: ['frameworks'], queryFn: purchasingApi.frameworks })
  const [code, setCode] = useState(draft?.code ?? '')
  const [name, setName] = useState(draft?.name ?? emptyLocalised())
  const [ways, setWays] = useState(draft?.waysOfWorking ?? emptyLocalised())
  const [indicatorIds, setIndicatorIds] = useState<string[]>(draft?.indicatorIds ?? [])
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    draft
      ? [...draft.steps]
          .sort((a, b) => a.position - b.position)
          .map((s) => ({ ...s, key: newKey(), dueInDays: String(s.dueInDays) }))
      : [blankStep()],
  )
  const [errors, setErrors] = useState<Errors>({})
  const formRef = useRef<HTMLFormElement>(null)
  const organisations = items
    .filter((o) => o.kind !== 'coordinator')
    .map((o) => ({ value: o.id, label: localName(o.name, lang) }))
  // What a referral step may name: a contract outside any framework, or a framework arrangement.
  const referralOptions: ReferralOption[] = [
    ...(contracts.data ?? [])
      .filter((c) => !c.framework)
      .map((c) => ({
        value: `c:${c.id}`,
        label: `${localName(c.service.name, lang)} – ${localName(c.provider.name, lang)}`,
      })),
    ...(frameworks.data ?? []).map((f) => ({
      value: `fw:${f.id}`,
      label: t.catalogue.cards.referralFramework(localName(f.name, lang)),
    })),
  ].sort((a, b) => a.label.localeCompare(b.label, lang))

  const focusStep = (key: string) =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>(`[data-step-key="${key}"] select`)?.focus(),
    )
  const move = (index: number, delta: -1 | 1) => {
    const next = [...steps]
    const [moved] = next.splice(index, 1)
    if (!moved) return
    next.splice(index + delta, 0, moved)
    setSteps(next)
    focusStep(moved.key)
  }

  /** A draft may be saved in Finnish alone; publishing needs all three languages. */
  const validate = (publish: boolean): Errors => {
    const missingLanguages = (text: LocalisedName, message: string) => {
      const missing = missingInAny(text, message)
      if (publish) return missing
      return missing.fi ? { fi: missing.fi } : {}
    }
    const stepErrors = steps.map((s): StepErrors | undefined => {
      const days = Number(s.dueInDays)
      const e: StepErrors = {
        ...(s.responsibleOrganisationId ? {} : { organisation: t.catalogue.required }),
        ...(s.dueInDays !== '' && Number.isInteger(days) && days >= 0 && days <= 365
          ? {}
          : { dueInDays: t.catalogue.cards.dueInDaysInvalid }),
        ...(s.kind === 'purchased_service_referral' && !referralValue(s.referTo)
          ? { referTo: t.catalogue.cards.referralServiceRequired }
          : {}),
      }
      const instruction = missingLanguages(s.instruction, t.catalogue.required)
      const customerText = missingLanguages(s.customerText, t.catalogue.required)
      if (Object.keys(instruction).length) e.instruction = instruction
      if (Object.keys(customerText).length) e.customerText = customerText
      return Object.keys(e).length ? e : undefined
    })
    const nameErrors = missingLanguages(name, t.catalogue.required)
    const waysErrors = missingLanguages(ways, t.catalogue.required)
    return {
      ...(draft || CODE_PATTERN.test(code.trim()) ? {} : { code: t.catalogue.codeInvalid }),
      ...(Object.keys(nameErrors).length ? { name: nameErrors } : {}),
      ...(Object.keys(waysErrors).length ? { ways: waysErrors } : {}),
      ...(stepErrors.some(Boolean) ? { steps: stepErrors } : {}),
    }
  }

  const [confirmPublish, setConfirmPublish] = useState(false)
  const submit = async (publish: boolean, confirmed = false) => {
    const found = validate(publish)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      window.requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      )
      return
    }
    // Publishing cannot be taken back: ask first.
    if (publish && !confirmed) {
      setConfirmPublish(true)
      return
    }
    await onSave(
      code.trim(),
      {
        name,
        waysOfWorking: ways,
        indicatorIds,
        steps: steps.map((s) => ({
          responsibleOrganisationId: s.responsibleOrganisationId,
          dueInDays: Number(s.dueInDays),
          onConsentLoss: s.onConsentLoss,
          instruction: s.instruction,
          customerText: s.customerText,
          ...(s.kind === 'purchased_service_referral' && s.referTo
            ? {
                kind: s.kind,
                referTo: {
                  contractId: s.referTo.contractId,
                  frameworkArrangementId: s.referTo.frameworkArrangementId,
                },
              }
            : { kind: 'task' as const }),
        })),
      },
      publish,
    )
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit(false)
  }

  const hasErrors = Object.keys(errors).length > 0
  const cards = t.catalogue.cards
  const publishQuestion = confirmPublish
    ? {
        title: cards.confirmPublishTitle,
        text: cards.confirmPublishText(name[lang] || name.fi, draft?.version ?? 1),
        confirm: cards.confirmPublish,
      }
    : null
  return (
    <form
      ref={formRef}
      className="form card-form"
      noValidate
      onSubmit={onSubmit}
      data-qa="event-card-form"
    >
      <ConfirmDialog
        question={publishQuestion}
        onConfirm={() => {
          setConfirmPublish(false)
          void submit(true, true)
        }}
        onCancel={() => setConfirmPublish(false)}
        qa="confirm-card-dialog"
      />
      {hasErrors && (
        <InlineAlert status="error" data-qa="card-form-errors">
          {t.catalogue.cards.fixErrors}
        </InlineAlert>
      )}
      {Boolean(error) && (
        <InlineAlert status="error" role="alert" data-qa="card-save-error">
          {problemText(error, t)}
        </InlineAlert>
      )}
      {!draft && (
        <TextField
          label={t.catalogue.codeLabel}
          hint={t.catalogue.codeHint}
          value={code}
          onChange={setCode}
          error={errors.code}
          qa="card-code"
        />
      )}
      <LocalisedFields
        legend={t.catalogue.cards.nameLegend}
        value={name}
        onChange={setName}
        errors={errors.name}
        qa="card-name"
      />
      <LocalisedFields
        legend={t.catalogue.cards.waysLegend}
        value={ways}
        onChange={setWays}
        errors={errors.ways}
        qa="card-ways"
        multiline
      />
      <CheckboxGroup
        labelText={t.catalogue.cards.indicatorsLegend}
        groupHintText={t.catalogue.cards.indicatorsHint}
        id="card-indicators"
      >
        {(indicators.data?.items ?? []).map((i) => (
          <Checkbox
            key={i.id}
            id={`card-indicator-${i.code}`}
            checked={indicatorIds.includes(i.id)}
            onClick={({ checkboxState }) =>
              setIndicatorIds((cur) =>
                checkboxState ? [...cur, i.id] : cur.filter((x) => x !== i.id),
              )
            }
            data-qa={`card-indicator-${i.code}`}
          >
            {localName(i.name, lang)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <section aria-labelledby="card-steps" className="card-steps">
        <Heading variant="h2" id="card-steps" tabIndex={-1} mb="s">
          {t.catalogue.cards.stepsTitle}
        </Heading>
        {steps.length === 0 && <p className="empty-state">{t.catalogue.cards.noSteps}</p>}
        <ol className="plain-list step-list">
          {steps.map((s, i) => (
            <StepEditor
              key={s.key}
              step={s}
              index={i}
              count={steps.length}
              organisations={organisations}
              referralOptions={referralOptions}
              errors={errors.steps?.[i]}
              onChange={(next) => setSteps(steps.map((x) => (x.key === s.key ? next : x)))}
              onMove={(delta) => move(i, delta)}
              onRemove={() => {
                setSteps(steps.filter((x) => x.key !== s.key))
                window.requestAnimationFrame(() => document.getElementById('card-steps')?.focus())
              }}
            />
          ))}
        </ol>
        <Button
          variant="secondary"
          onClick={() => {
            const step = blankStep()
            setSteps([...steps, step])
            focusStep(step.key)
          }}
          data-qa="add-step"
        >
          {t.catalogue.cards.addStep}
        </Button>
      </section>
      <div className="button-row">
        <BusyButton type="submit" busy={busy} busyText={t.common.saving} qa="save-draft">
          {draft ? t.catalogue.cards.saveDraft : t.catalogue.cards.createDraft}
        </BusyButton>
        {draft && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void submit(true)}
            data-qa="publish-draft"
          >
            {t.catalogue.cards.publish}
          </Button>
        )}
      </div>
    </form>
  )
}
