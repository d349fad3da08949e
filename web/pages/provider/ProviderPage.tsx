import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { purchasingApi, type Contract, type Referral } from '../../api/purchasing'
import { EmptyState, ErrorState, Loading, problemText } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { NativeSelect } from '../../components/NativeSelect'
import { TextAreaField, TextField } from '../../components/FormFields'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime, localName, todayInFinland } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import {
  referralDeclineReasons,
  referralOutcomes,
  type ReferralOutcome,
} from '../../../src/shared/enums'

const employed: readonly string[] = ['employed_open_market', 'employed_subsidised']

/** What the provider records at the end: the outcome, its evidence date, for employment the employer. */
function OutcomeForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const { t } = useI18n()
  const p = t.purchasing.provider
  const [outcome, setOutcome] = useState('')
  const [evidenceOn, setEvidenceOn] = useState(todayInFinland())
  const [employer, setEmployer] = useState('')
  const [months, setMonths] = useState('0')
  const save = useMutation({
    mutationFn: () =>
      purchasingApi.outcome(referral.id, {
        outcome: outcome as ReferralOutcome,
        evidenceOn,
        ...(employed.includes(outcome)
          ? { employerBusinessId: employer.trim(), employmentMonths: Number(months) || 0 }
          : {}),
      }),
    onSuccess: onDone,
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (outcome) save.mutate()
  }
  return (
    <form noValidate onSubmit={submit} data-qa="outcome-form" className="stack">
      <NativeSelect
        label={p.outcome}
        placeholder={p.outcome}
        options={referralOutcomes.map((o) => ({ value: o, label: t.purchasing.outcomes[o] }))}
        value={outcome}
        onChange={setOutcome}
        qa="outcome-select"
      />
      <TextField
        label={p.evidenceOn}
        type="date"
        value={evidenceOn}
        onChange={setEvidenceOn}
        qa="outcome-date"
      />
      {employed.includes(outcome) && (
        <>
          <TextField
            label={p.employer}
            value={employer}
            onChange={setEmployer}
            qa="outcome-employer"
          />
          <TextField
            label={p.months}
            type="number"
            value={months}
            onChange={setMonths}
            qa="outcome-months"
          />
        </>
      )}
      {save.isError && (
        <InlineAlert status="error" data-qa="outcome-error">
          {problemText(save.error, t)}
        </InlineAlert>
      )}
      <Button type="submit" data-qa="outcome-save">
        {p.save}
      </Button>
    </form>
  )
}

/** A progress note, visible to the customer's team. */
function NoteForm({ referralId }: { referralId: string }) {
  const { t } = useI18n()
  const p = t.purchasing.provider
  const [body, setBody] = useState('')
  const add = useMutation({
    mutationFn: () => purchasingApi.note(referralId, body.trim()),
    onSuccess: () => setBody(''),
  })
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (body.trim()) add.mutate()
      }}
      data-qa="note-form"
    >
      <TextAreaField label={p.note} value={body} onChange={setBody} qa="referral-note" rows={2} />
      {add.isError && <InlineAlert status="error">{problemText(add.error, t)}</InlineAlert>}
      <Button type="submit" variant="secondary" data-qa="referral-note-save">
        {p.addNote}
      </Button>
    </form>
  )
}

