import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { Consent } from '../../api/types'
import { useAnnounce } from '../../components/Announcer'
import { problemText } from '../../components/AsyncState'
import { CategoryList } from '../../components/CategoryList'
import { formatDate, localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'

interface Props {
  consent: Consent
  organisationCode: string
  onWithdraw: (consent: Consent, button: HTMLButtonElement | null) => void
}

export const consentHeadingId = (consent: Consent): string => `consent-${consent.id}`

function StatusBadge({ status }: { status: Consent['status'] }) {
  const { t } = useI18n()
  return (
    <span className={`status-badge status-badge--${status}`} data-qa="consent-status">
      {t.consentStatus[status]}
    </span>
  )
}

/** A consent recorded in person with a special category takes effect when confirmed here. */
function ConfirmButton({ consent, org }: { consent: Consent; org: string }) {
  const { t } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const confirm = useMutation({
    mutationFn: () => api.confirmConsent(consent.customerId, consent.id, consent.version),
    onSuccess: () => {
      announce(t.person.confirmed(org))
      document.getElementById(consentHeadingId(consent))?.focus()
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['consents', consent.customerId] }),
  })
  return (
    <>
      {confirm.isError && (
        <InlineAlert status="error" role="alert">
          {problemText(confirm.error, t)}
        </InlineAlert>
      )}
      <Button
        disabled={confirm.isPending}
        aria-label={t.person.confirmFor(org)}
        onClick={() => confirm.mutate()}
        data-qa="confirm-consent"
      >
        {t.person.confirm}
      </Button>
    </>
  )
}

export function ConsentCard({ consent, organisationCode, onWithdraw }: Props) {
  const { t, lang } = useI18n()
  const org = localName(consent.recipient.name, lang)
  const awaiting = consent.status === 'awaiting_confirmation'
  return (
    <li
      className={`card consent-card consent-card--${consent.status}`}
      data-qa="consent-row"
      data-qa-org-code={organisationCode}
      data-qa-status={consent.status}
    >
      <div className="consent-card__head">
        <Heading variant="h3" id={consentHeadingId(consent)} tabIndex={-1}>
          {org}
        </Heading>
        <StatusBadge status={consent.status} />
      </div>
      {awaiting && (
        <Paragraph mb="s" data-qa="awaiting-text">
          {t.person.awaitingText}
        </Paragraph>
      )}
      <dl className="details details--compact">
        <div className="details__row">
          <dt>{t.consent.categories}</dt>
          <dd>
            <CategoryList categories={consent.dataCategories} />
          </dd>
        </div>
        <div className="details__row">
          <dt>{t.consent.givenAt}</dt>
          <dd data-qa="given-at">{formatDate(consent.givenAt, lang)}</dd>
        </div>
        <div className="details__row">
          <dt>{t.consent.method}</dt>
          <dd data-qa="consent-method">
            {consent.recordedBy
              ? t.consent.methodInPerson(consent.recordedBy.displayName)
              : t.consent.methodOnline}
          </dd>
        </div>
        {consent.confirmedAt && (
          <div className="details__row">
            <dt>{t.consent.confirmedAt}</dt>
            <dd data-qa="confirmed-at">{formatDate(consent.confirmedAt, lang)}</dd>
          </div>
        )}
        {consent.status !== 'withdrawn' && (
          <div className="details__row">
            <dt>{t.consent.validUntil}</dt>
            <dd data-qa="valid-until">
              {consent.validUntil
                ? formatDate(consent.validUntil, lang)
                : t.common.untilFurtherNotice}
            </dd>
          </div>
        )}
        {consent.withdrawnAt && (
          <div className="details__row">
            <dt>{t.consent.withdrawnAt}</dt>
            <dd data-qa="withdrawn-at">{formatDate(consent.withdrawnAt, lang)}</dd>
          </div>
        )}
      </dl>
      <div className="consent-card__actions">
        {awaiting && <ConfirmButton consent={consent} org={org} />}
        {(consent.status === 'given' || awaiting) && (
          <Button
            variant="secondary"
            aria-label={t.person.withdrawFor(org)}
            onClick={(e) => onWithdraw(consent, e.currentTarget as HTMLButtonElement)}
            data-qa="withdraw-consent"
          >
            {t.person.withdraw}
          </Button>
        )}
        <a
          href={api.receiptUrl(consent.customerId, consent.id)}
          download
          className="text-link"
          aria-label={t.person.receiptFor(org)}
          data-qa="consent-receipt"
        >
          {t.person.receipt}
        </a>
      </div>
    </li>
  )
}
