import { useQuery } from '@tanstack/react-query'
import { Heading, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { Network } from '../../api/types'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { DataTable, type Column } from '../../components/DataTable'
import { PageHeading } from '../../components/PageHeading'
import { formatCalendarDate, localName, lookup } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

type NetworkOrganisation = Network['organisations'][number]
type Programme = Network['programmes'][number]

function ProgrammeCard({ programme, network }: { programme: Programme; network: Network }) {
  const { t, lang } = useI18n()
  const nameOf = (
    items: { id: string; name: Network['regions'][number]['name'] }[],
    id: string,
  ) => {
    const item = items.find((i) => i.id === id)
    return item ? localName(item.name, lang) : id
  }
  const start = formatCalendarDate(programme.startsOn, lang)
  const period = programme.endsOn
    ? `${start} – ${formatCalendarDate(programme.endsOn, lang)}`
    : t.coordinator.periodOpenEnded(start)
  const qualification = lookup(
    t.qualifications,
    programme.minQualification,
    programme.minQualification,
  )
  return (
    <li className="card" data-qa="programme">
      <Heading variant="h3" mb="xs">
        {localName(programme.name, lang)}
      </Heading>
      <dl className="details details--compact">
        <div className="details__row">
          <dt>{t.coordinator.period}</dt>
          <dd data-qa="programme-period">{period}</dd>
        </div>
        <div className="details__row">
          <dt>{t.coordinator.targetGroup}</dt>
          <dd>
            <ul className="plain-list" data-qa="programme-rules">
              <li>{t.coordinator.ageRule(programme.maxAgeExclusive)}</li>
              <li>{t.coordinator.qualificationRule(qualification)}</li>
            </ul>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t.coordinator.municipalities}</dt>
          <dd>
            {programme.municipalityIds.map((id) => nameOf(network.municipalities, id)).join(', ')}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t.coordinator.partners}</dt>
          <dd>{programme.partnerIds.map((id) => nameOf(network.organisations, id)).join(', ')}</dd>
        </div>
      </dl>
    </li>
  )
}

function NetworkView({ network }: { network: Network }) {
  const { t, lang } = useI18n()
  const regionName = (id: string) => {
    const region = network.regions.find((r) => r.id === id)
    return region ? localName(region.name, lang) : ''
  }
  const columns: Column<NetworkOrganisation>[] = [
    { key: 'name', header: t.coordinator.name, cell: (o) => localName(o.name, lang) },
    { key: 'kind', header: t.coordinator.kind, cell: (o) => t.organisationKinds[o.kind] },
    { key: 'workers', header: t.coordinator.workers, cell: (o) => String(o.workerCount) },
    {
      key: 'legalBasis',
      header: t.coordinator.legalBasis,
      cell: (o) => o.legalBasis ?? t.coordinator.noLegalBasis,
    },
  ]
  return (
    <>
      <section aria-labelledby="programmes" className="section">
        <Heading variant="h2" id="programmes" mb="s">
          {t.coordinator.programmes}
        </Heading>
        {network.programmes.length === 0 ? (
          <EmptyState>{t.coordinator.noProgrammes}</EmptyState>
        ) : (
          <ul className="card-list">
            {network.programmes.map((p) => (
              <ProgrammeCard key={p.id} programme={p} network={network} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="organisations" className="section">
        <Heading variant="h2" id="organisations" mb="s">
          {t.coordinator.organisations}
        </Heading>
        <DataTable
          caption={t.coordinator.organisationsCaption}
          columns={columns}
          rows={network.organisations}
          rowKey={(o) => o.id}
          rowQa="network-organisation"
          rowAttributes={(o) => ({ 'data-qa-org-code': o.code })}
        />
      </section>
      <section aria-labelledby="municipalities" className="section">
        <Heading variant="h2" id="municipalities" mb="s">
          {t.coordinator.municipalities}
        </Heading>
        <ul className="plain-list" data-qa="municipalities">
          {network.municipalities.map((m) => (
            <li key={m.id} data-qa="municipality">
              {localName(m.name, lang)}{' '}
              <span className="muted">
                ({t.coordinator.region}: {regionName(m.regionId)})
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

/** The coordinator's overview of the partnership network. */
export function NetworkPage() {
  const { t } = useI18n()
  const network = useQuery({ queryKey: ['network'], queryFn: api.network })
  return (
    <>
      <PageHeading title={t.coordinator.title} />
      <Paragraph mb="l">{t.coordinator.intro}</Paragraph>
      {network.isPending ? (
        <Loading />
      ) : network.isError ? (
        <ErrorState error={network.error} />
      ) : (
        <NetworkView network={network.data} />
      )}
    </>
  )
}
