import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { siteContentApi, type ContentEvent, type ContentPage } from '../../api/siteContent'
import { useAnnounce } from '../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../components/AsyncState'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { formatDateTime, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

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

/** The content editor's home: the website's pages and events, and what can be done to them. */
export function SiteContentPage() {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const pages = useQuery({ queryKey: ['site-pages'], queryFn: siteContentApi.pages })
  const events = useQuery({ queryKey: ['site-events'], queryFn: siteContentApi.events })
  const municipalities = useQuery({
    queryKey: ['site-municipalities'],
    queryFn: siteContentApi.municipalities,
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
  const placeName = (id: string | null) =>
    id === null
      ? s.wholeRegion
      : localName(
          municipalities.data?.items.find((m) => m.id === id)?.name ?? { fi: '', sv: '', en: '' },
          lang,
        )

  if (pages.isPending || events.isPending) return <Loading />
  if (pages.isError) return <ErrorState error={pages.error} />
  if (events.isError) return <ErrorState error={events.error} />
  const askedName = asked ? localName(asked.e.title, lang) : ''
  return (
    <>
      <PageHeading title={s.title} />
      <Heading variant="h2" mb="s">
        {s.pages}
      </Heading>
      <p>
        <Link to="/site-content/pages/new" data-qa="new-content-page">
          {s.newPage}
        </Link>
      </p>
      {pages.data.items.length === 0 ? (
        <EmptyState>{s.noPages}</EmptyState>
      ) : (
        <DataTable<ContentPage>
          caption={s.pages}
          rows={pages.data.items}
          rowKey={(p) => p.id}
          rowQa="content-page-row"
          columns={[
            {
              key: 'title',
              header: s.pageTitle,
              cell: (p) => (
                <Link to={`/site-content/pages/${p.id}`}>
                  {localName(p.title, lang) || p.title.fi}
                </Link>
              ),
            },
            { key: 'kind', header: s.kind, cell: (p) => s.kinds[p.kind] },
            { key: 'place', header: s.municipality, cell: (p) => placeName(p.municipalityId) },
            { key: 'status', header: s.statusHeader, cell: (p) => <ContentStatus item={p} /> },
          ]}
        />
      )}
      <Heading variant="h2" mb="s">
        {s.events}
      </Heading>
      {change.isError && <InlineAlert status="error">{problemText(change.error, t)}</InlineAlert>}
      {events.data.items.length === 0 ? (
        <EmptyState>{s.noEvents}</EmptyState>
      ) : (
        <DataTable<ContentEvent>
          caption={s.events}
          rows={events.data.items}
          rowKey={(e) => e.id}
          rowQa="content-event-row"
          columns={[
            {
              key: 'title',
              header: s.pageTitle,
              cell: (e) => localName(e.title, lang) || e.title.fi,
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
        qa="confirm-content-dialog"
      />
    </>
  )
}
