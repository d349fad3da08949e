import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { InlineAlert } from 'suomifi-ui-components'
import { isStatus } from '../../../api/client'
import { serviceApi, type ServiceInput, type TrayService } from '../../../api/services'
import { useAnnounce } from '../../../components/Announcer'
import { ErrorState, Loading } from '../../../components/AsyncState'
import { PageHeading } from '../../../components/PageHeading'
import { useI18n } from '../../../i18n/I18nProvider'
import { ServiceCard } from '../../worker/ServicesPage'
import { ServiceForm } from './ServiceForm'
import { ServiceStatus } from './ServiceTrayPage'

/** One service of the tray: a draft or a published one is edited, a retired one is read. */
export function ServiceEditPage() {
  const { t, lang } = useI18n()
  const tray = t.services.tray
  const { serviceId = 'new' } = useParams()
  const isNew = serviceId === 'new'
  const navigate = useNavigate()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const service = useQuery({
    queryKey: ['service-tray', serviceId],
    queryFn: () => serviceApi.one(serviceId),
    enabled: !isNew,
  })
  const save = useMutation({
    mutationFn: async (args: { input: ServiceInput; publish: boolean }) => {
      const current = service.data
      const saved: TrayService =
        isNew || !current
          ? await serviceApi.create(args.input)
          : await serviceApi.update(current.id, { ...args.input, version: current.version })
      return args.publish ? serviceApi.publish(saved) : saved
    },
  })
  const onSave = async (input: ServiceInput, publish: boolean) => {
    let saved: TrayService
    try {
      saved = await save.mutateAsync({ input, publish })
    } catch {
      // A draft saved before a refused publish is kept: show it with its new version.
      await queryClient.invalidateQueries({ queryKey: ['service-tray'] })
      return
    }
    queryClient.setQueryData(['service-tray', saved.id], saved)
    await queryClient.invalidateQueries({ queryKey: ['service-tray'] })
    announce(publish ? tray.publishedMsg(saved.name[lang] || saved.name.fi) : tray.savedMsg)
    if (isNew) await navigate(`/service-tray/${saved.id}`, { replace: true })
  }
  const title = isNew
    ? tray.newTitle
    : service.data
      ? tray.editTitle(service.data.name[lang] || service.data.name.fi)
      : tray.title
  return (
    <>
      <p className="back-link">
        <Link to="/service-tray" className="text-link" data-qa="back-to-tray">
          ← {tray.back}
        </Link>
      </p>
      <PageHeading title={title} />
      {service.data && (
        <p className="block-gap">
          <ServiceStatus service={service.data} />
        </p>
      )}
      {isNew ? (
        <ServiceForm service={null} onSave={onSave} busy={save.isPending} error={save.error} />
      ) : service.isPending ? (
        <Loading />
      ) : service.isError ? (
        isStatus(service.error, 404) ? (
          <InlineAlert status="warning">{t.notFound.text}</InlineAlert>
        ) : (
          <ErrorState error={service.error} />
        )
      ) : service.data.status === 'retired' ? (
        <>
          <InlineAlert className="block-gap" data-qa="read-only">
            {tray.readOnly}
          </InlineAlert>
          <ul className="card-list">
            <ServiceCard service={service.data} />
          </ul>
        </>
      ) : (
        <ServiceForm
          key={`${service.data.id}-${service.data.version}`}
          service={service.data}
          onSave={onSave}
          busy={save.isPending}
          error={save.error}
        />
      )}
    </>
  )
}
