import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Heading } from 'suomifi-ui-components'
import { siteContentApi, type ContentPage } from '../../api/siteContent'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { EventList, StoryList, usePlaceName } from './ContentLists'
import { ContentStatus } from './EditorParts'

/** The content editor's home: the website's pages, career stories and events. */
export function SiteContentPage() {
  const { t, lang } = useI18n()
  const s = t.siteContent
  const pages = useQuery({ queryKey: ['site-pages'], queryFn: siteContentApi.pages })
  const placeName = usePlaceName()

  if (pages.isPending) return <Loading />
  if (pages.isError) return <ErrorState error={pages.error} />
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
      <StoryList />
      <EventList />
    </>
  )
}
