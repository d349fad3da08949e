import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { purchasingApi, type Contract, type FrameworkArrangement } from '../../../api/purchasing'
import { serviceApi } from '../../../api/services'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { DataTable, type Column } from '../../../components/DataTable'
import { emptyLocalised, LocalisedFields, missingLanguages } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { PageHeading } from '../../../components/PageHeading'
import { formatCalendarDate, localName, type LocalisedName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { ContractForm } from './ContractForm'
import { ProvidersSection } from './ProvidersSection'

const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const

/** Adds a framework arrangement for a service, or renames one. */
function FrameworkForm({
  editing,
  onDone,
}: {
  editing: FrameworkArrangement | null
  onDone: () => void
}) {
  const { t, lang } = useI18n()
  const a = t.purchasing.admin
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const [serviceId, setServiceId] = useState('')
  const [name, setName] = useState<LocalisedName>(editing?.name ?? emptyLocalised())
  const [errors, setErrors] = useState<{ serviceId?: string; name?: Partial<LocalisedName> }>({})
  const services = useQuery({
    queryKey: ['tray-for-contracts'],
    queryFn: () => serviceApi.tray({}),
  })
  const save = useMutation({
    mutationFn: () =>
      editing
        ? purchasingApi.updateFramework(editing.id, { name })
        : purchasingApi.createFramework({ serviceId, name }),
    onSuccess: async () => {
      announce(a.saved)
      await queryClient.invalidateQueries({ queryKey: ['frameworks'] })
      await queryClient.invalidateQueries({ queryKey: ['contracts'] })
      onDone()
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next: typeof errors = {}
    if (!editing && !serviceId) next.serviceId = a.required
    const missing = missingLanguages(name, a.required)
    if (Object.keys(missing).length > 0) next.name = missing
    setErrors(next)
    if (Object.keys(next).length === 0) save.mutate()
  }
  return (
    <form className="form section" noValidate onSubmit={submit} data-qa="framework-form">
      <Heading variant="h3" mb="s">
        {editing ? a.editNamed(localName(editing.name, lang)) : a.newFramework}
      </Heading>
      {save.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(save.error, t)}
        </InlineAlert>
      )}
      {!editing && (
        <NativeSelect
          label={a.service}
          placeholder={a.service}
          options={(services.data?.items ?? []).map((s) => ({
            value: s.id,
            label: localName(s.name, lang),
          }))}
          value={serviceId}
          onChange={setServiceId}
          error={errors.serviceId}
          qa="framework-service"
        />
      )}
      <LocalisedFields
        legend={a.name}
        value={name}
        onChange={setName}
        errors={errors.name}
        qa="framework-name"
      />
      <div className="button-row">
        <Button type="submit" disabled={save.isPending} data-qa="framework-save">
          {a.save}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {a.cancel}
        </Button>
      </div>
    </form>
  )
}

/** The framework arrangements and the providers of their contracts. */
function FrameworksSection({ contracts }: { contracts: Contract[] }) {
  const { t, lang } = useI18n()
  const a = t.purchasing.admin
  const [editing, setEditing] = useState<FrameworkArrangement | 'new' | null>(null)
  const frameworks = useQuery({ queryKey: ['frameworks'], queryFn: purchasingApi.frameworks })
  const columns: Column<FrameworkArrangement>[] = [
    { key: 'name', header: a.name, cell: (f) => localName(f.name, lang) },
    {
      key: 'providers',
      header: a.frameworkProviders,
      cell: (f) =>
        contracts
          .filter((c) => c.framework?.id === f.id)
          .map((c) => localName(c.provider.name, lang))
          .join(', '),
    },
    {
      key: 'edit',
      header: a.edit,
      cell: (f) => (
        <Button
          variant="secondaryNoBorder"
          aria-label={`${a.rename}: ${localName(f.name, lang)}`}
          onClick={() => setEditing(f)}
          data-qa="framework-edit"
        >
          {a.rename}
        </Button>
      ),
    },
  ]
  return (
    <section aria-labelledby="admin-frameworks" className="section" data-qa="admin-frameworks">
      <Heading variant="h2" id="admin-frameworks" mb="s">
        {a.frameworks}
      </Heading>
      {frameworks.isPending ? (
        <Loading />
      ) : frameworks.isError ? (
        <ErrorState error={frameworks.error} />
      ) : frameworks.data.length === 0 ? (
        <EmptyState>{a.noFrameworks}</EmptyState>
      ) : (
        <DataTable
          caption={a.frameworksCaption}
          columns={columns}
          rows={frameworks.data}
          rowKey={(f) => f.id}
          rowQa="framework-row"
        />
      )}
      {editing === null ? (
        <p className="block-gap">
          <Button onClick={() => setEditing('new')} data-qa="framework-new">
            {a.newFramework}
          </Button>
        </p>
      ) : (
        <FrameworkForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  )
}

/** The contracts with their period, capacity in use and price; add and edit. */
function ContractsSection({ contracts }: { contracts: Contract[] }) {
  const { t, lang } = useI18n()
  const a = t.purchasing.admin
  const [editing, setEditing] = useState<Contract | 'new' | null>(null)
  const eur = (cents: number) =>
    new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100)
  const columns: Column<Contract>[] = [
    { key: 'reference', header: a.reference, cell: (c) => c.reference },
    {
      key: 'service',
      header: a.service,
      cell: (c) =>
        `${localName(c.service.name, lang)}${c.framework ? ` (${localName(c.framework.name, lang)})` : ''}`,
    },
    { key: 'provider', header: a.provider, cell: (c) => localName(c.provider.name, lang) },
    {
      key: 'period',
      header: a.period,
      cell: (c) =>
        `${formatCalendarDate(c.startsOn, lang)} – ${c.endsOn ? formatCalendarDate(c.endsOn, lang) : a.untilFurther}`,
    },
    {
      key: 'capacity',
      header: `${a.used} / ${a.capacity}`,
      cell: (c) => `${c.capacityUsed} / ${c.capacity} ${t.purchasing.units[c.capacityUnit]}`,
    },
    {
      key: 'price',
      header: a.price,
      cell: (c) => (
        <span data-qa="contract-price">
          {[
            c.fixedFeeCents !== null ? `${t.purchasing.fees.fixed} ${eur(c.fixedFeeCents)}` : '',
            ...c.resultFees.map((f) => `${t.purchasing.outcomes[f.outcome]} ${eur(f.feeCents)}`),
          ]
            .filter(Boolean)
            .join('; ')}
          {` (${a.vat} ${(c.vatRateBasisPoints / 100).toLocaleString(locales[lang])})`}
        </span>
      ),
    },
    {
      key: 'edit',
      header: a.edit,
      cell: (c) => (
        <Button
          variant="secondaryNoBorder"
          aria-label={a.editContract(c.reference)}
          onClick={() => setEditing(c)}
          data-qa="contract-edit"
        >
          {a.edit}
        </Button>
      ),
    },
  ]
  return (
    <section aria-labelledby="admin-contracts" className="section" data-qa="admin-contracts">
      <Heading variant="h2" id="admin-contracts" mb="s">
        {a.contracts}
      </Heading>
      {contracts.length === 0 ? (
        <EmptyState>{a.noContracts}</EmptyState>
      ) : (
        <DataTable
          caption={a.contractsCaption}
          columns={columns}
          rows={contracts}
          rowKey={(c) => c.id}
          rowQa="contract-row"
          rowAttributes={(c) => ({ 'data-qa-reference': c.reference })}
        />
      )}
      {editing === null ? (
        <p className="block-gap">
          <Button onClick={() => setEditing('new')} data-qa="contract-new">
            {a.newContract}
          </Button>
        </p>
      ) : (
        <ContractForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  )
}

/** The coordinator's providers, framework arrangements and contracts of purchased services. */
export function PurchasingPage() {
  const { t } = useI18n()
  const a = t.purchasing.admin
  const contracts = useQuery({ queryKey: ['contracts'], queryFn: purchasingApi.contracts })
  return (
    <div data-qa="purchasing-page">
      <PageHeading title={a.title} />
      <Paragraph mb="m">{a.intro}</Paragraph>
      <ProvidersSection />
      {contracts.isPending ? (
        <Loading />
      ) : contracts.isError ? (
        <ErrorState error={contracts.error} />
      ) : (
        <>
          <FrameworksSection contracts={contracts.data} />
          <ContractsSection contracts={contracts.data} />
        </>
      )}
    </div>
  )
}
