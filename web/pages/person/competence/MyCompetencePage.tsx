import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Checkbox, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components'
import {
  competenceApi,
  conceptChange,
  type CompetenceProfile,
  type ShareLink,
  type ShareSection,
} from '../../../api/competence'
import { ApiError } from '../../../api/client'
import type { Me } from '../../../api/types'
import { ErrorState, Loading } from '../../../components/AsyncState'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { fieldMessage, problemText } from '../../../components/FormErrors'
import { PageHeading } from '../../../components/PageHeading'
import { formatDate, formatDateTime } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import '../../../styles/competence.css'
import '../../../styles/plan.css'
import { ConceptPanel } from './ConceptPanel'
import { NetworkShare } from './NetworkShare'
import { applyChange, ProfileEditor, useSaveProfile } from './ProfileEditor'
import { AvailabilityForm } from './ProfileForms'
import { allSections as sectionNames } from './ProfileView'

/** "My competence": the profile, importing a mapping, suggestions, export, print, share links. */
export function MyCompetencePage({ me }: { me: Me }) {
  const { t, lang } = useI18n()
  const customerId = me.user.customerId ?? ''
  const profile = useQuery({
    queryKey: ['competence', customerId, lang],
    queryFn: () => competenceApi.profile(customerId, lang),
    enabled: customerId !== '',
  })
  return (
    <>
      <PageHeading title={t.competence.title} />
      <Paragraph mb="l">{t.competence.intro}</Paragraph>
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <ErrorState error={profile.error} />
      ) : (
        <>
          {profile.data.savedAt && (
            <Paragraph mb="s" data-qa="competence-version">
              {t.competence.version(
                profile.data.version,
                formatDateTime(profile.data.savedAt, lang),
              )}
            </Paragraph>
          )}
          <div className="no-print competence-actions">
            <Button variant="secondary" onClick={() => window.print()} data-qa="competence-print">
              {t.competence.print}
            </Button>{' '}
            <a href={competenceApi.exportUrl(customerId)} download data-qa="competence-export">
              {t.competence.exportJson}
            </a>
          </div>
          <ProfileEditor customerId={customerId} profile={profile.data} />
          <AddConcept customerId={customerId} profile={profile.data} />
          <AvailabilityForm customerId={customerId} profile={profile.data} />
          <NetworkShare customerId={customerId} />
          <Suggestions customerId={customerId} profile={profile.data} />
          <ImportForm customerId={customerId} baseVersion={profile.data.version} />
          <ShareLinks customerId={customerId} />
        </>
      )}
    </>
  )
}

function Suggestions({ customerId, profile }: { customerId: string; profile: CompetenceProfile }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const answer = useMutation({
    mutationFn: (a: { id: string; accept: boolean }) =>
      competenceApi.answer(customerId, a.id, a.accept),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['competence', customerId] }),
  })
  if (profile.suggestions.length === 0) return null
  const label = (uri: string) => profile.concepts.find((c) => c.uri === uri)?.label ?? uri
  const describe = (s: (typeof profile.suggestions)[number]): string => {
    const c = s.change
    switch (c.section) {
      case 'skills':
        return c.item.conceptUri ? label(c.item.conceptUri) : (c.item.label ?? '')
      case 'certificates':
        return label(c.item.conceptUri)
      case 'wishedOccupations':
        return label(c.item)
      case 'qualifications':
      case 'workExperience':
        return c.item.title
      case 'languages':
        return `${c.item.code.toUpperCase()} ${c.item.cefr}`
      default:
        return c.item
    }
  }
  return (
    <section
      aria-labelledby="competence-suggestions"
      className="section no-print"
      data-qa="competence-suggestions"
    >
      <Heading variant="h2" id="competence-suggestions" mb="xs">
        {t.competence.suggestionsTitle}
      </Heading>
      <ul className="card-list">
        {profile.suggestions.map((s) => (
          <li key={s.id} data-qa="competence-suggestion">
            <Paragraph>
              {t.competence.suggestionFrom} {t.competence.sections[s.change.section]}: {describe(s)}
            </Paragraph>
            <Button onClick={() => answer.mutate({ id: s.id, accept: true })}>
              {t.competence.accept}
            </Button>{' '}
            <Button variant="secondary" onClick={() => answer.mutate({ id: s.id, accept: false })}>
              {t.competence.reject}
            </Button>
          </li>
        ))}
      </ul>
      {answer.isError && <ErrorState error={answer.error} />}
    </section>
  )
}

