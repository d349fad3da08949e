import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Checkbox, CheckboxGroup, Heading, InlineAlert } from 'suomifi-ui-components'
import { weekdays, serviceLanguageCodes, type Weekday } from '../../../../src/shared/enums'
import { ApiError } from '../../../api/client'
import { serviceApi, type ServiceInput, type TrayService } from '../../../api/services'
import { problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { useOrganisations } from '../../../components/case/shared'
import { fieldMessage } from '../../../components/FormErrors'
import { emptyLocalised, LocalisedFields, TextField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { localName, type LocalisedName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { languages, type Lang } from '../../../i18n/languages'

interface Props {
  /** The service being edited; null drafts a new one. */
  service: TrayService | null
  /** Saves, and publishes when asked (after the confirmation). */
  onSave: (input: ServiceInput, publish: boolean) => Promise<void>
  busy: boolean
  error: unknown
}

const numberOrNull = (v: string): number | null => (v.trim() === '' ? null : Number(v))

/**
 * The service's form: texts in fi/sv/en, who it is for, where (one location with its address,
 * accessibility and opening hours) and whom to contact. A draft may be in Finnish alone; the
 * server names what publishing still needs, field by field.
 */
export function ServiceForm({ service, onSave, busy, error }: Props) {
  const { t, lang } = useI18n()
  const f = t.services.form
  const { items: organisations } = useOrganisations()
  const choices = useQuery({ queryKey: ['service-choices'], queryFn: serviceApi.choices })
  const location = service?.locations[0]
  const contact = service?.contacts[0]
  const [organisationId, setOrganisationId] = useState(service?.organisation.id ?? '')
  const [name, setName] = useState<LocalisedName>(service?.name ?? emptyLocalised())
  const [description, setDescription] = useState(service?.description ?? emptyLocalised())
  const [eligibility, setEligibility] = useState(service?.eligibility ?? emptyLocalised())
  const [applicationProcess, setApplicationProcess] = useState(
    service?.applicationProcess ?? emptyLocalised(),
  )
  const [fees, setFees] = useState(service?.fees ?? emptyLocalised())
  const [minimumAge, setMinimumAge] = useState(String(service?.minimumAge ?? ''))
  const [maximumAge, setMaximumAge] = useState(String(service?.maximumAge ?? ''))
  const [email, setEmail] = useState(service?.email ?? '')
  const [municipalityIds, setMunicipalityIds] = useState<string[]>(
    service?.municipalities.map((m) => m.id) ?? [],
  )
  const [termIds, setTermIds] = useState<string[]>(service?.terms.map((x) => x.id) ?? [])
  const [spoken, setSpoken] = useState<string[]>(service?.languages.map((l) => l.code) ?? [])
  const [locationName, setLocationName] = useState(location?.name ?? emptyLocalised())
  const [street, setStreet] = useState(location?.streetAddress ?? '')
  const [postal, setPostal] = useState(location?.postalCode ?? '')
  const [locationMunicipality, setLocationMunicipality] = useState(location?.municipality.id ?? '')
  const [accessibility, setAccessibility] = useState(location?.accessibility ?? emptyLocalised())
  const hours = location?.openingHours[0]
  const [days, setDays] = useState<Weekday[]>(hours?.weekdays ?? [])
  const [opensAt, setOpensAt] = useState(hours?.opensAt ?? '')
  const [closesAt, setClosesAt] = useState(hours?.closesAt ?? '')
  const [contactTitle, setContactTitle] = useState(contact?.title ?? emptyLocalised())
  const [contactEmail, setContactEmail] = useState(contact?.email ?? '')
  const [contactPhone, setContactPhone] = useState(contact?.phone ?? '')
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>({})
  const [confirmPublish, setConfirmPublish] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  // The server's field problems by path (`name.sv`, `body.locations.0.postalCode`).
  const serverErrors: Record<string, string> = {}
  if (error instanceof ApiError)
    for (const p of error.problem?.fields ?? []) {
      const path = p.field.replace(/^body\./, '')
      serverErrors[path] ??= fieldMessage(p, t)
    }
  const errors = { ...serverErrors, ...ownErrors }
  const textErrors = (path: string): Partial<Record<Lang, string>> =>
    Object.fromEntries(
      languages.flatMap((l) => (errors[`${path}.${l}`] ? [[l, errors[`${path}.${l}`]]] : [])),
    )
  const firstOf = (...paths: string[]) =>
    paths
      .map((p) => Object.entries(errors).find(([k]) => k === p || k.startsWith(`${p}.`)))
      .find(Boolean)?.[1]

  const input = (): ServiceInput => {
    const hasLocation = street.trim() !== '' || postal.trim() !== '' || locationName.fi !== ''
    const hasContact = contactTitle.fi.trim() !== '' || contactPhone.trim() !== ''
    return {
      organisationId,
      name,
      description,
      eligibility,
      applicationProcess,
      fees,
      minimumAge: numberOrNull(minimumAge),
      maximumAge: numberOrNull(maximumAge),
      url: service?.url ?? null,
      email: email.trim() || null,
      municipalityIds,
      termIds,
      languages: spoken as ServiceInput['languages'],
      locations: [
        ...(hasLocation
          ? [
              {
                name: locationName,
                streetAddress: street,
                postalCode: postal,
                municipalityId: locationMunicipality,
                accessibility,
                openingHours:
                  days.length > 0 || opensAt || closesAt
                    ? [{ weekdays: days, opensAt, closesAt }]
                    : [],
              },
            ]
          : []),
        // The form edits the first location and contact; any others stay as they are.
        ...(service?.locations.slice(1) ?? []).map((l) => ({
          name: l.name,
          streetAddress: l.streetAddress,
          postalCode: l.postalCode,
          municipalityId: l.municipality.id,
          accessibility: l.accessibility,
          openingHours: l.openingHours,
        })),
      ],
      contacts: [
        ...(hasContact
          ? [
              {
                title: contactTitle,
                email: contactEmail.trim() || null,
                phone: contactPhone.trim() || null,
              },
            ]
          : []),
        ...(service?.contacts.slice(1) ?? []).map((c) => ({
          title: c.title,
          email: c.email,
          phone: c.phone,
        })),
      ],
    }
  }

  const check = (): Record<string, string> => ({
    ...(organisationId ? {} : { organisationId: f.required }),
    ...(name.fi.trim() ? {} : { 'name.fi': f.required }),
    ...(description.fi.trim() ? {} : { 'description.fi': f.required }),
  })

  const submit = async (publish: boolean, confirmed = false) => {
    const found = check()
    setOwnErrors(found)
    if (Object.keys(found).length > 0) {
      window.requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      )
      return
    }
    if (publish && !confirmed) {
      setConfirmPublish(true)
      return
    }
    await onSave(input(), publish)
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus(),
    )
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void submit(false)
  }

  const toggle = (list: string[], set: (v: string[]) => void, id: string, on: boolean) =>
    set(on ? [...list, id] : list.filter((x) => x !== id))
  const municipalityOptions = (choices.data?.municipalities ?? []).map((m) => ({
    value: m.id,
    label: localName(m.name, lang),
  }))
  const hasErrors = Object.keys(errors).length > 0
  return (
    <form
      ref={formRef}
      className="form card-form"
      noValidate
      onSubmit={onSubmit}
      data-qa="service-form"
    >
      <ConfirmPublish
        open={confirmPublish}
        name={name[lang] || name.fi}
        onConfirm={() => {
          setConfirmPublish(false)
          void submit(true, true)
        }}
        onCancel={() => setConfirmPublish(false)}
      />
      {hasErrors && (
        <InlineAlert status="error" data-qa="service-form-errors">
          {f.fixErrors}
        </InlineAlert>
      )}
      {Boolean(error) && (
        <InlineAlert status="error" role="alert" data-qa="service-save-error">
          {error instanceof ApiError &&
          error.status === 409 &&
          error.problem?.code === 'changed_meanwhile'
            ? f.changedMeanwhile
            : problemText(error, t)}
        </InlineAlert>
      )}
      <NativeSelect
        label={f.organisation}
        placeholder={f.chooseOrganisation}
        options={organisations
          .filter((o) => o.kind !== 'coordinator')
          .map((o) => ({ value: o.id, label: localName(o.name, lang) }))}
        value={organisationId}
        onChange={setOrganisationId}
        error={errors.organisationId}
        qa="service-organisation"
      />
      <LocalisedFields
        legend={f.name}
        value={name}
        onChange={setName}
        errors={textErrors('name')}
        qa="service-name"
      />
      <LocalisedFields
        legend={f.description}
        value={description}
        onChange={setDescription}
        errors={textErrors('description')}
        qa="service-description"
        multiline
      />
      <LocalisedFields
        legend={`${f.eligibility} ${f.optional}`}
        value={eligibility}
        onChange={setEligibility}
        errors={textErrors('eligibility')}
        qa="service-eligibility"
        multiline
      />
      <div className="field-pair">
        <TextField
          label={f.minimumAge}
          value={minimumAge}
          onChange={setMinimumAge}
          inputMode="numeric"
          optionalText={f.optional}
          error={errors.minimumAge}
          qa="service-minimum-age"
        />
        <TextField
          label={f.maximumAge}
          value={maximumAge}
          onChange={setMaximumAge}
          inputMode="numeric"
          optionalText={f.optional}
          error={errors.maximumAge}
          qa="service-maximum-age"
        />
      </div>
      <LocalisedFields
        legend={`${f.applicationProcess} ${f.optional}`}
        value={applicationProcess}
        onChange={setApplicationProcess}
        errors={textErrors('applicationProcess')}
        qa="service-application"
        multiline
      />
      <LocalisedFields
        legend={`${f.fees} ${f.optional}`}
        value={fees}
        onChange={setFees}
        errors={textErrors('fees')}
        qa="service-fees"
      />
      <TextField
        label={f.email}
        type="email"
        value={email}
        onChange={setEmail}
        optionalText={f.optional}
        error={errors.email}
        qa="service-email"
      />
      <CheckboxGroup
        labelText={f.municipalities}
        id="service-municipalities"
        {...(firstOf('municipalityIds')
          ? { status: 'error' as const, groupStatusText: firstOf('municipalityIds') }
          : {})}
      >
        {municipalityOptions.map((m) => (
          <Checkbox
            key={m.value}
            id={`service-municipality-${m.value}`}
            checked={municipalityIds.includes(m.value)}
            onClick={({ checkboxState }) =>
              toggle(municipalityIds, setMunicipalityIds, m.value, checkboxState)
            }
            data-qa="service-municipality-choice"
          >
            {m.label}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup labelText={f.audience} id="service-terms">
        {(choices.data?.items ?? []).flatMap((taxonomy) =>
          taxonomy.terms.map((term) => (
            <Checkbox
              key={term.id}
              id={`service-term-${term.code}`}
              checked={termIds.includes(term.id)}
              onClick={({ checkboxState }) => toggle(termIds, setTermIds, term.id, checkboxState)}
              data-qa={`service-term-${term.code}`}
            >
              {localName(term.name, lang)}
            </Checkbox>
          )),
        )}
      </CheckboxGroup>
      <CheckboxGroup labelText={f.languages} id="service-languages">
        {serviceLanguageCodes.map((code) => (
          <Checkbox
            key={code}
            id={`service-language-${code}`}
            checked={spoken.includes(code)}
            onClick={({ checkboxState }) => toggle(spoken, setSpoken, code, checkboxState)}
            data-qa={`service-language-${code}`}
          >
            {t.services.languages[code]}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <section aria-labelledby="service-location" className="card-steps">
        <Heading variant="h2" id="service-location" mb="s">
          {f.location}
        </Heading>
        <LocalisedFields
          legend={f.locationName}
          value={locationName}
          onChange={setLocationName}
          errors={textErrors('locations.0.name')}
          qa="location-name"
        />
        <TextField
          label={f.streetAddress}
          value={street}
          onChange={setStreet}
          error={firstOf('locations.0.streetAddress')}
          qa="location-street"
        />
        <TextField
          label={f.postalCode}
          value={postal}
          onChange={setPostal}
          inputMode="numeric"
          error={firstOf('locations.0.postalCode')}
          qa="location-postal-code"
        />
        <NativeSelect
          label={f.municipality}
          placeholder={f.chooseMunicipality}
          options={municipalityOptions}
          value={locationMunicipality}
          onChange={setLocationMunicipality}
          error={firstOf('locations.0.municipalityId', 'locations')}
          qa="location-municipality"
        />
        <LocalisedFields
          legend={`${f.accessibility} ${f.optional}`}
          value={accessibility}
          onChange={setAccessibility}
          errors={textErrors('locations.0.accessibility')}
          qa="location-accessibility"
          multiline
        />
        <CheckboxGroup
          labelText={f.openingHours}
          id="location-weekdays"
          {...(firstOf('locations.0.openingHours.0.weekdays')
            ? {
                status: 'error' as const,
                groupStatusText: firstOf('locations.0.openingHours.0.weekdays'),
              }
            : {})}
        >
          {weekdays.map((d) => (
            <Checkbox
              key={d}
              id={`location-weekday-${d}`}
              checked={days.includes(d)}
              onClick={({ checkboxState }) =>
                setDays(
                  checkboxState
                    ? weekdays.filter((x) => x === d || days.includes(x))
                    : days.filter((x) => x !== d),
                )
              }
              data-qa={`location-weekday-${d}`}
            >
              {t.services.weekdayNames[d]}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div className="field-pair">
          <TextField
            label={f.opensAt}
            value={opensAt}
            onChange={setOpensAt}
            error={firstOf('locations.0.openingHours.0.opensAt')}
            qa="location-opens-at"
          />
          <TextField
            label={f.closesAt}
            value={closesAt}
            onChange={setClosesAt}
            error={firstOf('locations.0.openingHours.0.closesAt')}
            qa="location-closes-at"
          />
        </div>
      </section>

      <section aria-labelledby="service-contact" className="card-steps">
        <Heading variant="h2" id="service-contact" mb="s">
          {f.contact}
        </Heading>
        <p className="muted block-gap">{f.noPersonalData}</p>
        <LocalisedFields
          legend={f.contactTitle}
          value={contactTitle}
          onChange={setContactTitle}
          errors={textErrors('contacts.0.title')}
          qa="contact-title"
        />
        <TextField
          label={f.contactEmail}
          type="email"
          value={contactEmail}
          onChange={setContactEmail}
          optionalText={f.optional}
          error={firstOf('contacts.0.email')}
          qa="contact-email"
        />
        <TextField
          label={f.contactPhone}
          type="tel"
          value={contactPhone}
          onChange={setContactPhone}
          optionalText={f.optional}
          error={firstOf('contacts.0.phone')}
          qa="contact-phone"
        />
      </section>

      <div className="button-row">
        <BusyButton type="submit" busy={busy} busyText={t.common.saving} qa="service-save">
          {service?.status === 'published' ? f.save : f.saveDraft}
        </BusyButton>
        {service?.status !== 'published' && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void submit(true)}
            data-qa="service-publish"
          >
            {f.publish}
          </Button>
        )}
      </div>
    </form>
  )
}

function ConfirmPublish(props: {
  open: boolean
  name: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const tray = t.services.tray
  return (
    <ConfirmDialog
      question={
        props.open
          ? {
              title: tray.confirmPublishTitle,
              text: tray.confirmPublishText(props.name),
              confirm: tray.confirmPublish,
            }
          : null
      }
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
      qa="confirm-service-dialog"
    />
  )
}
