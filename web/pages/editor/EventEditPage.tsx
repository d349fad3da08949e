import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { siteContentApi, type ContentEvent, type ContentEventInput } from '../../api/siteContent'
import { useAnnounce } from '../../components/Announcer'
import { ErrorState, Loading, problemText } from '../../components/AsyncState'
import { LocalisedFields, TextField, emptyLocalised } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { contentAudiences, type ContentAudience } from '../../../src/shared/enums'
import {
  ContentStatus,
  MarkdownPreview,
  PublicationPanel,
  fieldError,
  languageErrors,
  toLocalInput,
} from './EditorParts'

/** The form's own values: times as `datetime-local` text, the price as euros text. */
interface EventForm {
  municipalityId: string
  audience: ContentAudience
  title: ContentEventInput['title']
  description: ContentEventInput['description']
  startsAt: string
  endsAt: string
  place: string
  price: string
  signUpUrl: string
}
type EventField = 'municipalityId' | 'startsAt' | 'endsAt' | 'place' | 'price' | 'signUpUrl'

const blank = (): EventForm => ({
  municipalityId: '',
  audience: 'young_people',
  title: emptyLocalised(),
  description: emptyLocalised(),
  startsAt: '',
  endsAt: '',
  place: '',
  price: '',
  signUpUrl: '',
})

const formOf = (e: ContentEvent): EventForm => ({
  municipalityId: e.municipalityId,
  audience: e.audience,
  title: e.title,
  description: e.description,
  startsAt: toLocalInput(e.startsAt),
  endsAt: toLocalInput(e.endsAt),
  place: e.place,
  price: e.priceCents === null ? '' : (e.priceCents / 100).toFixed(2),
  signUpUrl: e.signUpUrl ?? '',
})