/** The buttons a referral's state and the provider's permitted actions allow. */
function ReferralActions({ referral, onChange }: { referral: Referral; onChange: () => void }) {
  const { t } = useI18n()
  const p = t.purchasing.provider
  const [reason, setReason] = useState('')
  const [reporting, setReporting] = useState(false)
  const act = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSettled: onChange,
  })
  const may = (a: string) =>
    referral.permittedActions.includes(a as Referral['permittedActions'][number])
  return (
    <div className="stack" data-qa="referral-actions">
      {act.isError && (
        <InlineAlert status="error" data-qa="referral-error">
          {problemText(act.error, t)}
        </InlineAlert>
      )}
      {referral.status === 'sent' && may('referral.decide') && (
        <>
          <Button
            data-qa="referral-accept"
            onClick={() => act.mutate(() => purchasingApi.accept(referral.id))}
          >
            {p.accept}
          </Button>
          <NativeSelect
            label={p.declineReason}
            placeholder={p.declineReason}
            options={referralDeclineReasons.map((r) => ({
              value: r,
              label: t.purchasing.declineReasons[r],
            }))}
            value={reason}
            onChange={setReason}
            qa="decline-reason"
          />
          <Button
            variant="secondary"
            data-qa="referral-decline"
            onClick={() =>
              reason &&
              act.mutate(() =>
                purchasingApi.decline(referral.id, reason as 'capacity' | 'eligibility' | 'other'),
              )
            }
          >
            {p.decline}
          </Button>
        </>
      )}
      {referral.status === 'accepted' && may('referral.report') && (
        <Button
          data-qa="referral-start"
          onClick={() => act.mutate(() => purchasingApi.start(referral.id))}
        >
          {p.start}
        </Button>
      )}
      {referral.status === 'started' && may('referral.report') && !reporting && (
        <Button data-qa="referral-report" onClick={() => setReporting(true)}>
          {p.report}
        </Button>
      )}
      {['accepted', 'started'].includes(referral.status) && may('referral.report') && (
        <NoteForm referralId={referral.id} />
      )}
      {referral.status === 'started' && reporting && (
        <OutcomeForm referral={referral} onDone={onChange} />
      )}
    </div>
  )
}

/** The provider's view: capacity per contract and the incoming referrals (keyset paged). */
export function ProviderPage() {
  const { t, lang } = useI18n()
  const p = t.purchasing.provider
  const queryClient = useQueryClient()
  const contracts = useQuery({
    queryKey: ['provider-contracts'],
    queryFn: purchasingApi.ownContracts,
  })
  const referrals = useInfiniteQuery({
    queryKey: ['provider-referrals'],
    queryFn: ({ pageParam }) => purchasingApi.incoming(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['provider-referrals'] })
    void queryClient.invalidateQueries({ queryKey: ['provider-contracts'] })
  }
  const contractColumns: Column<Contract>[] = [
    { key: 'reference', header: p.contract, cell: (c) => c.reference },
    { key: 'service', header: p.service, cell: (c) => localName(c.service.name, lang) },
    {
      key: 'capacity',
      header: p.capacity,
      cell: (c) => `${c.capacityUsed} / ${c.capacity} ${t.purchasing.units[c.capacityUnit]}`,
    },
  ]
  const referralColumns: Column<Referral>[] = [
    { key: 'service', header: p.service, cell: (r) => localName(r.service.name, lang) },
    {
      key: 'customer',
      header: p.customer,
      cell: (r) => r.customerName ?? <span className="muted">{p.notShared}</span>,
    },
    {
      key: 'sent',
      header: t.purchasing.status.sent,
      cell: (r) => (r.sentAt ? formatDateTime(r.sentAt, lang) : ''),
    },
    { key: 'status', header: p.status, cell: (r) => t.purchasing.status[r.status] },
    {
      key: 'actions',
      header: p.actions,
      cell: (r) => <ReferralActions referral={r} onChange={refresh} />,
    },
  ]
  const items = referrals.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <PageHeading title={p.title} />
      <section aria-labelledby="provider-contracts" className="section">
        <Heading variant="h2" id="provider-contracts" mb="s">
          {p.contracts}
        </Heading>
        {contracts.isPending ? (
          <Loading />
        ) : contracts.isError ? (
          <ErrorState error={contracts.error} />
        ) : (
          <DataTable
            caption={p.contractsCaption}
            columns={contractColumns}
            rows={contracts.data}
            rowKey={(c) => c.id}
            rowQa="provider-contract"
          />
        )}
      </section>
      <section aria-labelledby="provider-referrals" className="section">
        <Heading variant="h2" id="provider-referrals" mb="s">
          {p.referrals}
        </Heading>
        {referrals.isPending ? (
          <Loading />
        ) : referrals.isError ? (
          <ErrorState error={referrals.error} />
        ) : items.length === 0 ? (
          <EmptyState>{p.empty}</EmptyState>
        ) : (
          <DataTable
            caption={p.referralsCaption}
            columns={referralColumns}
            rows={items}
            rowKey={(r) => r.id}
            rowQa="provider-referral"
          />
        )}
        {referrals.hasNextPage && (
          <Button
            variant="secondary"
            data-qa="referrals-more"
            onClick={() => void referrals.fetchNextPage()}
          >
            {p.more}
          </Button>
        )}
      </section>
    </>
  )
}
