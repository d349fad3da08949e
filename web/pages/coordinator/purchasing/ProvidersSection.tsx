import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { FinnishBusinessIds } from 'finnish-business-ids'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { purchasingApi, type Provider } from '../../../api/purchasing'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { DataTable, type Column } from '../../../components/DataTable'
import {
  emptyLocalised,
  LocalisedFields,
  missingLanguages,
  TextField,
} from '../../../components/FormFields'
import { serverFieldErrors } from '../../../components/FormErrors'
import type { LocalisedName } from '../../../i18n/format'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

export const providersKey = ['providers'] as const

interface Draft {
  code: string
  name: LocalisedName
  businessId: string
  description: LocalisedName
}

/** Adds a provider or changes one (naming the version it changes: a change meanwhile is a 409). */
function ProviderForm({ editing, onDone }: { editing: Provider | null; onDone: () => void }) {
  const { t } = useI18n()
  const a = t.purchasing.admin
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? {
          code: editing.code,
          name: editing.name,
          businessId: editing.businessId,
          description: editing.description,
        }
      : {
          code: '',
          name: emptyLocalised(),
          businessId: '',
          description: emptyLocalised(),
        },
  )
  const [errors, setErrors] = useState<{
    code?: string
    businessId?: string
    name?: Partial<Record<'fi' | 'sv' | 'en', string>>
    description?: Partial<Record<'fi' | 'sv' | 'en', string>>
  }>({})
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: draft.name,
        businessId: draft.businessId.trim(),
        description: draft.description,
      }
      return editing
        ? purchasingApi.updateProvider(editing.organisationId, {
            ...body,
            version: editing.version,
          })
        : purchasingApi.createProvider({ ...body, code: draft.code.trim() })
    },
    onSuccess: async () => {
      announce(a.saved)
      await queryClient.invalidateQueries({ queryKey: providersKey })
      await queryClient.invalidateQueries({ queryKey: ['contracts'] })
      onDone()
    },
    onError: (error) => {
      const fields = serverFieldErrors(error, t, ['businessId', 'code'] as const)
      setErrors({ ...fields, ...(fields.businessId ? { businessId: a.businessIdInvalid } : {}) })
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next: typeof errors = {}
    if (!editing && !/^[a-z][a-z0-9-]{1,49}$/.test(draft.code.trim())) next.code = a.required
    if (!FinnishBusinessIds.isValidBusinessId(draft.businessId.trim()))
      next.businessId = draft.businessId.trim() ? a.businessIdInvalid : a.required
    const name = missingLanguages(draft.name, a.required)
    if (Object.keys(name).length > 0) next.name = name
    const description = missingLanguages(draft.description, a.required)
    if (Object.keys(description).length > 0) next.description = description
    setErrors(next)
    if (Object.keys(next).length === 0) save.mutate()
  }
  return (
    <form className="form section" noValidate onSubmit={submit} data-qa="provider-form">
      <Heading variant="h3" mb="s">
        {editing ? a.editNamed(editing.name.fi) : a.newProvider}
      </Heading>
      {save.isError && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="provider-error">
          {problemText(save.error, t)}
        </InlineAlert>
      )}
      {!editing && (
        <TextField
          label={a.code}
          hint={a.codeHint}
          value={draft.code}
          onChange={(code) => setDraft({ ...draft, code })}
          error={errors.code}
          qa="provider-code"
          maxLength={50}
        />
      )}
      <LocalisedFields
        legend={a.name}
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
        errors={errors.name}
        qa="provider-name"
      />
      <TextField
        label={a.businessId}
        hint={a.businessIdHint}
        value={draft.businessId}
        onChange={(businessId) => setDraft({ ...draft, businessId })}
        error={errors.businessId}
        qa="provider-business-id"
        maxLength={20}
      />
      <LocalisedFields
        legend={a.description}
        value={draft.description}
        onChange={(description) => setDraft({ ...draft, description })}
        errors={errors.description}
        qa="provider-description"
        multiline
      />
      <div className="button-row">
        <Button type="submit" disabled={save.isPending} data-qa="provider-save">
          {a.save}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {a.cancel}
        </Button>
      </div>
    </form>
  )
}

/** The providers by name, keyset paged, with their business IDs; add and edit. */
export function ProvidersSection() {
  const { t, lang } = useI18n()
  const a = t.purchasing.admin
  const [editing, setEditing] = useState<Provider | 'new' | null>(null)
  const list = useInfiniteQuery({
    queryKey: providersKey,
    queryFn: ({ pageParam }) => purchasingApi.providers(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
  })
  const rows = list.data?.pages.flatMap((p) => p.items) ?? []
  const columns: Column<Provider>[] = [
    { key: 'name', header: a.name, cell: (p) => localName(p.name, lang) },
    { key: 'businessId', header: a.businessId, cell: (p) => p.businessId },
    {
      key: 'edit',
      header: a.edit,
      cell: (p) => (
        <Button
          variant="secondaryNoBorder"
          aria-label={a.editNamed(localName(p.name, lang))}
          onClick={() => setEditing(p)}
          data-qa="provider-edit"
        >
          {a.edit}
        </Button>
      ),
    },
  ]
  return (
    <section aria-labelledby="admin-providers" className="section" data-qa="admin-providers">
      <Heading variant="h2" id="admin-providers" mb="s">
        {a.providers}
      </Heading>
      <Paragraph mb="s">{a.users}</Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : rows.length === 0 ? (
        <EmptyState>{a.noProviders}</EmptyState>
      ) : (
        <DataTable
          caption={a.providersCaption}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.organisationId}
          rowQa="provider-row"
        />
      )}
      {list.hasNextPage && (
        <Button
          variant="secondary"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
          data-qa="providers-more"
        >
          {a.more}
        </Button>
      )}
      {editing === null ? (
        <p className="block-gap">
          <Button onClick={() => setEditing('new')} data-qa="provider-new">
            {a.newProvider}
          </Button>
        </p>
      ) : (
        <ProviderForm
          key={editing === 'new' ? 'new' : editing.organisationId}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  )
}
