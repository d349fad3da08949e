import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import {
  Checkbox,
  CheckboxGroup,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import { dataCategories, type DataCategory } from '../../../api/types'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import { CategoryList } from '../../../components/CategoryList'
import { refreshCase, requestsKey, useOrganisations } from '../../../components/case/shared'
import { NativeSelect } from '../../../components/NativeSelect'
import { formatDate, localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

const preselected: DataCategory[] = ['identity_and_contact', 'employment_and_plan']
type Mode = 'request' | 'record'

function RequestList({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n()
  const requests = useQuery({
    queryKey: requestsKey(customerId),
    queryFn: () => caseApi.consentRequests(customerId),
  })
  if (requests.isPending) return <Loading />
  if (requests.isError) return <ErrorState error={requests.error} />
  if (requests.data.items.length === 0)
    return <EmptyState>{t.cases.consents.noRequests}</EmptyState>
  return (
    <ul className="card-list">
      {requests.data.items.map((r) => (
        <li key={r.id} className="card" data-qa="consent-request" data-qa-status={r.status}>
          <p className="card__title">{localName(r.organisation.name, lang)}</p>
          <p>
            <span className={`status-badge request-status--${r.status}`}>
              {t.cases.consents.requestStatus[r.status]}
            </span>{' '}
            <span className="muted">
              {t.cases.consents.requestedOn(formatDate(r.requestedAt, lang))}
            </span>
          </p>
          <CategoryList categories={r.dataCategories} />
        </li>
      ))}
    </ul>
  )
}

/**
 * Consent requests sent to the young person, and a form to send one or, for the enrolling
 * organisation, to record a consent the young person gave in a meeting.
 */
export function ConsentPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const { items } = useOrganisations()
  const mayRecord = ctx.data.permittedActions.includes('consent.give')
  const [organisationId, setOrganisationId] = useState('')
  const [categories, setCategories] = useState<DataCategory[]>(preselected)
  const [mode, setMode] = useState<Mode>('request')
  const [errors, setErrors] = useState<{ organisation?: string; categories?: string }>({})
  const selectRef = useRef<HTMLSelectElement>(null)
  const submitMutation = useMutation({
    mutationFn: async (m: Mode) => {
      const chosen = dataCategories.filter((c) => categories.includes(c))
      if (m === 'record') {
        const recorded = await caseApi.recordConsent(ctx.customerId, organisationId, chosen)
        return recorded.status === 'awaiting_confirmation'
      }
      await caseApi.requestConsent(ctx.customerId, organisationId, chosen)
      return false
    },
  })
  const choices = items
    .filter((o) => o.kind !== 'coordinator' && o.id !== ctx.myOrganisationId)
    .map((o) => ({ value: o.id, label: localName(o.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = {
      ...(organisationId ? {} : { organisation: t.cases.consents.chooseOrganisation }),
      ...(categories.length ? {} : { categories: t.cases.consents.categoriesRequired }),
    }
    setErrors(found)
    if (found.organisation) return selectRef.current?.focus()
    if (found.categories) return
    const effective: Mode = mayRecord ? mode : 'request'
    const org = choices.find((c) => c.value === organisationId)?.label ?? ''
    try {
      const awaiting = await submitMutation.mutateAsync(effective)
      announce(
        effective === 'record'
          ? awaiting
            ? t.cases.consents.recordedAwaiting(org)
            : t.cases.consents.recorded(org)
          : t.cases.consents.sent(org),
      )
      setOrganisationId('')
      setCategories(preselected)
    } catch {
      selectRef.current?.focus()
    } finally {
      await refreshCase(queryClient, ctx.customerId)
    }
  }

  return (
    <section aria-labelledby="case-consents" className="section" data-qa="case-consents">
      <Heading variant="h3" id="case-consents" mb="s">
        {t.cases.consents.title}
      </Heading>
      <Heading variant="h4" mb="xs">
        {t.cases.consents.requestsTitle}
      </Heading>
      <RequestList customerId={ctx.customerId} />
      {ctx.canWrite && (
        <form
          className="form block-gap"
          noValidate
          onSubmit={(e) => void submit(e)}
          data-qa="consent-form"
        >
          <Heading variant="h4">{t.cases.consents.formTitle}</Heading>
          {submitMutation.isError && (
            <InlineAlert status="error" role="alert">
              {problemText(submitMutation.error, t)}
            </InlineAlert>
          )}
          <NativeSelect
            label={t.cases.consents.organisation}
            placeholder={t.cases.consents.chooseOrganisation}
            options={choices}
            value={organisationId}
            onChange={setOrganisationId}
            error={errors.organisation}
            qa="consent-request-organisation"
            selectRef={selectRef}
          />
          <CheckboxGroup
            labelText={t.cases.consents.categories}
            groupStatus={errors.categories ? 'error' : 'default'}
            groupStatusText={errors.categories}
            id="case-consent-categories"
          >
            {dataCategories.map((c) => (
              <Checkbox
                key={c}
                id={`case-consent-category-${c}`}
                checked={categories.includes(c)}
                onClick={({ checkboxState }) =>
                  setCategories((cur) => (checkboxState ? [...cur, c] : cur.filter((x) => x !== c)))
                }
                data-qa={`case-category-${c}`}
              >
                {t.dataCategories[c]}
              </Checkbox>
            ))}
          </CheckboxGroup>
          {mayRecord && (
            <RadioButtonGroup
              labelText={t.cases.consents.how}
              name="consent-mode"
              id="case-consent-mode"
              value={mode}
              onChange={(v) => setMode(v as Mode)}
            >
              <RadioButton value="request" id="consent-mode-request" data-qa="mode-request">
                {t.cases.consents.byRequest}
              </RadioButton>
              <RadioButton value="record" id="consent-mode-record" data-qa="mode-record">
                {t.cases.consents.inPerson}
              </RadioButton>
            </RadioButtonGroup>
          )}
          {mayRecord && mode === 'record' && (
            <Paragraph data-qa="in-person-hint">{t.cases.consents.inPersonHint}</Paragraph>
          )}
          <BusyButton
            type="submit"
            busy={submitMutation.isPending}
            busyText={t.common.saving}
            qa="consent-submit"
          >
            {mayRecord && mode === 'record'
              ? t.cases.consents.submitRecord
              : t.cases.consents.submitRequest}
          </BusyButton>
        </form>
      )}
    </section>
  )
}
