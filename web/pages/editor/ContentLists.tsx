import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { siteContentApi, type CareerStory, type ContentEvent } from '../../api/siteContent'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable } from '../../components/DataTable'
import { formatDateTime, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { ContentStatus } from './EditorParts'

/** A municipality's name in the user's language, or "whole region" for none. */
export function usePlaceName(): (id: string | null) => string {
  const { t, lang } = useI18n()
  const municipalities = useQuery({
    queryKey: ['site-municipalities'],
    queryFn: siteContentApi.municipalities,
  })
  return (id) => {
    if (id === null) return t.siteContent.wholeRegion
    const m = municipalities.data?.items.find((x) => x.id === id)
    return m ? localName(m.name, lang) : ''
  }
}

/** Whether the person's consent to publication is on record: none, given, or withdrawn. */
export const consentOf = (s: CareerStory): 'none' | 'given' | 'withdrawn' =>
  s.consentWithdrawnAt ? 'withdrawn' : s.consentGivenAt ? 'given' : 'none'

/** The career stories, newest edit first, a page at a time (docs/paging.md). */
export function StoryList() {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const placeName = usePlaceName()
  const stories = useInfiniteQuery({
    queryKey: ['site-stories'],
    queryFn: ({ pageParam }) => siteContentApi.stories(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const rows = stories.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <section aria-labelledby="stories-heading">
      <Heading variant="h2" id="stories-heading" mb="s">
        {s.stories}
      </Heading>
      <p>
        <Link to="/site-content/stories/new" data-qa="new-story">
          {s.newStory}
        </Link>
      </p>
      {stories.isPending ? (
        <Loading />
      ) : stories.isError ? (
        <ErrorState error={stories.error} />
      ) : rows.length === 0 ? (
        <EmptyState>{s.noStories}</EmptyState>
      ) : (
        <>
          <DataTable<CareerStory>
            caption={s.stories}
            rows={rows}
            rowKey={(r) => r.id}
            rowQa="story-row"
            columns={[
              {
                key: 'title',
                header: s.pageTitle,
                cell: (r) => (
                  <Link to={`/site-content/stories/${r.id}`}>
                    {localName(r.title, lang) || r.title.fi}
                  </Link>
                ),
              },
              { key: 'place', header: s.municipality, cell: (r) => placeName(r.municipalityId) },
              {
                key: 'consent',
                header: s.consentHeader,
                cell: (r) => s.consentState[consentOf(r)],
              },
              { key: 'status', header: s.statusHeader, cell: (r) => <ContentStatus item={r} /> },
            ]}
          />
          {stories.hasNextPage && (
            <Button
              variant="secondary"
              className="block-gap-top"
              disabled={stories.isFetchingNextPage}
              onClick={() => void stories.fetchNextPage()}
              data-qa="stories-more"
            >
              {s.more}
            </Button>
          )}
        </>
      )}
    </section>
  )
}

/** The calendar's events, latest start first, a page at a time; publish or unpublish each. */
export function EventList() {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const placeName = usePlaceName()
  const events = useInfiniteQuery({
    queryKey: ['site-events'],
    queryFn: ({ pageParam }) => siteContentApi.events(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const [asked, setAsked] = useState<{ kind: 'publish' | 'unpublish'; e: ContentEvent } | null>(
    null,
  )
  const change = useMutation({
    mutationFn: ({ kind, e }: { kind: 'publish' | 'unpublish'; e: ContentEvent }) =>
      kind === 'publish' ? siteContentApi.publishEvent(e) : siteContentApi.unpublishEvent(e),
    onSuccess: (e, { kind }) =>
      announce((kind === 'publish' ? s.published : s.unpublished)(localName(e.title, lang))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['site-events'] }),
  })
  const rows = events.data?.pages.flatMap((p) => p.items) ?? []
  const askedName = asked ? localName(asked.e.title, lang) : ''
  return (
    <section aria-labelledby="events-heading">
      <Heading variant="h2" id="events-heading" mb="s">
        {s.events}
      </Heading>
      <p>
        <Link to="/site-content/events/new" data-qa="new-event">
          {s.newEvent}
        </Link>
      </p>
      {change.isError && <InlineAlert status="error">{problemText(change.error, t)}</InlineAlert>}
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorState error={events.error} />
      ) : rows.length === 0 ? (
        <EmptyState>{s.noEvents}</EmptyState>
      ) : (
        <>
          <DataTable<ContentEvent>
            caption={s.events}
            rows={rows}
            rowKey={(e) => e.id}
            rowQa="content-event-row"
            columns={[
              {
                key: 'title',
                header: s.pageTitle,
                cell: (e) => (
                  <Link to={`/site-content/events/${e.id}`}>
                    {localName(e.title, lang) || e.title.fi}
                  </Link>
                ),
              },
              { key: 'when', header: s.when, cell: (e) => formatDateTime(e.startsAt, lang) },
              { key: 'place', header: s.municipality, cell: (e) => placeName(e.municipalityId) },
              { key: 'status', header: s.statusHeader, cell: (e) => <ContentStatus item={e} /> },
              {
                key: 'actions',
                header: s.actions,
                cell: (e) =>
                  e.status === 'draft' ? (
                    <Button
                      variant="secondary"
                      onClick={() => setAsked({ kind: 'publish', e })}
                      data-qa="publish-event"
                    >
                      {s.publish}
                    </Button>
                  ) : (
                    <Button
                      variant="secondary"
                      onClick={() => setAsked({ kind: 'unpublish', e })}
                      data-qa="unpublish-event"
                    >
                      {s.unpublish}
                    </Button>
                  ),
              },
            ]}
          />
          {events.hasNextPage && (
            <Button
              variant="secondary"
              className="block-gap-top"
              disabled={events.isFetchingNextPage}
              onClick={() => void events.fetchNextPage()}
              data-qa="events-more"
            >
              {s.more}
            </Button>
          )}
        </>
      )}
      <ConfirmDialog
        question={
          asked
            ? asked.kind === 'publish'
              ? {
                  title: s.confirmPublishTitle,
                  text: s.confirmPublishText(askedName),
                  confirm: s.publish,
                }
              : {
                  title: s.confirmUnpublishTitle,
                  text: s.confirmUnpublishText(askedName),
                  confirm: s.unpublish,
                }
            : null
        }
        onConfirm={() => {
          if (asked) change.mutate(asked)
          setAsked(null)
        }}
        onCancel={() => setAsked(null)}
        qa="confirm-event-dialog"
      />
    </section>
  )
}
