import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { Button, InlineAlert } from 'suomifi-ui-components'
import { siteContentApi, type ContentPage, type ContentPageInput } from '../../api/siteContent'
import { useAnnounce } from '../../components/Announcer'
import { ErrorState, Loading, problemText } from '../../components/AsyncState'
import { LocalisedFields, emptyLocalised } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { ContentStatus, MarkdownPreview, PublicationPanel } from './EditorParts'

const blank = (): ContentPageInput => ({
  kind: 'employers',
  municipalityId: null,
  title: emptyLocalised(),
  body: emptyLocalised(),
})

/**
 * One website page: its texts in fi/sv/en as Markdown, a preview as the website will show it
 * (rendered and sanitised by the server), saving as a draft, publishing now or at a time, and
 * unpublishing (EditorParts: asked first). Stories and events are edited the same way.
 */
export function ContentPageEditPage() {
  const { pageId } = useParams()
  const isNew = pageId === 'new'
  const { t, lang } = useI18n()
  const s = t.siteContent
  const announce = useAnnounce()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const existing = useQuery({
    queryKey: ['site-pages', pageId],
    queryFn: () => siteContentApi.page(pageId!),
    enabled: !isNew,
  })
  const municipalities = useQuery({
    queryKey: ['site-municipalities'],
    queryFn: siteContentApi.municipalities,
  })
  const [form, setForm] = useState<ContentPageInput>(blank)
  const [page, setPage] = useState<ContentPage | null>(null)
  useEffect(() => {
    if (existing.data) {
      setPage(existing.data)
      setForm({
        kind: existing.data.kind,
        municipalityId: existing.data.municipalityId,
        title: existing.data.title,
        body: existing.data.body,
      })
    }
  }, [existing.data])

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['site-pages'] })
  const save = useMutation({
    mutationFn: () =>
      page
        ? siteContentApi.updatePage(page.id, { ...form, version: page.version })
        : siteContentApi.createPage(form),
    onSuccess: (saved) => {
      setPage(saved)
      announce(s.saved)
      void refresh()
      if (isNew) void navigate(`/site-content/pages/${saved.id}`, { replace: true })
    },
  })
  const publication = useMutation({
    mutationFn: ({ kind, at }: { kind: 'publish' | 'unpublish'; at: string | null }) =>
      kind === 'publish'
        ? siteContentApi.publishPage(page!, at)
        : siteContentApi.unpublishPage(page!),
    onSuccess: (changed, { kind }) => {
      setPage(changed)
      announce((kind === 'publish' ? s.published : s.unpublished)(localName(changed.title, lang)))
      void refresh()
    },
  })

  if (!isNew && existing.isPending) return <Loading />
  if (!isNew && existing.isError) return <ErrorState error={existing.error} />
  const failed = [save, publication].find((m) => m.isError)
  const name = localName(form.title, lang) || form.title.fi
  return (
    <>
      <p>
        <Link to="/site-content">{s.back}</Link>
      </p>
      <PageHeading title={isNew ? s.newPage : s.editPage} />
      {page && <ContentStatus item={page} />}
      {failed && (
        <InlineAlert status="error" data-qa="content-error">
          {problemText(failed.error, t)}
        </InlineAlert>
      )}
      <form
        data-qa="content-page-form"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate()
        }}
      >
        <NativeSelect
          label={s.municipality}
          placeholder={s.wholeRegion}
          options={(municipalities.data?.items ?? []).map((m) => ({
            value: m.id,
            label: localName(m.name, lang),
          }))}
          value={form.municipalityId ?? ''}
          onChange={(v) => setForm({ ...form, municipalityId: v || null })}
          qa="content-municipality"
        />
        <LocalisedFields
          legend={s.pageTitle}
          value={form.title}
          onChange={(title) => setForm({ ...form, title })}
          qa="content-title"
        />
        <LocalisedFields
          legend={s.body}
          value={form.body}
          onChange={(body) => setForm({ ...form, body })}
          qa="content-body"
          multiline
        />
        <Button type="submit" data-qa="save-content">
          {s.save}
        </Button>
      </form>
      <MarkdownPreview text={form.body} />
      {page && (
        <PublicationPanel
          item={page}
          name={name}
          onPublish={(at) => publication.mutate({ kind: 'publish', at })}
          onUnpublish={() => publication.mutate({ kind: 'unpublish', at: null })}
        />
      )}
    </>
  )
}
