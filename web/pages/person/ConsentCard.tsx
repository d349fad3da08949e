import { Button, Heading } from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { Consent } from '../../api/types'
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

export function ConsentCard({ consent, organisationCode, onWithdraw }: Props) {
  const { t, lang } = useI18n()
  const org = localName(consent.recipient.name, lang)
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
        {consent.status === 'given' && (
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
