import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { ApiError } from '../../api/client'
import { siteContentApi } from '../../api/siteContent'
import { fieldMessage } from '../../components/FormErrors'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextField } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { formatDateTime, type LocalisedName } from '../../i18n/format'
import type { Translations } from '../../i18n/fi'
import { useI18n } from '../../i18n/I18nProvider'
import { languages, type Lang } from '../../i18n/languages'

/**
 * The preview of a Markdown text in a chosen language, rendered and sanitised by the server
 * exactly as the website does (markdown.ts), so what the editor sees is what the site shows.
 */
export function MarkdownPreview({ text }: { text: LocalisedName }) {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const [previewLang, setPreviewLang] = useState<Lang>(lang)
  const preview = useMutation({ mutationFn: () => siteContentApi.preview(text[previewLang]) })
  return (
    <section aria-labelledby="preview-heading" className="content-preview">
      <Heading variant="h2" id="preview-heading" mb="s">
        {s.previewTitle}
      </Heading>
      <NativeSelect
        label={s.previewLanguage}
        placeholder={s.previewLanguage}
        options={languages.map((l) => ({ value: l, label: t.catalogue.inLanguage[l] }))}
        value={previewLang}
        onChange={(v) => setPreviewLang((v || lang) as Lang)}
        qa="preview-language"
      />
      <Button variant="secondary" onClick={() => preview.mutate()} data-qa="preview-content">
        {s.preview}
      </Button>
      {preview.data && (
        <div
          className="preview-box"
          lang={previewLang}
          data-qa="content-preview"
          dangerouslySetInnerHTML={{ __html: preview.data.html }}
        />
      )}
    </section>
  )
}

type Publishable = { status: 'draft' | 'published'; publishAt: string | null }

/** Draft, published, or published from a time still to come. */
export function ContentStatus({ item }: { item: Publishable }) {
  const { t } = useI18n()
  const scheduled =
    item.status === 'published' && item.publishAt !== null && new Date(item.publishAt) > new Date()
  const key = scheduled ? 'scheduled' : item.status
  return (
    <span className={`status-badge card-status--${item.status}`} data-qa="content-status">
      {t.siteContent.status[key]}
    </span>
  )
}

/**
 * Publishing now or at a time (empty: now), and unpublishing, each asked first. `blocked` says
 * why it cannot be published yet (e.g. no consent on record); the button then stays away.
 */
export function PublicationPanel({
  item,
  name,
  onPublish,
  onUnpublish,
  blocked,
}: {
  item: Publishable
  name: string
  onPublish: (publishAt: string | null) => void
  onUnpublish: () => void
  blocked?: string | null | undefined
}) {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const [publishAt, setPublishAt] = useState('')
  const [asked, setAsked] = useState<'publish' | 'unpublish' | null>(null)
  return (
    <section aria-labelledby="publication-heading">
      <Heading variant="h2" id="publication-heading" mb="s">
        {s.publication}
      </Heading>
      {item.status === 'draft' ? (
        blocked ? (
          <Paragraph data-qa="publication-blocked">{blocked}</Paragraph>
        ) : (
          <>
            <TextField
              label={s.publishAt}
              type="datetime-local"
              value={publishAt}
              onChange={setPublishAt}
              qa="content-publish-at"
            />
            <Button onClick={() => setAsked('publish')} data-qa="publish-content">
              {s.publish}
            </Button>
          </>
        )
      ) : (
        <Button
          variant="secondary"
          onClick={() => setAsked('unpublish')}
          data-qa="unpublish-content"
        >
          {s.unpublish}
        </Button>
      )}
      <ConfirmDialog
        question={
          asked === 'publish'
            ? {
                title: s.confirmPublishTitle,
                text: publishAt
                  ? s.confirmScheduleText(
                      name,
                      formatDateTime(new Date(publishAt).toISOString(), lang),
                    )
                  : s.confirmPublishText(name),
                confirm: s.publish,
              }
            : asked === 'unpublish'
              ? {
                  title: s.confirmUnpublishTitle,
                  text: s.confirmUnpublishText(name),
                  confirm: s.unpublish,
                }
              : null
        }
        onConfirm={() => {
          if (asked === 'publish') {
            onPublish(publishAt ? new Date(publishAt).toISOString() : null)
            setPublishAt('')
          } else if (asked === 'unpublish') onUnpublish()
          setAsked(null)
        }}
        onCancel={() => setAsked(null)}
        qa="confirm-content-dialog"
      />
    </section>
  )
}

/** An ISO time as the value of a `datetime-local` input, in the browser's own time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * A localised text's failing languages from a request's problem (e.g. `title.sv` missing when
 * publishing, `body.alt.en` when uploading a picture), in the user's language.
 */
export function languageErrors(
  error: unknown,
  field: string,
  t: Translations,
): Partial<Record<Lang, string>> {
  const result: Partial<Record<Lang, string>> = {}
  for (const l of languages) {
    const message = fieldError(error, `${field}.${l}`, t)
    if (message) result[l] = message
  }
  return result
}

/** One field's first problem in a request's problem document, in the user's language. */
export function fieldError(error: unknown, field: string, t: Translations): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  const p = error.problem?.fields?.find((f) => f.field.replace(/^body\./, '') === field)
  return p ? fieldMessage(p, t) : undefined
}