const pricePattern = /^\d{1,6}([.,]\d{1,2})?$/
const urlPattern = /^https?:\/\/[^\s/$.?#][^\s]*$/i

/**
 * One calendar event: municipality, audience, texts in fi/sv/en (Markdown, previewed as the
 * site shows it), start and end, place, price and sign-up link; publishing now or at a time,
 * and unpublishing, each asked first.
 */
export function EventEditPage() {
  const { eventId } = useParams()
  const isNew = eventId === 'new'
  const { t, lang } = useI18n()
  const s = t.siteContent
  const announce = useAnnounce()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const existing = useQuery({
    queryKey: ['site-events', eventId],
    queryFn: () => siteContentApi.event(eventId!),
    enabled: !isNew,
  })
  const municipalities = useQuery({
    queryKey: ['site-municipalities'],
    queryFn: siteContentApi.municipalities,
  })
  const [form, setForm] = useState<EventForm>(blank)
  const [event, setEvent] = useState<ContentEvent | null>(null)
  const [errors, setErrors] = useState<Partial<Record<EventField, string>>>({})
  useEffect(() => {
    if (existing.data) {
      setEvent(existing.data)
      setForm(formOf(existing.data))
    }
  }, [existing.data])

  const changed = (next: ContentEvent) => {
    setEvent(next)
    void queryClient.invalidateQueries({ queryKey: ['site-events'], exact: true })
  }
  const save = useMutation({
    mutationFn: (input: ContentEventInput) =>
      event
        ? siteContentApi.updateEvent(event.id, { ...input, version: event.version })
        : siteContentApi.createEvent(input),
    onSuccess: (saved) => {
      changed(saved)
      announce(s.saved)
      if (isNew) void navigate(`/site-content/events/${saved.id}`, { replace: true })
    },
  })
  const publication = useMutation({
    mutationFn: ({ kind, at }: { kind: 'publish' | 'unpublish'; at: string | null }) =>
      kind === 'publish'
        ? siteContentApi.publishEvent(event!, at)
        : siteContentApi.unpublishEvent(event!),
    onSuccess: (next, { kind }) => {
      changed(next)
      announce((kind === 'publish' ? s.published : s.unpublished)(localName(next.title, lang)))
    },
  })

  /** The form's own checks, in the user's language; null when something is to be fixed. */
  const checked = (): ContentEventInput | null => {
    const found: Partial<Record<EventField, string>> = {}
    if (!form.municipalityId) found.municipalityId = s.municipalityRequired
    if (!form.startsAt) found.startsAt = s.timeRequired
    if (!form.endsAt) found.endsAt = s.timeRequired
    else if (form.startsAt && new Date(form.endsAt) < new Date(form.startsAt))
      found.endsAt = s.endsBeforeStart
    if (!form.place.trim()) found.place = s.placeRequired
    if (form.price.trim() && !pricePattern.test(form.price.trim())) found.price = s.priceInvalid
    if (form.signUpUrl.trim() && !urlPattern.test(form.signUpUrl.trim()))
      found.signUpUrl = s.urlInvalid
    setErrors(found)
    if (Object.keys(found).length > 0) return null
    const price = form.price.trim().replace(',', '.')
    return {
      municipalityId: form.municipalityId,
      audience: form.audience,
      title: form.title,
      description: form.description,
      startsAt: new Date(form.startsAt).toISOString(),
      endsAt: new Date(form.endsAt).toISOString(),
      place: form.place.trim(),
      priceCents: price ? Math.round(Number(price) * 100) : null,
      signUpUrl: form.signUpUrl.trim() || null,
    }
  }

  if (!isNew && existing.isPending) return <Loading />
  if (!isNew && existing.isError) return <ErrorState error={existing.error} />
  const failed = [save, publication].find((m) => m.isError)
  const name = localName(form.title, lang) || form.title.fi
  const error = (f: EventField) => errors[f] ?? fieldError(save.error, f, t)
  const text = (f: 'place' | 'price' | 'signUpUrl') => ({
    value: form[f],
    onChange: (v: string) => setForm({ ...form, [f]: v }),
    error: error(f),
  })
  return (
    <>
      <p>
        <Link to="/site-content">{s.back}</Link>
      </p>
      <PageHeading title={isNew ? s.newEvent : s.editEvent} />
      {event && <ContentStatus item={event} />}
      {failed && (
        <InlineAlert status="error" data-qa="content-error">
          {problemText(failed.error, t)}
        </InlineAlert>
      )}
      {Object.keys(errors).length > 0 && (
        <InlineAlert status="error" data-qa="event-form-errors">
          {s.fixErrors}
        </InlineAlert>
      )}
      <form
        data-qa="event-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          const input = checked()
          if (input) save.mutate(input)
        }}
      >
        <NativeSelect
          label={s.municipality}
          placeholder={s.chooseMunicipality}
          options={(municipalities.data?.items ?? []).map((m) => ({
            value: m.id,
            label: localName(m.name, lang),
          }))}
          value={form.municipalityId}
          onChange={(v) => setForm({ ...form, municipalityId: v })}
          error={error('municipalityId')}
          qa="event-municipality"
        />
        <NativeSelect
          label={s.audience}
          placeholder={s.audience}
          options={contentAudiences.map((a) => ({ value: a, label: s.audiences[a] ?? a }))}
          value={form.audience}
          onChange={(v) => setForm({ ...form, audience: (v || 'everyone') as ContentAudience })}
          qa="event-audience"
        />
        <LocalisedFields
          legend={s.pageTitle}
          value={form.title}
          onChange={(title) => setForm({ ...form, title })}
          errors={languageErrors(publication.error, 'title', t)}
          qa="content-title"
        />
        <LocalisedFields
          legend={s.eventDescription}
          value={form.description}
          onChange={(description) => setForm({ ...form, description })}
          errors={languageErrors(publication.error, 'description', t)}
          qa="content-body"
          multiline
        />
        <TextField
          label={s.startsAt}
          type="datetime-local"
          value={form.startsAt}
          onChange={(v) => setForm({ ...form, startsAt: v })}
          error={error('startsAt')}
          qa="event-starts-at"
        />
        <TextField
          label={s.endsAt}
          type="datetime-local"
          value={form.endsAt}
          onChange={(v) => setForm({ ...form, endsAt: v })}
          error={error('endsAt')}
          qa="event-ends-at"
        />
        <TextField label={s.place} {...text('place')} maxLength={300} qa="event-place" />
        <TextField
          label={s.price}
          hint={s.priceHint}
          inputMode="text"
          {...text('price')}
          qa="event-price"
        />
        <TextField
          label={s.signUpUrl}
          hint={s.signUpUrlHint}
          type="url"
          {...text('signUpUrl')}
          maxLength={1000}
          qa="event-sign-up-url"
        />
        <Button type="submit" data-qa="save-content">
          {s.save}
        </Button>
      </form>
      <MarkdownPreview text={form.description} />
      {event ? (
        <PublicationPanel
          item={event}
          name={name}
          onPublish={(at) => publication.mutate({ kind: 'publish', at })}
          onUnpublish={() => publication.mutate({ kind: 'unpublish', at: null })}
        />
      ) : (
        <Paragraph>{s.saveFirst}</Paragraph>
      )}
    </>
  )
}
