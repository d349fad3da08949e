import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { siteContentApi, type CareerStory, type CareerStoryInput } from '../../api/siteContent'
import { useAnnounce } from '../../components/Announcer'
import { ErrorState, Loading, problemText } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { LocalisedFields, emptyLocalised } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { consentOf } from './ContentLists'
import { ContentStatus, MarkdownPreview, PublicationPanel, languageErrors } from './EditorParts'
import { StoryImageSection } from './StoryImageSection'

const blank = (): CareerStoryInput => ({
  municipalityId: '',
  title: emptyLocalised(),
  body: emptyLocalised(),
})

type Asked = 'consent' | 'withdraw' | null

/**
 * One career story: its municipality and texts in fi/sv/en (Markdown, previewed as the site
 * shows it), the person's consent to publication (the API publishes only with it on record),
 * its picture, and publishing now or at a time, or unpublishing — each asked first.
 */
export function StoryEditPage() {
  const { storyId } = useParams()
  const isNew = storyId === 'new'
  const { t, lang } = useI18n()
  const s = t.siteContent
  const announce = useAnnounce()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const existing = useQuery({
    queryKey: ['site-stories', storyId],
    queryFn: () => siteContentApi.story(storyId!),
    enabled: !isNew,
  })
  const municipalities = useQuery({
    queryKey: ['site-municipalities'],
    queryFn: siteContentApi.municipalities,
  })
  const [form, setForm] = useState<CareerStoryInput>(blank)
  const [story, setStory] = useState<CareerStory | null>(null)
  const [municipalityError, setMunicipalityError] = useState<string | undefined>()
  const [asked, setAsked] = useState<Asked>(null)
  useEffect(() => {
    if (existing.data) {
      setStory(existing.data)
      setForm({
        municipalityId: existing.data.municipalityId,
        title: existing.data.title,
        body: existing.data.body,
      })
    }
  }, [existing.data])

  const changed = (next: CareerStory) => {
    setStory(next)
    void queryClient.invalidateQueries({ queryKey: ['site-stories'], exact: true })
  }
  const save = useMutation({
    mutationFn: () =>
      story
        ? siteContentApi.updateStory(story.id, { ...form, version: story.version })
        : siteContentApi.createStory(form),
    onSuccess: (saved) => {
      changed(saved)
      announce(s.saved)
      if (isNew) void navigate(`/site-content/stories/${saved.id}`, { replace: true })
    },
  })
  const consent = useMutation({
    mutationFn: (kind: 'consent' | 'withdraw') =>
      kind === 'consent'
        ? siteContentApi.recordStoryConsent(story!)
        : siteContentApi.withdrawStoryConsent(story!),
    onSuccess: (next, kind) => {
      changed(next)
      announce(kind === 'consent' ? s.consentRecorded : s.consentWithdrawnDone)
    },
  })
  const publication = useMutation({
    mutationFn: ({ kind, at }: { kind: 'publish' | 'unpublish'; at: string | null }) =>
      kind === 'publish'
        ? siteContentApi.publishStory(story!, at)
        : siteContentApi.unpublishStory(story!),
    onSuccess: (next, { kind }) => {
      changed(next)
      announce((kind === 'publish' ? s.published : s.unpublished)(localName(next.title, lang)))
    },
  })

  if (!isNew && existing.isPending) return <Loading />
  if (!isNew && existing.isError) return <ErrorState error={existing.error} />
  const failed = [save, consent, publication].find((m) => m.isError)
  const name = localName(form.title, lang) || form.title.fi
  const state = story ? consentOf(story) : 'none'
  return (
    <>
      <p>
        <Link to="/site-content">{s.back}</Link>
      </p>
      <PageHeading title={isNew ? s.newStory : s.editStory} />
      {story && <ContentStatus item={story} />}
      {failed && (
        <InlineAlert status="error" data-qa="content-error">
          {problemText(failed.error, t)}
        </InlineAlert>
      )}
      <form
        data-qa="story-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (!form.municipalityId) {
            setMunicipalityError(s.municipalityRequired)
            return
          }
          setMunicipalityError(undefined)
          save.mutate()
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
          error={municipalityError}
          qa="story-municipality"
        />
        <LocalisedFields
          legend={s.pageTitle}
          value={form.title}
          onChange={(title) => setForm({ ...form, title })}
          errors={languageErrors(publication.error, 'title', t)}
          qa="content-title"
        />
        <LocalisedFields
          legend={s.storyBody}
          value={form.body}
          onChange={(body) => setForm({ ...form, body })}
          errors={languageErrors(publication.error, 'body', t)}
          qa="content-body"
          multiline
        />
        <Button type="submit" data-qa="save-content">
          {s.save}
        </Button>
      </form>
      <MarkdownPreview text={form.body} />
      {story ? (
        <>
          <section aria-labelledby="consent-heading" data-qa="story-consent">
            <Heading variant="h2" id="consent-heading" mb="s">
              {s.consentTitle}
            </Heading>
            <Paragraph mb="s" data-qa="consent-state" data-state={state}>
              <strong>
                {state === 'given'
                  ? s.consentGiven(formatDateTime(story.consentGivenAt!, lang))
                  : state === 'withdrawn'
                    ? s.consentWithdrawn(formatDateTime(story.consentWithdrawnAt!, lang))
                    : s.consentNone}
              </strong>
            </Paragraph>
            <Paragraph mb="s">{s.consentMeaning}</Paragraph>
            {state === 'given' ? (
              <Button
                variant="secondary"
                onClick={() => setAsked('withdraw')}
                data-qa="withdraw-consent"
              >
                {s.withdrawConsent}
              </Button>
            ) : (
              <Button
                variant="secondary"
                onClick={() => setAsked('consent')}
                data-qa="record-consent"
              >
                {s.recordConsent}
              </Button>
            )}
          </section>
          <StoryImageSection story={story} name={name} onChange={changed} />
          <PublicationPanel
            item={story}
            name={name}
            blocked={state === 'given' ? null : s.publishNeedsConsent}
            onPublish={(at) => publication.mutate({ kind: 'publish', at })}
            onUnpublish={() => publication.mutate({ kind: 'unpublish', at: null })}
          />
        </>
      ) : (
        <Paragraph>{s.saveFirst}</Paragraph>
      )}
      <ConfirmDialog
        question={
          asked === 'consent'
            ? {
                title: s.confirmConsentTitle,
                text: s.confirmConsentText(name),
                confirm: s.recordConsent,
              }
            : asked === 'withdraw'
              ? {
                  title: s.confirmWithdrawTitle,
                  text: s.confirmWithdrawText(name),
                  confirm: s.withdrawConsent,
                }
              : null
        }
        onConfirm={() => {
          if (asked) consent.mutate(asked)
          setAsked(null)
        }}
        onCancel={() => setAsked(null)}
        qa="confirm-consent-dialog"
      />
    </>
  )
}
