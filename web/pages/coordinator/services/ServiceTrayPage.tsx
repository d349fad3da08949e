import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { serviceApi, type TrayService } from '../../../api/services'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { DataTable, type Column } from '../../../components/DataTable'
import { PageHeading } from '../../../components/PageHeading'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

export function ServiceStatus({ service }: { service: TrayService }) {
  const { t } = useI18n()
  return (
    <span className={`status-badge card-status--${service.status}`} data-qa="service-status">
      {t.services.status[service.status]}
    </span>
  )
}

/** Publish and retire, each asked first: both change what workers and the public see. */
export function useServiceActions() {
  const { t, lang } = useI18n()
  const tray = t.services.tray
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['service-tray'] })
  const publish = useMutation({
    mutationFn: serviceApi.publish,
    onSuccess: (s) => announce(tray.publishedMsg(localName(s.name, lang))),
    onSettled: refresh,
  })
  const retire = useMutation({
    mutationFn: serviceApi.retire,
    onSuccess: (s) => announce(tray.retiredMsg(localName(s.name, lang))),
    onSettled: refresh,
  })
  const [asked, setAsked] = useState<{ kind: 'publish' | 'retire'; s: TrayService } | null>(null)
  const name = asked ? asked.s.name[lang] || asked.s.name.fi : ''
  const confirmation = {
    question: asked
      ? asked.kind === 'publish'
        ? {
            title: tray.confirmPublishTitle,
            text: tray.confirmPublishText(name),
            confirm: tray.confirmPublish,
          }
        : {
            title: tray.confirmRetireTitle,
            text: tray.confirmRetireText(name),
            confirm: tray.confirmRetire,
          }
      : null,
    onConfirm: () => {
      if (asked) (asked.kind === 'publish' ? publish : retire).mutate(asked.s)
      setAsked(null)
    },
    onCancel: () => setAsked(null),
    qa: 'confirm-service-dialog',
  }
  const failed = [publish, retire].find((m) => m.isError)
  return {
    askPublish: (s: TrayService) => setAsked({ kind: 'publish', s }),
    askRetire: (s: TrayService) => setAsked({ kind: 'retire', s }),
    confirmation,
    errorText: failed ? problemText(failed.error, t) : null,
    busy: publish.isPending || retire.isPending,
  }
}

/** The coordinator's service tray: every service in every state, and what can be done to it. */
export function ServiceTrayPage() {
  const { t, lang } = useI18n()
  const tray = t.services.tray
  const actions = useServiceActions()
  const services = useInfiniteQuery({
    queryKey: ['service-tray'],
    queryFn: ({ pageParam }) => serviceApi.tray({ after: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const nameOf = (s: TrayService) => s.name[lang] || s.name.fi
  const columns: Column<TrayService>[] = [
    {
      key: 'name',
      header: tray.name,
      cell: (s) => (
        <Link
          to={`/service-tray/${s.id}`}
          className="text-link"
          aria-label={tray.editFor(nameOf(s))}
          data-qa="service-link"
        >
          {nameOf(s)}
        </Link>
      ),
    },
    {
      key: 'organisation',
      header: tray.organisation,
      cell: (s) => localName(s.organisation.name, lang),
    },
    { key: 'state', header: tray.state, cell: (s) => <ServiceStatus service={s} /> },
    {
      key: 'actions',
      header: tray.actions,
      cell: (s) => (
        <span className="button-row button-row--compact">
          {s.status === 'draft' && (
            <Button
              variant="secondary"
              disabled={actions.busy}
              aria-label={tray.publishFor(nameOf(s))}
              onClick={() => actions.askPublish(s)}
              data-qa="service-publish-row"
            >
              {tray.publish}
            </Button>
          )}
          {s.status === 'published' && (
            <Button
              variant="secondary"
              disabled={actions.busy}
              aria-label={tray.retireFor(nameOf(s))}
              onClick={() => actions.askRetire(s)}
              data-qa="service-retire-row"
            >
              {tray.retire}
            </Button>
          )}
        </span>
      ),
    },
  ]
  const items = services.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <>
      <PageHeading title={tray.title} />
      <Paragraph mb="m">{tray.intro}</Paragraph>
      <ConfirmDialog {...actions.confirmation} />
      <p className="block-gap">
        <Link to="/service-tray/new" className="button-link" data-qa="new-service">
          {tray.newService}
        </Link>
      </p>
      {actions.errorText && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="service-error">
          {actions.errorText}
        </InlineAlert>
      )}
      {services.isPending ? (
        <Loading />
      ) : services.isError ? (
        <ErrorState error={services.error} />
      ) : items.length === 0 ? (
        <EmptyState>{tray.empty}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={tray.caption}
            columns={columns}
            rows={items}
            rowKey={(s) => s.id}
            rowQa="service-row"
            rowAttributes={(s) => ({ 'data-qa-status': s.status })}
          />
          {services.hasNextPage && (
            <Button
              variant="secondary"
              className="block-gap-top"
              disabled={services.isFetchingNextPage}
              onClick={() => void services.fetchNextPage()}
              data-qa="service-tray-more"
            >
              {tray.more}
            </Button>
          )}
        </>
      )}
    </>
  )
}
