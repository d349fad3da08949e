import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { Heading, InlineAlert } from 'suomifi-ui-components'
import { isStatus } from '../../api/client'
import { api } from '../../api/endpoints'
import type { CustomerSummary } from '../../api/types'
import { ErrorState, Loading } from '../../components/AsyncState'
import { CategoryList } from '../../components/CategoryList'
import { PageHeading } from '../../components/PageHeading'
import { formatCalendarDate, formatDate, localName, lookup } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { CaseSection } from './case/CaseSection'
import { CompetenceSection } from './CompetenceSection'

function Details({ customer }: { customer: CustomerSummary }) {
  const { t, lang } = useI18n()
  // Identity code and contact details travel only under a consent that names them.
  const missing = customer.permittedActions.includes('customer.read_identity')
    ? t.common.notSet
    : t.common.notShared
  const rows: [string, string, string][] = [
    [t.worker.identityCode, customer.identityCode ?? missing, 'identity-code'],
    [t.worker.birthDate, formatCalendarDate(customer.birthDate, lang), 'birth-date'],
    [t.worker.municipality, localName(customer.municipality.name, lang), 'municipality'],
    [
      t.worker.qualification,
      lookup(t.qualifications, customer.qualification, customer.qualification),
      'qualification',
    ],
    [t.worker.email, customer.email ?? missing, 'email'],
    [t.worker.phone, customer.phone ?? missing, 'phone'],
  ]
  return (
    <section aria-labelledby="basic-info" className="section">
      <Heading variant="h2" id="basic-info" mb="s">
        {t.worker.basicInfo}
      </Heading>
      <dl className="details">
        {rows.map(([label, value, qa]) => (
          <div key={qa} className="details__row">
            <dt>{label}</dt>
            <dd data-qa={qa}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function ConsentsHeld({ customer }: { customer: CustomerSummary }) {
  const { t, lang } = useI18n()
  return (
    <section aria-labelledby="consents-held" className="section">
      <Heading variant="h2" id="consents-held" mb="s">
        {t.worker.consentsHeld}
      </Heading>
      {customer.consentsHeld.length === 0 ? (
        <p data-qa="empty-state">{t.worker.consentsHeldEmpty}</p>
      ) : (
        <ul className="card-list">
          {customer.consentsHeld.map((c) => (
            <li key={c.id} className="card" data-qa="held-consent">
              <Heading variant="h3" mb="xs">
                {localName(c.recipient.name, lang)}
              </Heading>
              <dl className="details details--compact">
                <div className="details__row">
                  <dt>{t.consent.categories}</dt>
                  <dd>
                    <CategoryList categories={c.dataCategories} />
                  </dd>
                </div>
                <div className="details__row">
                  <dt>{t.consent.givenAt}</dt>
                  <dd>{formatDate(c.givenAt, lang)}</dd>
                </div>
                <div className="details__row">
                  <dt>{t.consent.validUntil}</dt>
                  <dd data-qa="valid-until">
                    {c.validUntil ? formatDate(c.validUntil, lang) : t.common.untilFurtherNotice}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function CustomerSummaryPage() {
  const { t } = useI18n()
  const { customerId = '' } = useParams()
  const customer = useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => api.customer(customerId),
  })
  const notFound = isStatus(customer.error, 404) || isStatus(customer.error, 400)

  return (
    <>
      <p className="back-link">
        <Link to="/customers" className="text-link" data-qa="back-to-list">
          ← {t.worker.backToList}
        </Link>
      </p>
      {customer.isPending ? (
        <>
          <PageHeading title={t.worker.summaryTitle} />
          <Loading />
        </>
      ) : notFound ? (
        <>
          <PageHeading title={t.worker.notFoundTitle} />
          <InlineAlert status="warning" data-qa="customer-not-found">
            {t.worker.notFound}
          </InlineAlert>
        </>
      ) : customer.isError ? (
        <>
          <PageHeading title={t.worker.summaryTitle} />
          <ErrorState error={customer.error} />
        </>
      ) : (
        <>
          <PageHeading title={`${customer.data.firstName} ${customer.data.lastName}`} />
          <Details customer={customer.data} />
          <ConsentsHeld customer={customer.data} />
          <CaseSection customerId={customer.data.id} />
          <CompetenceSection customerId={customer.data.id} />
        </>
      )}
    </>
  )
}
