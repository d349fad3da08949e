import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { purchasingApi, type Referral } from '../../../api/purchasing'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { CategoryList } from '../../../components/CategoryList'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { TextAreaField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { formatDateTime, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'
import { referralCategories } from './StepReferral'

/** What a purchased service is given to know of the young person, as the consent will name. */
const needed = referralCategories

/** The provider's progress notes on a referral, for the team. */
function ReferralNotes({ referralId }: { referralId: string }) {
  const { lang } = useI18n()
  const detail = useQuery({
    queryKey: ['referral', referralId],
    queryFn: () => purchasingApi.referral(referralId),
  })
  const notes = detail.data?.notes ?? []
  if (notes.length === 0) return null
  return (
    <ul className="plain-list" data-qa="referral-notes">
      {notes.map((n) => (
        <li key={n.id}>
          <span className="muted">{formatDateTime(n.createdAt, lang)}</span> {n.body}
        </li>
      ))}
    </ul>
  )
}

/**
 * A framework referral whose choice the young person handed to the worker: the providers side by
 * side, and the worker chooses as the young person would have.
 */
function WorkerChoice({ referral, onChosen }: { referral: Referral; onChosen: () => void }) {
  const { t, lang } = useI18n()
  const w = t.purchasing.worker
  const announce = useAnnounce()
  const detail = useQuery({
    queryKey: ['referral', referral.id],
    queryFn: () => purchasingApi.referral(referral.id),
  })
  const choose = useMutation({
    mutationFn: (contractId: string) => purchasingApi.choose(referral.id, contractId),
    onSuccess: () => announce(w.chosen),
    onSettled: onChosen,
  })
  return (
    <div className="block-gap" data-qa="worker-choice">
      <InlineAlert status="warning" className="block-gap" data-qa="asked-to-choose">
        {w.askedToChoose}
      </InlineAlert>
      {choose.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(choose.error, t)}
        </InlineAlert>
      )}
      {detail.isError && <ErrorState error={detail.error} />}
      <ul className="card-list" aria-label={w.chooseProvider}>
        {(detail.data?.choices ?? []).map((c) => {
          const name = localName(c.provider.name, lang)
          return (
            <li key={c.contractId} className="card" data-qa="worker-provider-option">
              <p>
                <strong>{name}</strong>
              </p>
              <p>{localName(c.description, lang)}</p>
              <Button
                disabled={choose.isPending || !c.hasCapacity}
                aria-label={w.chooseFor(name)}
                onClick={() => choose.mutate(c.contractId)}
                data-qa="worker-choose-provider"
              >
                {t.purchasing.provider.choose}
              </Button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** The case's referrals to purchased services, and a referral to one. */
export function ReferralsPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const w = t.purchasing.worker
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const key = ['referrals', ctx.customerId]
  const referrals = useQuery({
    queryKey: key,
    queryFn: () => purchasingApi.ofCustomer(ctx.customerId),
  })
  const contracts = useQuery({ queryKey: ['contracts'], queryFn: purchasingApi.contracts })
  const [target, setTarget] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [withdrawing, setWithdrawing] = useState<Referral | null>(null)
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key })
  const refer = useMutation({
    mutationFn: () => {
      const [kind, id] = target.split(':') as ['fw' | 'c', string]
      return purchasingApi.refer(ctx.customerId, {
        ...(kind === 'fw' ? { frameworkArrangementId: id } : { contractId: id }),
        dataCategories: needed,
        reason: reason.trim(),
      })
    },
    onSuccess: () => {
      setTarget('')
      setReason('')
      announce(w.referred)
    },
    onSettled: refresh,
  })
  const withdraw = useMutation({
    mutationFn: (r: Referral) => purchasingApi.withdraw(r.id),
    onSettled: refresh,
  })
  const options = (() => {
    const seen = new Set<string>()
    return (contracts.data ?? []).flatMap((c) => {
      if (c.framework) {
        if (seen.has(c.framework.id)) return []
        seen.add(c.framework.id)
        return [
          {
            value: `fw:${c.framework.id}`,
            label: `${localName(c.framework.name, lang)} (${w.framework})`,
          },
        ]
      }
      return [
        {
          value: `c:${c.id}`,
          label: `${localName(c.service.name, lang)} – ${localName(c.provider.name, lang)}`,
        },
      ]
    })
  })()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!target) return setError(w.required)
    setError(undefined)
    refer.mutate()
  }
  return (
    <section aria-labelledby="case-referrals" className="section" data-qa="case-referrals">
      <Heading variant="h3" id="case-referrals" mb="xs">
        {w.title}
      </Heading>
      <Paragraph mb="s">{w.intro}</Paragraph>
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <ErrorState error={referrals.error} />
      ) : referrals.data.length === 0 ? (
        <EmptyState>{w.none}</EmptyState>
      ) : (
        <ul className="card-list">
          {referrals.data.map((r) => (
            <li key={r.id} className="card" data-qa="case-referral">
              <p>
                <strong>{localName(r.service.name, lang)}</strong>
                {r.provider ? ` – ${localName(r.provider.name, lang)}` : ''}
              </p>
              <p className="muted" data-qa="case-referral-status">
                {t.purchasing.status[r.status]}
                {r.awaitingConsent && r.status === 'sent' ? ` (${w.awaitingConsent})` : ''}
                {r.outcome ? ` – ${t.purchasing.outcomes[r.outcome]}` : ''}
              </p>
              <ReferralNotes referralId={r.id} />
              {r.status === 'awaiting_choice' &&
                r.choiceDelegatedAt &&
                r.permittedActions.includes('referral.choose') &&
                ctx.canWrite && <WorkerChoice referral={r} onChosen={refresh} />}
              {r.permittedActions.includes('referral.withdraw') &&
                ['awaiting_choice', 'sent', 'accepted'].includes(r.status) && (
                  <Button
                    variant="secondary"
                    onClick={() => setWithdrawing(r)}
                    data-qa="withdraw-referral"
                  >
                    {w.withdraw}
                  </Button>
                )}
            </li>
          ))}
        </ul>
      )}
      {ctx.canWrite && (
        <form className="form block-gap" noValidate onSubmit={submit} data-qa="referral-form">
          {refer.isError && (
            <InlineAlert status="error" role="alert">
              {problemText(refer.error, t)}
            </InlineAlert>
          )}
          <NativeSelect
            label={w.target}
            placeholder={w.target}
            options={options}
            value={target}
            onChange={setTarget}
            error={error}
            qa="referral-target"
          />
          <div>
            <p className="muted">{w.categories}</p>
            <CategoryList categories={needed} />
          </div>
          <TextAreaField
            label={w.reason}
            value={reason}
            onChange={setReason}
            qa="referral-reason"
            rows={3}
          />
          <Button type="submit" data-qa="referral-submit">
            {w.refer}
          </Button>
        </form>
      )}
      <ConfirmDialog
        question={
          withdrawing ? { title: w.withdraw, text: w.confirmWithdraw, confirm: w.withdraw } : null
        }
        onConfirm={() => {
          if (withdrawing) withdraw.mutate(withdrawing)
          setWithdrawing(null)
        }}
        onCancel={() => setWithdrawing(null)}
        qa="confirm-withdraw-referral"
      />
    </section>
  )
}
