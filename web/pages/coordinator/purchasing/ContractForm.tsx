import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { purchasingApi, type Contract } from '../../../api/purchasing'
import { serviceApi } from '../../../api/services'
import { useAnnounce } from '../../../components/Announcer'
import { problemText } from '../../../components/AsyncState'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { TextField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import {
  capacityUnits,
  employmentOutcomes,
  referralOutcomes,
  type CapacityUnit,
  type ReferralOutcome,
} from '../../../../src/shared/enums'
import { centsToEuros, eurosToCents, percentToBasisPoints } from './money'
import { providersKey } from './ProvidersSection'

type Draft = {
  serviceId: string
  providerOrganisationId: string
  frameworkArrangementId: string
  reference: string
  startsOn: string
  endsOn: string
  capacityUnit: CapacityUnit | ''
  capacity: string
  fixedFee: string
  vat: string
  retention: string
  resultFees: Record<ReferralOutcome, string>
  minimumMonths: string
}
type Field = Exclude<keyof Draft, 'resultFees'> | `fee-${ReferralOutcome}`

const decimalOf = { fi: ',', sv: ',', en: '.' } as const

function draftOf(c: Contract | null, decimal: string): Draft {
  const fee = (o: ReferralOutcome) =>
    centsToEuros(c?.resultFees.find((f) => f.outcome === o)?.feeCents ?? null, decimal)
  return {
    serviceId: c?.service.id ?? '',
    providerOrganisationId: c?.provider.organisationId ?? '',
    frameworkArrangementId: c?.framework?.id ?? '',
    reference: c?.reference ?? '',
    startsOn: c?.startsOn ?? '',
    endsOn: c?.endsOn ?? '',
    capacityUnit: c?.capacityUnit ?? 'customers',
    capacity: c ? String(c.capacity) : '',
    fixedFee: centsToEuros(c?.fixedFeeCents ?? null, decimal),
    vat: c ? centsToEuros(c.vatRateBasisPoints, decimal) || '0' : `25${decimal}5`,
    retention: c ? String(c.retentionDays) : '0',
    resultFees: Object.fromEntries(referralOutcomes.map((o) => [o, fee(o)])) as Record<
      ReferralOutcome,
      string
    >,
    minimumMonths: String(c?.resultFees.find((f) => f.minimumMonths !== null)?.minimumMonths ?? ''),
  }
}

const wholeNumber = (s: string) => (/^[0-9]{1,7}$/.test(s.trim()) ? Number(s.trim()) : null)

/**
 * A contract's period, capacity and price. Amounts are typed in euros and sent as integer cents;
 * VAT as a percentage, sent in basis points. A change to an existing contract is confirmed first
 * and names the version it changes.
 */
export function ContractForm({
  editing,
  onDone,
}: {
  editing: Contract | null
  onDone: () => void
}) {
  const { t, lang } = useI18n()
  const a = t.purchasing.admin
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState(() => draftOf(editing, decimalOf[lang]))
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [confirming, setConfirming] = useState<null | (() => void)>(null)
  const services = useQuery({
    queryKey: ['tray-for-contracts'],
    queryFn: () => serviceApi.tray({}),
  })
  const providers = useQuery({
    queryKey: [...providersKey, 'all'],
    queryFn: purchasingApi.allProviders,
  })
  const frameworks = useQuery({ queryKey: ['frameworks'], queryFn: purchasingApi.frameworks })
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft({ ...draft, [k]: v })
  const save = useMutation({
    mutationFn: (body: Parameters<typeof purchasingApi.createContract>[0]) =>
      editing
        ? purchasingApi.updateContract(editing.id, {
            version: editing.version,
            endsOn: body.endsOn,
            capacity: body.capacity,
            fixedFeeCents: body.fixedFeeCents,
            vatRateBasisPoints: body.vatRateBasisPoints,
            retentionDays: body.retentionDays,
            resultFees: body.resultFees,
          })
        : purchasingApi.createContract(body),
    onSuccess: async () => {
      announce(a.saved)
      await queryClient.invalidateQueries({ queryKey: ['contracts'] })
      onDone()
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next: Partial<Record<Field, string>> = {}
    if (!editing) {
      if (!draft.serviceId) next.serviceId = a.required
      if (!draft.providerOrganisationId) next.providerOrganisationId = a.required
      if (!draft.reference.trim()) next.reference = a.required
      if (!draft.startsOn) next.startsOn = a.required
    }
    const capacity = wholeNumber(draft.capacity)
    if (!capacity) next.capacity = draft.capacity.trim() ? a.numberInvalid : a.required
    const fixed = eurosToCents(draft.fixedFee)
    if (fixed === 'invalid' || fixed === 0) next.fixedFee = a.eurosInvalid
    const vat = percentToBasisPoints(draft.vat)
    if (vat === 'invalid') next.vat = a.percentInvalid
    const retention = wholeNumber(draft.retention)
    if (retention === null || retention > 3650) next.retention = a.numberInvalid
    const months = draft.minimumMonths.trim() ? wholeNumber(draft.minimumMonths) : null
    if (draft.minimumMonths.trim() && (!months || months > 60)) next.minimumMonths = a.numberInvalid
    const resultFees: {
      outcome: ReferralOutcome
      minimumMonths: number | null
      feeCents: number
    }[] = []
    for (const o of referralOutcomes) {
      const cents = eurosToCents(draft.resultFees[o])
      if (cents === 'invalid' || cents === 0) next[`fee-${o}`] = a.eurosInvalid
      else if (cents !== null)
        resultFees.push({
          outcome: o,
          minimumMonths: employmentOutcomes.includes(o) ? months : null,
          feeCents: cents,
        })
    }
    if (
      !next.fixedFee &&
      fixed === null &&
      resultFees.length === 0 &&
      !next[`fee-${referralOutcomes[0]}`]
    )
      next.fixedFee = a.priceRequired
    setErrors(next)
    if (Object.keys(next).length > 0) return
    const body = {
      serviceId: draft.serviceId,
      providerOrganisationId: draft.providerOrganisationId,
      frameworkArrangementId: draft.frameworkArrangementId || null,
      reference: draft.reference.trim(),
      startsOn: draft.startsOn,
      endsOn: draft.endsOn || null,
      capacityUnit: draft.capacityUnit || 'customers',
      capacity: capacity!,
      fixedFeeCents: fixed as number | null,
      vatRateBasisPoints: vat as number,
      retentionDays: retention!,
      resultFees,
    }
    if (editing) setConfirming(() => () => save.mutate(body))
    else save.mutate(body)
  }
  const fieldsFor = editing !== null
  return (
    <form className="form section" noValidate onSubmit={submit} data-qa="contract-form">
      <Heading variant="h3" mb="s">
        {editing ? a.editContract(editing.reference) : a.newContract}
      </Heading>
      {save.isError && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="contract-error">
          {problemText(save.error, t)}
        </InlineAlert>
      )}
      {!fieldsFor && (
        <>
          <NativeSelect
            label={a.service}
            placeholder={a.service}
            options={(services.data?.items ?? []).map((s) => ({
              value: s.id,
              label: localName(s.name, lang),
            }))}
            value={draft.serviceId}
            onChange={(v) => setDraft({ ...draft, serviceId: v, frameworkArrangementId: '' })}
            error={errors.serviceId}
            qa="contract-service"
          />
          <NativeSelect
            label={a.provider}
            placeholder={a.provider}
            options={(providers.data?.items ?? []).map((p) => ({
              value: p.organisationId,
              label: localName(p.name, lang),
            }))}
            value={draft.providerOrganisationId}
            onChange={(v) => set('providerOrganisationId', v)}
            error={errors.providerOrganisationId}
            qa="contract-provider"
          />
          <NativeSelect
            label={a.framework}
            placeholder={a.noFramework}
            options={(frameworks.data ?? [])
              .filter((f) => f.serviceId === draft.serviceId)
              .map((f) => ({ value: f.id, label: localName(f.name, lang) }))}
            value={draft.frameworkArrangementId}
            onChange={(v) => set('frameworkArrangementId', v)}
            qa="contract-framework"
          />
          <TextField
            label={a.reference}
            value={draft.reference}
            onChange={(v) => set('reference', v)}
            error={errors.reference}
            qa="contract-reference"
            maxLength={100}
          />
          <TextField
            label={a.startsOn}
            type="date"
            value={draft.startsOn}
            onChange={(v) => set('startsOn', v)}
            error={errors.startsOn}
            qa="contract-starts-on"
          />
          <NativeSelect
            label={a.capacityUnit}
            placeholder={a.capacityUnit}
            options={capacityUnits.map((u) => ({ value: u, label: t.purchasing.units[u] }))}
            value={draft.capacityUnit}
            onChange={(v) => set('capacityUnit', v as CapacityUnit)}
            qa="contract-capacity-unit"
          />
        </>
      )}
      <TextField
        label={a.endsOn}
        type="date"
        value={draft.endsOn}
        onChange={(v) => set('endsOn', v)}
        optionalText={a.untilFurther}
        qa="contract-ends-on"
      />
      <TextField
        label={a.capacity}
        value={draft.capacity}
        onChange={(v) => set('capacity', v)}
        error={errors.capacity}
        inputMode="numeric"
        qa="contract-capacity"
      />
      <TextField
        label={a.fixedFee}
        value={draft.fixedFee}
        onChange={(v) => set('fixedFee', v)}
        error={errors.fixedFee}
        inputMode="text"
        qa="contract-fixed-fee"
      />
      <fieldset className="fieldset" data-qa="contract-result-fees">
        <legend className="fieldset__legend">{a.resultFees}</legend>
        {referralOutcomes.map((o) => (
          <TextField
            key={o}
            label={a.resultFee(t.purchasing.outcomes[o])}
            value={draft.resultFees[o]}
            onChange={(v) => set('resultFees', { ...draft.resultFees, [o]: v })}
            error={errors[`fee-${o}`]}
            qa={`contract-fee-${o}`}
          />
        ))}
        <TextField
          label={a.minimumMonths}
          value={draft.minimumMonths}
          onChange={(v) => set('minimumMonths', v)}
          error={errors.minimumMonths}
          inputMode="numeric"
          qa="contract-minimum-months"
        />
      </fieldset>
      <TextField
        label={a.vat}
        value={draft.vat}
        onChange={(v) => set('vat', v)}
        error={errors.vat}
        qa="contract-vat"
      />
      <TextField
        label={a.retention}
        value={draft.retention}
        onChange={(v) => set('retention', v)}
        error={errors.retention}
        inputMode="numeric"
        qa="contract-retention"
      />
      <div className="button-row">
        <Button type="submit" disabled={save.isPending} data-qa="contract-save">
          {a.save}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {a.cancel}
        </Button>
      </div>
      <ConfirmDialog
        question={
          confirming ? { title: a.confirmTitle, text: a.confirmText, confirm: a.confirmSave } : null
        }
        onConfirm={() => {
          confirming?.()
          setConfirming(null)
        }}
        onCancel={() => setConfirming(null)}
        qa="confirm-contract-change"
      />
    </form>
  )
}
