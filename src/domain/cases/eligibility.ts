import type { QualificationLevel } from '../organisations/schema'
import { eligibilityRules, type EligibilityRule } from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export { eligibilityRules, type EligibilityRule }

/** A programme's target-group rules, as stored in the programme row. */
export interface TargetGroupRules {
  startsOn: string
  endsOn: string | null
  maxAgeExclusive: number
  minQualification: QualificationLevel
  municipalityIds: readonly string[]
}

export interface Applicant {
  birthDate: string
  qualification: QualificationLevel
  municipalityId: string
}

export interface RuleResult {
  rule: EligibilityRule
  ok: boolean
}

const qualificationRank: Record<QualificationLevel, number> = {
  none: 0,
  upper_secondary_general: 1,
  vocational: 2,
  higher: 3,
}

/** Whole years between a birth date and a day, both ISO dates (no time zone involved). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/**
 * The target group of the pilot: under 30 on the enrolment date, at least a vocational
 * qualification, living in a programme municipality, within the programme period.
 */
export function evaluateEligibility(
  rules: TargetGroupRules,
  applicant: Applicant,
  enrolmentDate: string,
): RuleResult[] {
  return [
    { rule: 'age', ok: ageOn(applicant.birthDate, enrolmentDate) < rules.maxAgeExclusive },
    {
      rule: 'qualification',
      ok: qualificationRank[applicant.qualification] >= qualificationRank[rules.minQualification],
    },
    { rule: 'municipality', ok: rules.municipalityIds.includes(applicant.municipalityId) },
    {
      rule: 'programme_period',
      ok:
        enrolmentDate >= rules.startsOn && (rules.endsOn === null || enrolmentDate <= rules.endsOn),
    },
  ]
}

/** Today's date in Finland, where eligibility is judged. */
export function helsinkiDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now)
}
