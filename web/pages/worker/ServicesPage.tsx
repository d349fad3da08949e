import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, Paragraph } from 'suomifi-ui-components'
import { serviceApi, type TrayService } from '../../api/services'
import { EmptyState, ErrorState, Loading } from '../../components/AsyncState'
import { TextField } from '../../components/FormFields'
import { NativeSelect } from '../../components/NativeSelect'
import { PageHeading } from '../../components/PageHeading'
import { localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

/** One published service as a worker reads it before referring: who, where, when, how. */
export function ServiceCard({ service }: { service: TrayService }) {
  const { t, lang } = useI18n()
  const s = t.services
  const text = (v: { fi: string; sv: string; en: string }) => v[lang] || v.fi
  const headingId = `service-${service.id}`
  const rows: [string, string][] = [
    [s.list.organisation, localName(service.organisation.name, lang)],
    [s.list.municipalities, service.municipalities.map((m) => localName(m.name, lang)).join(', ')],
    [
      s.list.eligibility,
      [
        text(service.eligibility),
        service.minimumAge !== null || service.maximumAge !== null
          ? s.list.ages(service.minimumAge, service.maximumAge)
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    ],
    [s.list.applicationProcess, text(service.applicationProcess)],
    [s.list.fees, text(service.fees)],
    [s.list.languages, service.languages.map((l) => s.languages[l.code]).join(', ')],
  ]
  return (
    <li className="card service-card" data-qa="service-card" aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="xs">
        {text(service.name)}
      </Heading>
      <Paragraph mb="s">{text(service.description)}</Paragraph>
      <dl className="details details--compact">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div className="details__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {service.locations.map((l) => (
          <div className="details__row" key={l.id}>
            <dt>{s.list.address}</dt>
            <dd>
              {text(l.name)}, {l.streetAddress}, {l.postalCode}{' '}
              {localName(l.municipality.name, lang)}
              {l.openingHours.map((h, i) => (
                <span className="service-card__line" key={i}>
                  {s.list.openingHours}: {h.weekdays.map((d) => s.weekdays[d]).join(', ')}{' '}
                  {h.opensAt}–{h.closesAt}
                </span>
              ))}
              {text(l.accessibility) && (
                <span className="service-card__line">
                  {s.list.accessibility}: {text(l.accessibility)}
                </span>
              )}
            </dd>
          </div>
        ))}
        {service.contacts.length > 0 && (
          <div className="details__row">
            <dt>{s.list.contact}</dt>
            <dd>
              {service.contacts.map((c) => (
                <span className="service-card__line" key={c.id}>
                  {[text(c.title), c.phone, c.email].filter(Boolean).join(', ')}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </li>
  )
}

/** The workers' read-only list of published services, searchable and by municipality. */
export function ServicesPage() {
  const { t, lang } = useI18n()
  const s = t.services.list
  const [draft, setDraft] = useState('')
  const [search, setSearch] = useState('')
  const [municipalityId, setMunicipalityId] = useState('')
  const choices = useQuery({ queryKey: ['service-choices'], queryFn: serviceApi.choices })
  const services = useInfiniteQuery({
    queryKey: ['services', search, municipalityId],
    queryFn: ({ pageParam }) =>
      serviceApi.published({
        search: search || undefined,
        municipalityId: municipalityId || undefined,
        after: pageParam ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setSearch(draft.trim())
  }
  const items = services.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <>
      <PageHeading title={s.title} />
      <Paragraph mb="m">{s.intro}</Paragraph>
      <form className="filter-row" role="search" onSubmit={onSubmit} data-qa="service-search">
        <TextField label={s.search} value={draft} onChange={setDraft} qa="service-search-text" />
        <NativeSelect
          label={s.municipality}
          placeholder={s.allMunicipalities}
          options={(choices.data?.municipalities ?? []).map((m) => ({
            value: m.id,
            label: localName(m.name, lang),
          }))}
          value={municipalityId}
          onChange={setMunicipalityId}
          qa="service-municipality"
        />
        <Button type="submit" data-qa="service-search-submit">
          {s.searchButton}
        </Button>
      </form>
      {services.isPending ? (
        <Loading />
      ) : services.isError ? (
        <ErrorState error={services.error} />
      ) : items.length === 0 ? (
        <EmptyState>{s.empty}</EmptyState>
      ) : (
        <>
          <p className="muted" aria-live="polite" data-qa="service-count">
            {s.count(items.length, services.hasNextPage)}
          </p>
          <ul className="card-list service-list" data-qa="service-list">
            {items.map((service) => (
              <ServiceCard key={service.id} service={service} />
            ))}
          </ul>
          {services.hasNextPage && (
            <Button
              variant="secondary"
              disabled={services.isFetchingNextPage}
              onClick={() => void services.fetchNextPage()}
              data-qa="services-more"
            >
              {s.more}
            </Button>
          )}
        </>
      )}
    </>
  )
}
