import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, InlineAlert } from 'suomifi-ui-components'
import type { ServiceAction } from '../../../api/caseTypes'
import { purchasingApi } from '../../../api/purchasing'
import { useAnnounce } from '../../../components/Announcer'
import { problemText } from '../../../components/AsyncState'
import { refreshCase } from '../../../components/case/shared'
import { CategoryList } from '../../../components/CategoryList'
import { TextAreaField } from '../../../components/FormFields'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { DataCategory } from '../../../../src/shared/enums'

/** What a purchased service is given to know of the young person, as the consent will name. */
export const referralCategories: DataCategory[] = ['identity_and_contact', 'employment_and_plan']

/**
 * A "refer to a purchased service" step: the service it names and, until a referral carries the
 * step out, the referral made from here with the service filled in. Starting the service
 * completes the step.
 */
export function StepReferral({
  action,
  customerId,
  canRefer,
}: {
  action: ServiceAction
  customerId: string
  canRefer: boolean
}) {
  const { t, lang } = useI18n()
  const w = t.purchasing.worker
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const referTo = action.referTo
  const contracts = useQuery({ queryKey: ['contracts'], queryFn: purchasingApi.contracts })
  const frameworks = useQuery({ queryKey: ['frameworks'], queryFn: purchasingApi.frameworks })
  const referrals = useQuery({
    queryKey: ['referrals', customerId],
    queryFn: () => purchasingApi.ofCustomer(customerId),
  })
  const refer = useMutation({
    mutationFn: () =>
      purchasingApi.refer(customerId, {
        ...(referTo?.contractId
          ? { contractId: referTo.contractId }
          : { frameworkArrangementId: referTo?.frameworkArrangementId ?? '' }),
        dataCategories: referralCategories,
        reason: reason.trim(),
        serviceActionId: action.id,
      }),
    onSuccess: async () => {
      setOpen(false)
      setReason('')
      announce(w.referred)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['referrals', customerId] }),
        refreshCase(queryClient, customerId),
      ])
    },
  })
  if (!referTo) return null
  const contract = contracts.data?.find((c) => c.id === referTo.contractId)
  const framework = frameworks.data?.find((f) => f.id === referTo.frameworkArrangementId)
  const name = contract
    ? `${localName(contract.service.name, lang)} – ${localName(contract.provider.name, lang)}`
    : framework
      ? `${localName(framework.name, lang)} (${w.framework})`
      : ''
  const made = (referrals.data ?? []).some(
    (r) => r.serviceActionId === action.id && !['withdrawn', 'declined'].includes(r.status),
  )
  const live = action.status === 'open' || action.status === 'in_progress'
  const submit = (e: FormEvent) => {
    e.preventDefault()
    refer.mutate()
  }
  const formId = `step-referral-${action.id}`
  return (
    <div className="block-gap" data-qa="step-referral">
      <p>
        <span className="muted">{w.stepTarget}:</span>{' '}
        <span data-qa="step-referral-target">{name}</span>
      </p>
      {made && (
        <p className="muted" data-qa="step-referral-made">
          {w.stepReferred}
        </p>
      )}
      {!made && live && canRefer && !open && (
        <Button
          variant="secondary"
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => setOpen(true)}
          data-qa="step-refer"
        >
          {w.stepRefer}
        </Button>
      )}
      {open && (
        <form id={formId} className="form block-gap" noValidate onSubmit={submit}>
          {refer.isError && (
            <InlineAlert status="error" role="alert">
              {problemText(refer.error, t)}
            </InlineAlert>
          )}
          <div>
            <p className="muted">{w.categories}</p>
            <CategoryList categories={referralCategories} />
          </div>
          <TextAreaField
            label={w.reason}
            value={reason}
            onChange={setReason}
            qa="step-referral-reason"
            rows={3}
          />
          <div className="button-row">
            <Button type="submit" disabled={refer.isPending} data-qa="step-referral-submit">
              {w.refer}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t.purchasing.admin.cancel}
            </Button>
          </div>
        </form>
      )}
    </div>
  )
}
