import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { apiKeyApi } from '../../../api/monitoring'
import { ErrorState, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { TextField } from '../../../components/FormFields'
import { formatDate } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

const headingId = 'api-keys'

/** The coordinator's organisation's keys for machine clients: create (shown once), revoke. */
export function ApiKeysSection() {
  const { t, lang } = useI18n()
  const copy = t.monitoring.apiKeys
  const queryClient = useQueryClient()
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: apiKeyApi.list })
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys'] })
  const create = useMutation({ mutationFn: apiKeyApi.create, onSettled: refresh })
  const revoke = useMutation({ mutationFn: apiKeyApi.revoke, onSettled: refresh })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return setError(copy.nameRequired)
    setError(undefined)
    create.mutate(name.trim())
    setName('')
  }
  return (
    <section aria-labelledby={headingId} className="section no-print" data-qa="api-keys">
      <Heading variant="h2" id={headingId} mb="xs">
        {copy.title}
      </Heading>
      <Paragraph mb="s">{copy.intro}</Paragraph>
      {create.isSuccess && (
        <InlineAlert status="neutral" role="status" className="block-gap" data-qa="api-key-created">
          {copy.created} <code data-qa="api-key-value">{create.data.key}</code>
        </InlineAlert>
      )}
      {(create.isError || revoke.isError) && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(create.error ?? revoke.error, t)}
        </InlineAlert>
      )}
      <form className="form form--inline" noValidate onSubmit={submit}>
        <TextField
          label={copy.name}
          value={name}
          onChange={setName}
          error={error}
          maxLength={100}
          qa="api-key-name"
        />
        <BusyButton
          type="submit"
          busy={create.isPending}
          busyText={t.common.saving}
          qa="api-key-create"
        >
          {copy.create}
        </BusyButton>
      </form>
      {keys.isError ? (
        <ErrorState error={keys.error} />
      ) : (
        <ul className="card-list">
          {(keys.data?.items ?? []).map((k) => (
            <li key={k.id} className="card" data-qa="api-key">
              <p>
                <strong>{k.name}</strong> ({k.prefix}…) ·{' '}
                {copy.createdOn(formatDate(k.createdAt, lang))}
                {' · '}
                {k.revokedAt
                  ? copy.revokedOn(formatDate(k.revokedAt, lang))
                  : k.lastUsedAt
                    ? copy.lastUsed(formatDate(k.lastUsedAt, lang))
                    : copy.neverUsed}
              </p>
              {!k.revokedAt && (
                <Button
                  variant="secondary"
                  onClick={() => setRevoking({ id: k.id, name: k.name })}
                  data-qa="api-key-revoke"
                >
                  {copy.revoke}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        qa="api-key-revoke-dialog"
        question={
          revoking
            ? {
                title: copy.revokeTitle,
                text: copy.revokeText(revoking.name),
                confirm: copy.revoke,
              }
            : null
        }
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id)
          setRevoking(null)
        }}
        onCancel={() => setRevoking(null)}
      />
    </section>
  )
}