function ImportForm({ customerId, baseVersion }: { customerId: string; baseVersion: number }) {
  const { t, lang } = useI18n()
  const queryClient = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const run = useMutation({
    mutationFn: async (f: File) => {
      const content = await f.text()
      const format = f.name.toLowerCase().endsWith('.json') ? 'json' : 'csv'
      return competenceApi.import(customerId, lang, { format, content, baseVersion })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['competence', customerId] }),
  })
  const problems = run.error instanceof ApiError ? (run.error.problem?.fields ?? []) : []
  return (
    <section
      aria-labelledby="competence-import"
      className="section no-print"
      data-qa="competence-import"
    >
      <Heading variant="h2" id="competence-import" mb="xs">
        {t.competence.importTitle}
      </Heading>
      <Paragraph mb="s">{t.competence.importIntro}</Paragraph>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (file) run.mutate(file)
        }}
      >
        <label htmlFor="competence-import-file" className="field-label">
          {t.competence.importFile}
        </label>
        <input
          id="competence-import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          data-qa="competence-import-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />{' '}
        <Button type="submit" disabled={!file || run.isPending} data-qa="competence-import-submit">
          {t.competence.importSubmit}
        </Button>
      </form>
      {run.isSuccess && (
        <InlineAlert status="neutral" role="status" data-qa="competence-imported">
          {t.competence.imported}
        </InlineAlert>
      )}
      {run.isError && (
        <InlineAlert
          status="error"
          role="alert"
          labelText={problemText(run.error, t)}
          data-qa="competence-import-errors"
        >
          <ul>
            {problems.map((p, i) => {
              const params = p.params ?? {}
              const where =
                typeof params.line === 'number'
                  ? t.competence.line(params.line)
                  : t.competence.item(Number(params.item ?? 0))
              return (
                <li key={i}>
                  {t.competence.importErrorAt(
                    where,
                    String(params.column ?? ''),
                    fieldMessage(p, t),
                  )}
                </li>
              )
            })}
          </ul>
        </InlineAlert>
      )}
    </section>
  )
}

function ShareLinks({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const queryClient = useQueryClient()
  const links = useQuery({
    queryKey: ['competence-share-links', customerId],
    queryFn: () => competenceApi.shareLinks(customerId),
  })
  const [sections, setSections] = useState<ShareSection[]>([
    'qualifications',
    'skills',
    'certificates',
    'languages',
  ])
  const [days, setDays] = useState('14')
  const [label, setLabel] = useState('')
  const [revoking, setRevoking] = useState<ShareLink | null>(null)
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['competence-share-links', customerId] })
  const create = useMutation({
    mutationFn: () =>
      competenceApi.createShareLink(customerId, { sections, validDays: Number(days), label }),
    onSuccess: refresh,
  })
  const revoke = useMutation({
    mutationFn: (id: string) => competenceApi.revokeShareLink(customerId, id),
    onSuccess: refresh,
  })
  return (
    <section
      aria-labelledby="competence-share"
      className="section no-print"
      data-qa="competence-share"
    >
      <Heading variant="h2" id="competence-share" mb="xs">
        {t.competence.shareTitle}
      </Heading>
      <Paragraph mb="s">{t.competence.shareIntro}</Paragraph>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          create.mutate()
        }}
      >
        <fieldset className="plain-fieldset">
          <legend>{t.competence.shareSections}</legend>
          {sectionNames.map((s) => (
            <Checkbox
              key={s}
              checked={sections.includes(s)}
              onClick={({ checkboxState }) =>
                setSections((old) => (checkboxState ? [...old, s] : old.filter((x) => x !== s)))
              }
            >
              {t.competence.sections[s]}
            </Checkbox>
          ))}
        </fieldset>
        <TextInput
          labelText={t.competence.shareLabel}
          value={label}
          onChange={(v) => setLabel(String(v ?? ''))}
        />
        <TextInput
          labelText={t.competence.shareDays}
          type="number"
          value={days}
          onChange={(v) => setDays(String(v ?? ''))}
        />
        <Button
          type="submit"
          disabled={sections.length === 0 || create.isPending}
          data-qa="competence-share-create"
        >
          {t.competence.shareCreate}
        </Button>
      </form>
      {create.isSuccess && (
        <InlineAlert status="neutral" role="status" data-qa="competence-share-created">
          {t.competence.shareCreated}{' '}
          <code data-qa="competence-share-url">{`${window.location.origin}${create.data.path}`}</code>
        </InlineAlert>
      )}
      {create.isError && <ErrorState error={create.error} />}
      <Heading variant="h3" mb="xxs">
        {t.competence.shareLinks}
      </Heading>
      {links.isPending ? (
        <Loading />
      ) : links.isError ? (
        <ErrorState error={links.error} />
      ) : links.data.items.length === 0 ? (
        <Paragraph>{t.competence.noLinks}</Paragraph>
      ) : (
        <ul className="card-list" data-qa="competence-share-links">
          {links.data.items.map((l) => (
            <li key={l.id} data-qa="competence-share-link">
              {[l.label, l.sections.map((s) => t.competence.sections[s]).join(', ')]
                .filter(Boolean)
                .join(' – ')}
              {' · '}
              {l.status === 'active'
                ? t.competence.shareUntil(formatDate(l.expiresAt, lang))
                : t.competence.shareStatus[l.status]}
              {l.status === 'active' && (
                <>
                  {' '}
                  <Button
                    variant="secondaryNoBorder"
                    onClick={() => setRevoking(l)}
                    data-qa="competence-share-revoke"
                  >
                    {t.competence.revoke}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        question={revoking ? t.competence.revokeQuestion : null}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id)
          setRevoking(null)
        }}
        onCancel={() => setRevoking(null)}
        qa="competence-revoke-dialog"
      />
    </section>
  )
}

/** The quick picker: a skill, card or wished occupation found by search, added as a new version. */
function AddConcept({ customerId, profile }: { customerId: string; profile: CompetenceProfile }) {
  const { t } = useI18n()
  const add = useSaveProfile(customerId, profile)
  return (
    <ConceptPanel
      qa="competence-add"
      title={t.competence.addTitle}
      pickLabel={(c) => t.competence.add(c.label)}
      onPick={(c) => add.mutate((content) => applyChange(content, conceptChange(c)))}
      done={add.isSuccess ? t.competence.added : null}
      doneQa="competence-added"
      error={add.isError ? add.error : null}
    />
  )
}
