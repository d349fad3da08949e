import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { EventCardVersion } from '../../../api/caseTypes'
import { EmptyState, ErrorState, Loading } from '../../../components/AsyncState'
import { DataTable, type Column } from '../../../components/DataTable'
import { PageHeading } from '../../../components/PageHeading'
import { formatDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { useCardActions } from './useCardActions'

/** Versions grouped by card, newest version first; cards in the order of their code. */
function byCard(versions: EventCardVersion[]): EventCardVersion[][] {
  const groups = new Map<string, EventCardVersion[]>()
  for (const v of versions) groups.set(v.eventCardId, [...(groups.get(v.eventCardId) ?? []), v])
  return [...groups.values()]
    .map((g) => g.sort((a, b) => b.version - a.version))
    .sort((a, b) => (a[0]?.code ?? '').localeCompare(b[0]?.code ?? ''))
}

export function StatusText({ version }: { version: EventCardVersion }) {
  const { t } = useI18n()
  return (
    <span className={`status-badge card-status--${version.status}`} data-qa="card-status">
      {t.catalogue.cards.status[version.status]}
    </span>
  )
}

function CardVersions({ versions }: { versions: EventCardVersion[] }) {
  const { t, lang } = useI18n()
  const actions = useCardActions()
  const latest = versions[0]!
  const name = localName(latest.name, lang)
  const hasDraft = versions.some((v) => v.status === 'draft')
  const columns: Column<EventCardVersion>[] = [
    {
      key: 'version',
      header: t.catalogue.cards.version,
      cell: (v) => (
        <Link to={`/catalogue/event-cards/${v.id}`} className="text-link" data-qa="version-link">
          {v.status === 'draft'
            ? t.catalogue.cards.editDraft(v.version)
            : t.catalogue.cards.view(v.version)}
        </Link>
      ),
    },
    { key: 'state', header: t.catalogue.cards.state, cell: (v) => <StatusText version={v} /> },
    {
      key: 'published',
      header: t.catalogue.cards.published,
      cell: (v) => (v.publishedAt ? formatDate(v.publishedAt, lang) : '–'),
    },
    {
      key: 'actions',
      header: t.catalogue.cards.actions,
      cell: (v) => (
        <span className="button-row button-row--compact">
          {v.status === 'draft' && (
            <Button
              variant="secondary"
              disabled={actions.busy}
              aria-label={t.catalogue.cards.publishVersion(v.version)}
              onClick={() => actions.askPublish(v)}
              data-qa="publish-version"
            >
              {t.catalogue.cards.publish}
            </Button>
          )}
          {v.status === 'published' && (
            <Button
              variant="secondary"
              disabled={actions.busy}
              aria-label={t.catalogue.cards.retireVersion(v.version)}
              onClick={() => actions.askRetire(v)}
              data-qa="retire-version"
            >
              {t.catalogue.cards.retire}
            </Button>
          )}
        </span>
      ),
    },
  ]
  const published = versions.find((v) => v.status === 'published')
  return (
    <section
      aria-labelledby={`card-${latest.eventCardId}`}
      className="section"
      data-qa="event-card"
      data-qa-code={latest.code}
    >
      <ConfirmDialog {...actions.confirmation} />
      <Heading variant="h2" id={`card-${latest.eventCardId}`} mb="xs">
        {name}
      </Heading>
      <p className="muted block-gap">
        <code>{latest.code}</code>
      </p>
      {actions.errorText && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="card-error">
          {actions.errorText}
        </InlineAlert>
      )}
      <DataTable
        caption={t.catalogue.cards.versionsCaption(name)}
        columns={columns}
        rows={versions}
        rowKey={(v) => v.id}
        rowQa="card-version"
        rowAttributes={(v) => ({
          'data-qa-version': String(v.version),
          'data-qa-status': v.status,
        })}
      />
      {published && !hasDraft && (
        <div className="block-gap-top">
          <Button
            variant="secondary"
            disabled={actions.busy}
            aria-label={t.catalogue.cards.newVersionOf(name)}
            onClick={() => actions.newVersion.mutate(published)}
            data-qa="new-version"
          >
            {t.catalogue.cards.newVersion}
          </Button>
        </div>
      )}
    </section>
  )
}

/** The event-card catalogue by card, each with its versions and what can be done to them. */
export function EventCardsPage() {
  const { t } = useI18n()
  const cards = useQuery({ queryKey: ['event-cards'], queryFn: caseApi.eventCards })
  return (
    <>
      <PageHeading title={t.catalogue.cards.title} />
      <Paragraph mb="m">{t.catalogue.cards.intro}</Paragraph>
      <p className="block-gap">
        <Link to="/catalogue/event-cards/new" className="button-link" data-qa="new-card">
          {t.catalogue.cards.newCard}
        </Link>
      </p>
      {cards.isPending ? (
        <Loading />
      ) : cards.isError ? (
        <ErrorState error={cards.error} />
      ) : cards.data.items.length === 0 ? (
        <EmptyState>{t.catalogue.cards.empty}</EmptyState>
      ) : (
        byCard(cards.data.items).map((versions) => (
          <CardVersions key={versions[0]!.eventCardId} versions={versions} />
        ))
      )}
    </>
  )
}
