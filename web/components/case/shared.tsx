import { useQuery, type QueryClient } from '@tanstack/react-query'
import { isStatus } from '../../api/client'
import type { Contact, ServiceAction, ServiceActionStatus } from '../../api/caseTypes'
import { api } from '../../api/endpoints'
import type { Translations } from '../../i18n/fi'
import { formatCalendarDate, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { problemText } from '../AsyncState'

/** The worker's case view: the case, the plan and the timeline's first page, in one request. */
export const caseKey = (customerId: string) => ['case', customerId] as const
export const planKey = (customerId: string) => ['plan', customerId] as const
export const timelineKey = (customerId: string) => ['case-timeline', customerId] as const
export const requestsKey = (customerId: string) => ['consent-requests', customerId] as const

/**
 * After a change on the case: everything derived from it is read again (the case view brings
 * the timeline's first page with it; later pages are read again from there).
 */
export async function refreshCase(queryClient: QueryClient, customerId: string): Promise<void> {
  await Promise.all(
    [caseKey(customerId), requestsKey(customerId), ['customer', customerId], ['work-queue']].map(
      (queryKey) => queryClient.invalidateQueries({ queryKey }),
    ),
  )
}

/** Names and codes of the network's organisations, for ids the case API returns. */
export function useOrganisations() {
  const { lang } = useI18n()
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations })
  const items = organisations.data?.items ?? []
  return {
    items,
    nameOf: (id: string | null): string => {
      const o = items.find((i) => i.id === id)
      return o ? localName(o.name, lang) : ''
    },
    codeOf: (id: string): string => items.find((i) => i.id === id)?.code ?? '',
  }
}

/** A stale version (409) has its own plain explanation; anything else is the API's own. */
export function changeErrorText(error: unknown, t: Translations): string {
  return isStatus(error, 409) ? t.cases.case.stale : problemText(error, t)
}

export function ActionStatusBadge({ status, text }: { status: ServiceActionStatus; text: string }) {
  return (
    <span className={`status-badge action-status action-status--${status}`} data-qa="action-status">
      {text}
    </span>
  )
}

/**
 * Why a step waits or moved without its owner's doing (a consent ended, the case ended), in the
 * team's words; nothing when it has no such reason.
 */
export function StepReason({
  step,
}: {
  step: Pick<ServiceAction, 'statusReason' | 'ownerOrganisationId' | 'handedOverFromOrganisationId'>
}) {
  const { t } = useI18n()
  const { nameOf } = useOrganisations()
  if (!step.statusReason) return null
  const text = step.handedOverFromOrganisationId
    ? t.cases.handedOver(nameOf(step.handedOverFromOrganisationId))
    : t.cases.statusReasons[step.statusReason](nameOf(step.ownerOrganisationId))
  return (
    <span className="step-reason" data-qa="step-reason" data-qa-reason={step.statusReason}>
      {text}
    </span>
  )
}

/** Overdue is said in words as well as shown in colour, so that it never rests on colour alone. */
export function OverdueMark({ dueOn }: { dueOn: string }) {
  const { t, lang } = useI18n()
  return (
    <span className="overdue-mark" data-qa="overdue">
      <span aria-hidden="true">! </span>
      {t.cases.overdueSince(formatCalendarDate(dueOn, lang))}
    </span>
  )
}

/** A contact person's name with their phone and e-mail as links (a phone can call at once). */
export function ContactDetails({ contact, suffix }: { contact: Contact; suffix?: string }) {
  const { t } = useI18n()
  return (
    <span className="contact" data-qa="contact">
      <span>
        <span className="contact__name" data-qa="contact-name">
          {contact.displayName}
        </span>
        {suffix && ` ${suffix}`}
      </span>
      {contact.phone && (
        <span className="contact__line">
          {t.cases.plan.phone}:{' '}
          <a className="text-link" href={`tel:${contact.phone.replace(/\s+/g, '')}`}>
            {contact.phone}
          </a>
        </span>
      )}
      {contact.email && (
        <span className="contact__line">
          {t.cases.plan.email}:{' '}
          <a className="text-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </span>
      )}
    </span>
  )
}
