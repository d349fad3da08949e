import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { purchasingApi, type FeeTable } from '../../api/purchasing'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable, type Column } from '../../components/DataTable'
import { TextField } from '../../components/FormFields'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime, localName, todayInFinland } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

type ContractRow = FeeTable['contracts'][number]
type LineRow = FeeTable['lines'][number]

const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const

/** Fees owed per contract and month, the pseudonymous basis, invoicing and the exports. */
export function FeesPage() {
  const { t, lang } = useI18n()
  const f = t.purchasing.fees
  const queryClient = useQueryClient()
  const [month, setMonth] = useState(todayInFinland().slice(0, 7))
  const [draft, setDraft] = useState(month)
  const [asking, setAsking] = useState(false)
  const table = useQuery({ queryKey: ['fees', month], queryFn: () => purchasingApi.fees(month) })
  const invoice = useMutation({
    mutationFn: () => purchasingApi.invoice(month),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['fees'] }),
  })
  // Cents are integers on the wire; only the display divides them.
  const eur = (cents: number) =>
    new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (/^[0-9]{4}-[0-9]{2}$/.test(draft)) setMonth(draft)
  }
  const contractColumns: Column<ContractRow>[] = [
    { key: 'reference', header: f.contract, cell: (c) => c.reference },
    { key: 'provider', header: f.provider, cell: (c) => localName(c.provider.name, lang) },
    { key: 'fixed', header: f.fixed, cell: (c) => eur(c.fixedCents) },
    { key: 'result', header: f.result, cell: (c) => eur(c.resultCents) },
    { key: 'adjustments', header: f.adjustments, cell: (c) => eur(c.adjustmentCents) },
    { key: 'net', header: f.net, cell: (c) => eur(c.netCents) },
    { key: 'vat', header: f.vat, cell: (c) => eur(c.vatCents) },
    {
      key: 'gross',
      header: f.gross,
      cell: (c) => <span data-qa="fee-gross">{eur(c.grossCents)}</span>,
    },
  ]
  const lineColumns: Column<LineRow>[] = [
    { key: 'reference', header: f.contract, cell: (l) => l.reference },
    { key: 'pseudonym', header: f.pseudonym, cell: (l) => <code>{l.pseudonym}</code> },
    {
      key: 'kind',
      header: f.kind,
      cell: (l) => `${f.kinds[l.kind]}${l.outcome ? ` – ${t.purchasing.outcomes[l.outcome]}` : ''}`,
    },
    { key: 'belongsTo', header: f.belongsTo, cell: (l) => l.belongsTo },
    {
      key: 'adjustment',
      header: f.adjustment,
      cell: (l) => (l.adjustment ? t.common.yes : t.common.no),
    },
    {
      key: 'amount',
      header: f.amount,
      cell: (l) => <span data-qa="fee-amount">{eur(l.amountCents)}</span>,
    },
  ]
  return (
    <>
      <PageHeading title={f.title} />
      <form className="search-form" noValidate onSubmit={submit} data-qa="fees-form">
        <TextField label={f.month} type="month" value={draft} onChange={setDraft} qa="fees-month" />
        <div className="search-form__buttons">
          <Button type="submit" data-qa="fees-show">
            {f.show}
          </Button>
        </div>
      </form>
      {table.isPending ? (
        <Loading />
      ) : table.isError ? (
        <ErrorState error={table.error} />
      ) : (
        <>
          <Paragraph mb="m" data-qa="fees-invoiced">
            {table.data.invoicedAt
              ? `${f.invoiced} ${formatDateTime(table.data.invoicedAt, lang)}`
              : f.notInvoiced}
          </Paragraph>
          <p className="button-row">
            <a
              className="text-link"
              href={purchasingApi.exportUrl(month, 'csv')}
              data-qa="fees-csv"
              download
            >
              {f.csv}
            </a>{' '}
            <a
              className="text-link"
              href={purchasingApi.exportUrl(month, 'xlsx')}
              data-qa="fees-xlsx"
              download
            >
              {f.xlsx}
            </a>
          </p>
          {!table.data.invoicedAt && (
            <Button variant="secondary" data-qa="fees-invoice" onClick={() => setAsking(true)}>
              {f.markInvoiced}
            </Button>
          )}
          <section aria-labelledby="fees-per-contract" className="section">
            <Heading variant="h2" id="fees-per-contract" mb="s">
              {f.perContract}
            </Heading>
            {table.data.contracts.length === 0 ? (
              <EmptyState>{f.empty}</EmptyState>
            ) : (
              <DataTable
                caption={f.perContractCaption}
                columns={contractColumns}
                rows={table.data.contracts}
                rowKey={(c) => c.contractId}
                rowQa="fee-contract"
              />
            )}
          </section>
          {table.data.lines.length > 0 && (
            <section aria-labelledby="fees-lines" className="section">
              <Heading variant="h2" id="fees-lines" mb="s">
                {f.lines}
              </Heading>
              <DataTable
                caption={f.linesCaption}
                columns={lineColumns}
                rows={table.data.lines}
                rowKey={(l) => `${l.pseudonym}-${l.kind}-${l.belongsTo}`}
                rowQa="fee-line"
              />
            </section>
          )}
        </>
      )}
      <ConfirmDialog
        question={
          asking ? { title: f.markInvoiced, text: f.confirmInvoice, confirm: f.markInvoiced } : null
        }
        onConfirm={() => {
          setAsking(false)
          invoice.mutate()
        }}
        onCancel={() => setAsking(false)}
        qa="confirm-invoice"
      />
    </>
  )
}
