import { describe, expect, it } from 'vitest'
import { ageOn, evaluateEligibility, helsinkiDate, type TargetGroupRules } from './eligibility'

const rules: TargetGroupRules = {
  startsOn: '2019-08-01',
  endsOn: '2020-12-31',
  maxAgeExclusive: 30,
  minQualification: 'vocational',
  municipalityIds: ['oulu', 'raahe'],
}
const failed = (r: ReturnType<typeof evaluateEligibility>) =>
  r.filter((x) => !x.ok).map((x) => x.rule)

describe('target-group rules', () => {
  it('counts age in whole years on the enrolment date', () => {
    expect(ageOn('1990-06-15', '2020-06-14')).toBe(29)
    expect(ageOn('1990-06-15', '2020-06-15')).toBe(30)
  })

  it('accepts a 29-year-old with a vocational qualification in a programme municipality', () => {
    const r = evaluateEligibility(
      rules,
      { birthDate: '1990-06-15', qualification: 'vocational', municipalityId: 'oulu' },
      '2020-06-14',
    )
    expect(failed(r)).toEqual([])
  })

  it('names every rule that fails', () => {
    const r = evaluateEligibility(
      rules,
      {
        birthDate: '1990-06-15',
        qualification: 'upper_secondary_general',
        municipalityId: 'turku',
      },
      '2021-01-04',
    )
    expect(failed(r)).toEqual(['age', 'qualification', 'municipality', 'programme_period'])
  })

  it('treats a higher degree as at least vocational and an open-ended programme as running', () => {
    const r = evaluateEligibility(
      { ...rules, endsOn: null },
      { birthDate: '2000-01-01', qualification: 'higher', municipalityId: 'raahe' },
      '2026-11-28',
    )
    expect(failed(r)).toEqual([])
  })

  it('judges the date in Finland, not in UTC', () => {
    expect(helsinkiDate(new Date('2026-03-01T22:30:00Z'))).toBe('2026-03-02')
  })
})
