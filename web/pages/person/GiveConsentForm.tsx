import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Checkbox, CheckboxGroup, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import { dataCategories, type DataCategory, type GiveConsentInput } from '../../api/types'
import { useAnnounce } from '../../components/Announcer'
import { ErrorState, Loading, problemText } from '../../components/AsyncState'
import { Field } from '../../components/Field'
import { serverFieldErrors } from '../../components/FormErrors'
import type { Translations } from '../../i18n/fi'
import { NativeSelect } from '../../components/NativeSelect'
import { endOfDayInFinland, localName, todayInFinland } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { BusyButton } from '../../components/BusyButton'

const preselected: DataCategory[] = ['identity_and_contact', 'employment_and_plan']

interface FormErrors {
  organisation?: string
  categories?: string
  validUntil?: string
}

/** Maps the API's failing fields (`body.validUntil`, …) onto this form's fields. */
function fieldErrorsOf(error: unknown, t: Translations): FormErrors {
  const found = serverFieldErrors(error, t, [
    'recipientOrganisationId',
    'dataCategories',
    'validUntil',
  ] as const)
  return {
    organisation: found.recipientOrganisationId,
    categories: found.dataCategories,
    validUntil: found.validUntil,
  }
}

export function GiveConsentForm({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations })
  const consents = useQuery({
    queryKey: ['consents', customerId],
    queryFn: () => api.consents(customerId),
  })
  const give = useMutation({
    mutationFn: (input: GiveConsentInput) => api.giveConsent(customerId, input),
  })
  const [organisationId, setOrganisationId] = useState('')
  const [categories, setCategories] = useState<DataCategory[]>(preselected)
  const [validUntil, setValidUntil] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const selectRef = useRef<HTMLSelectElement>(null)
  const dateRef = useRef<HTMLInputElement>(null)
  const groupRef = useRef<HTMLDivElement>(null)

  // One awaiting confirmation is confirmed (or withdrawn) on its card, not given anew.
  const active = new Set(
    (consents.data?.items ?? [])
      .filter((c) => c.status === 'given' || c.status === 'awaiting_confirmation')
      .map((c) => c.recipient.id),
  )
  // Consent is for partners only; the coordinator does no customer work.
  const choices = (organisations.data?.items ?? [])
    .filter((o) => o.kind !== 'coordinator' && !active.has(o.id))
    .map((o) => ({ value: o.id, label: localName(o.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))

  const toggle = (category: DataCategory, checked: boolean) =>
    setCategories((current) =>
      checked ? [...new Set([...current, category])] : current.filter((c) => c !== category),
    )

  const focusFirstError = (e: FormErrors) => {
    if (e.organisation) selectRef.current?.focus()
    else if (e.categories) groupRef.current?.querySelector('input')?.focus()
    else if (e.validUntil) dateRef.current?.focus()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const found: FormErrors = {
      ...(organisationId ? {} : { organisation: t.person.organisationRequired }),
      ...(categories.length > 0 ? {} : { categories: t.person.categoriesRequired }),
      ...(validUntil && validUntil < todayInFinland()
        ? { validUntil: t.person.validUntilInvalid }
        : {}),
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return focusFirstError(found)
    try {
      const consent = await give.mutateAsync({
        recipientOrganisationId: organisationId,
        purpose: 'joint_customership',
        dataCategories: dataCategories.filter((c) => categories.includes(c)),
        validUntil: validUntil ? endOfDayInFinland(validUntil) : null,
      })
      setOrganisationId('')
      setCategories(preselected)
      setValidUntil('')
      announce(t.person.given(localName(consent.recipient.name, lang)))
    } catch (e) {
      const fromServer = fieldErrorsOf(e, t)
      setErrors(fromServer)
      setFormError(problemText(e, t))
      focusFirstError(fromServer)
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['consents', customerId] })
    }
  }

  const body = () => {
    if (organisations.isPending || consents.isPending) return <Loading />
    if (organisations.isError) return <ErrorState error={organisations.error} />
    if (consents.isError) return <ErrorState error={consents.error} />
    if (choices.length === 0)
      return <Paragraph data-qa="all-consents-given">{t.person.allGiven}</Paragraph>
    return (
      <form
        className="form"
        noValidate
        onSubmit={(e) => void submit(e)}
        data-qa="give-consent-form"
      >
        <Paragraph mb="m">{t.person.giveIntro}</Paragraph>
        {formError && (
          <InlineAlert
            status="error"
            role="alert"
            className="block-gap"
            data-qa="give-consent-error"
          >
            {formError}
          </InlineAlert>
        )}
        <NativeSelect
          label={t.person.organisation}
          placeholder={t.person.chooseOrganisation}
          options={choices}
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisation}
          qa="consent-organisation"
          selectRef={selectRef}
        />
        <CheckboxGroup
          ref={groupRef}
          id="consent-categories"
          labelText={t.person.categoriesLabel}
          groupStatus={errors.categories ? 'error' : 'default'}
          groupStatusText={errors.categories}
          data-qa="consent-categories"
        >
          {dataCategories.map((c) => (
            <Checkbox
              key={c}
              id={`consent-category-${c}`}
              checked={categories.includes(c)}
              onClick={({ checkboxState }) => toggle(c, checkboxState)}
              hintText={t.dataCategoryHints[c]}
              data-qa={`category-${c}`}
            >
              {t.dataCategories[c]}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Field
          label={t.person.validUntilLabel}
          optionalText={t.person.optional}
          hint={t.person.validUntilHint}
          error={errors.validUntil}
          qa="consent-valid-until"
        >
          {(control) => (
            <input
              {...control}
              ref={dateRef}
              type="date"
              min={todayInFinland()}
              value={validUntil}
              onChange={(e) => setValidUntil(e.target.value)}
              data-qa="consent-valid-until"
            />
          )}
        </Field>
        <BusyButton
          type="submit"
          busy={give.isPending}
          busyText={t.common.saving}
          qa="give-consent-submit"
        >
          {t.person.submit}
        </BusyButton>
      </form>
    )
  }

  return (
    <section aria-labelledby="give-consent" className="section" data-qa="give-consent">
      <Heading variant="h2" id="give-consent" mb="xs">
        {t.person.giveTitle}
      </Heading>
      {body()}
    </section>
  )
}
