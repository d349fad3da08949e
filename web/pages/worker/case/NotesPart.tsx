import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import { dataCategories, type DataCategory } from '../../../api/types'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { caseKey, useOrganisations } from '../../../components/case/shared'
import { TextAreaField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { formatDateTime } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

/** Backstage notes, each in a data category: a partner sees only the categories it may read. */
export function NotesPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { nameOf } = useOrganisations()
  const key = ['notes', ctx.customerId]
  const notes = useQuery({ queryKey: key, queryFn: () => caseApi.notes(ctx.customerId) })
  const [category, setCategory] = useState<DataCategory | ''>('employment_and_plan')
  const [body, setBody] = useState('')
  const [errors, setErrors] = useState<{ category?: string; body?: string }>({})
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const add = useMutation({
    mutationFn: (input: { category: DataCategory; body: string }) =>
      caseApi.addNote(ctx.customerId, input.category, input.body),
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = {
      ...(category ? {} : { category: t.cases.enrol.required }),
      ...(body.trim() ? {} : { body: t.cases.notes.bodyRequired }),
    }
    setErrors(found)
    if (!category || found.body) return bodyRef.current?.focus()
    try {
      await add.mutateAsync({ category, body: body.trim() })
      setBody('')
      announce(t.cases.notes.saved)
    } catch {
      bodyRef.current?.focus()
    } finally {
      await queryClient.invalidateQueries({ queryKey: key })
      // The timeline's first page comes with the case view.
      await queryClient.invalidateQueries({ queryKey: caseKey(ctx.customerId) })
    }
  }

  return (
    <section aria-labelledby="case-notes" className="section" data-qa="case-notes">
      <Heading variant="h3" id="case-notes" mb="xs">
        {t.cases.notes.title}
      </Heading>
      <Paragraph mb="s">{t.cases.notes.intro}</Paragraph>
      {notes.isPending ? (
        <Loading />
      ) : notes.isError ? (
        <ErrorState error={notes.error} />
      ) : notes.data.items.length === 0 ? (
        <EmptyState>{t.cases.notes.none}</EmptyState>
      ) : (
        <ul className="card-list">
          {notes.data.items.map((n) => (
            <li key={n.id} className="card note" data-qa="note">
              <p className="muted note__meta">
                {n.author.displayName}, {nameOf(n.organisationId)} ·{' '}
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, lang)}</time> ·{' '}
                <span data-qa="note-category">{t.dataCategories[n.dataCategory]}</span>
              </p>
              <p className="note__body" data-qa="note-body">
                {n.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      {ctx.canWrite && (
        <form
          className="form block-gap"
          noValidate
          onSubmit={(e) => void submit(e)}
          data-qa="note-form"
        >
          {add.isError && (
            <InlineAlert status="error" role="alert">
              {problemText(add.error, t)}
            </InlineAlert>
          )}
          <NativeSelect
            label={t.cases.notes.category}
            placeholder={t.cases.notes.category}
            options={dataCategories.map((c) => ({ value: c, label: t.dataCategories[c] }))}
            value={category}
            onChange={(v) => setCategory(v as DataCategory | '')}
            error={errors.category}
            qa="note-category-select"
          />
          <TextAreaField
            label={t.cases.notes.body}
            value={body}
            onChange={setBody}
            error={errors.body}
            qa="note-body-input"
            textareaRef={bodyRef}
            rows={4}
          />
          <BusyButton type="submit" busy={add.isPending} busyText={t.common.saving} qa="note-save">
            {t.cases.notes.save}
          </BusyButton>
        </form>
      )}
    </section>
  )
}
