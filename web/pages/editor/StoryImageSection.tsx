import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { siteContentApi, type CareerStory } from '../../api/siteContent'
import { useAnnounce } from '../../components/Announcer'
import { problemText } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Field } from '../../components/Field'
import { LocalisedFields, emptyLocalised } from '../../components/FormFields'
import type { LocalisedName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { languages, type Lang } from '../../i18n/languages'
import { languageErrors } from './EditorParts'

/** As the server checks it (story-images.ts): larger files are refused there too. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024

/** A file as base64, without the `data:` prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/**
 * The story's picture: the stored one (as re-encoded by the server, shown with its alt text
 * whatever the story's status), a file to upload with its alt text in fi/sv/en, and removal
 * after a question. The server checks size and type and answers `image_too_large` or
 * `image_unsupported`, shown in the user's language.
 */
export function StoryImageSection({
  story,
  name,
  onChange,
}: {
  story: CareerStory
  name: string
  onChange: (story: CareerStory) => void
}) {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const fileRef = useRef<HTMLInputElement>(null)
  const [alt, setAlt] = useState<LocalisedName>(() => story.image?.alt ?? emptyLocalised())
  const [fileError, setFileError] = useState<string | undefined>()
  const [altErrors, setAltErrors] = useState<Partial<Record<Lang, string>>>({})
  const [askRemove, setAskRemove] = useState(false)
  const imageId = story.image?.id ?? null
  const stored = useQuery({
    queryKey: ['site-story-image', story.id, imageId],
    queryFn: () => siteContentApi.storyImage(story.id),
    enabled: imageId !== null,
  })
  const done = (next: CareerStory, message: string) => {
    onChange(next)
    announce(message)
    void queryClient.invalidateQueries({ queryKey: ['site-story-image', story.id] })
  }
  const upload = useMutation({
    mutationFn: async (file: File) =>
      siteContentApi.uploadStoryImage(story.id, { data: await base64Of(file), alt }),
    onSuccess: (next) => {
      if (fileRef.current) fileRef.current.value = ''
      done(next, s.imageUploaded)
    },
  })
  const remove = useMutation({
    mutationFn: () => siteContentApi.removeStoryImage(story.id),
    onSuccess: (next) => {
      setAlt(emptyLocalised())
      done(next, s.imageRemoved)
    },
  })
  const submit = () => {
    const file = fileRef.current?.files?.[0]
    const missing = Object.fromEntries(
      languages.filter((l) => alt[l].trim() === '').map((l) => [l, s.altRequired]),
    )
    setAltErrors(missing)
    const tooLarge = file && file.size > MAX_IMAGE_BYTES
    setFileError(!file ? s.chooseFile : tooLarge ? t.errors.problems.image_too_large : undefined)
    if (!file || tooLarge || Object.keys(missing).length > 0) return
    upload.mutate(file)
  }
  const failed = [upload, remove].find((m) => m.isError)
  const serverAlt = languageErrors(upload.error, 'alt', t)
  return (
    <section aria-labelledby="image-heading" data-qa="story-image">
      <Heading variant="h2" id="image-heading" mb="s">
        {s.imageTitle}
      </Heading>
      {failed && (
        <InlineAlert status="error" data-qa="image-error">
          {problemText(failed.error, t)}
        </InlineAlert>
      )}
      {story.image ? (
        <figure>
          {stored.data && (
            <img
              className="story-image-preview"
              src={`data:image/webp;base64,${stored.data.data}`}
              alt={story.image.alt[lang]}
              width={story.image.width}
              height={story.image.height}
              data-qa="stored-image"
            />
          )}
          <figcaption>{s.storedImage}</figcaption>
          <Button variant="secondary" onClick={() => setAskRemove(true)} data-qa="remove-image">
            {s.removeImage}
          </Button>
        </figure>
      ) : (
        <Paragraph mb="s" data-qa="no-image">
          {s.noImage}
        </Paragraph>
      )}
      <form
        data-qa="image-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Field label={s.imageFile} hint={s.imageFileHint} error={fileError} qa="image-file">
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={() => setFileError(undefined)}
              data-qa="image-file"
            />
          )}
        </Field>
        <LocalisedFields
          legend={s.imageAlt}
          value={alt}
          onChange={setAlt}
          errors={{ ...serverAlt, ...altErrors }}
          qa="image-alt"
        />
        <Button type="submit" disabled={upload.isPending} data-qa="upload-image">
          {s.uploadImage}
        </Button>
      </form>
      <ConfirmDialog
        question={
          askRemove
            ? {
                title: s.confirmRemoveImageTitle,
                text: s.confirmRemoveImageText(name),
                confirm: s.removeImage,
              }
            : null
        }
        onConfirm={() => {
          remove.mutate()
          setAskRemove(false)
        }}
        onCancel={() => setAskRemove(false)}
        qa="confirm-image-dialog"
      />
    </section>
  )
}
