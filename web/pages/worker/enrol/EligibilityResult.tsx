import { Link } from 'react-router'
import { Heading, InlineAlert } from 'suomifi-ui-components'
import type { EligibilityRule, EnrolmentCheck, Programme } from '../../../api/caseTypes'
import type { Translations } from '../../../i18n/fi'
import { lookup } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

export function ruleText(rule: EligibilityRule, programme: Programme | undefined, t: Translations) {
  switch (rule) {
    case 'age':
      return t.cases.rules.age(programme?.maxAgeExclusive ?? 30)
    case 'qualification': {
      const level = programme?.minQualification ?? 'vocational'
      return t.cases.rules.qualification(lookup(t.qualifications, level, level))
    }
    case 'municipality':
      return t.cases.rules.municipality
    case 'programme_period':
      return t.cases.rules.programme_period
  }
}

interface Props {
  result: EnrolmentCheck
  programme: Programme | undefined
}

/** Each target-group rule in plain words, met or not, in text as well as with a sign. */
export function EligibilityResult({ result, programme }: Props) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="check-result" className="check-result" data-qa="check-result">
      <Heading variant="h2" id="check-result" tabIndex={-1} mb="s">
        {t.cases.enrol.resultTitle}
      </Heading>
      <ul className="rule-list">
        {result.rules.map((r) => (
          <li
            key={r.rule}
            className={r.ok ? 'rule rule--ok' : 'rule rule--failed'}
            data-qa="rule"
            data-qa-rule={r.rule}
            data-qa-ok={String(r.ok)}
          >
            <span className="rule__sign" aria-hidden="true">
              {r.ok ? '✓' : '✗'}
            </span>
            <span>
              {ruleText(r.rule, programme, t)}:{' '}
              <strong>{r.ok ? t.cases.rules.met : t.cases.rules.notMet}</strong>
            </span>
          </li>
        ))}
      </ul>
      <InlineAlert
        status={result.eligible ? 'neutral' : 'warning'}
        className="block-gap"
        data-qa="check-summary"
      >
        {result.eligible ? t.cases.enrol.allMet : t.cases.enrol.someNotMet}
      </InlineAlert>
      {result.existingCustomerId && (
        <InlineAlert
          status={result.alreadyEnrolled ? 'error' : 'neutral'}
          className="block-gap"
          data-qa={result.alreadyEnrolled ? 'already-enrolled' : 'existing-customer'}
        >
          {result.alreadyEnrolled ? t.cases.enrol.alreadyEnrolled : t.cases.enrol.existingCustomer}{' '}
          <Link
            to={`/customers/${result.existingCustomerId}`}
            className="text-link"
            data-qa="existing-customer-link"
          >
            {t.cases.enrol.openCustomer}
          </Link>
        </InlineAlert>
      )}
    </section>
  )
}
