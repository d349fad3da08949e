/** Test postings in the feed's format (docs/job-feed.md). */
export const skill = (slug: string) => `https://saumaton.fi/classification/skill/${slug}`
export const occupation = (slug: string) => `https://saumaton.fi/classification/occupation/${slug}`

export function feedPosting(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title: 'Kokki',
    description: 'Lounasravintola etsii kokkia.',
    employer: { name: 'Ravintola Esimerkki Oy', businessId: '1572860-0' },
    municipalityCode: '564',
    occupationUri: occupation('cook'),
    requiredSkills: [
      { uri: skill('cooking') },
      { uri: skill('food-safety') },
      { uri: skill('customer-service') },
      {
        uri: skill('hygiene-passport'),
        label: { fi: 'hygieniapassi', sv: 'hygienpass', en: 'hygiene passport' },
      },
    ],
    optionalSkills: [{ uri: skill('baking') }],
    languageRequirements: [{ language: 'sv', minimumLevel: 'B1' }],
    employmentType: 'permanent',
    workingTime: 'full_time',
    startsOn: '2026-04-01',
    validThrough: '2026-04-30T21:00:00Z',
    apply: { url: 'https://example.fi/apply', email: null, text: null },
    postingLanguages: ['fi'],
    ...overrides,
  }
}
