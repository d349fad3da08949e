import type { Lang } from '../i18n/languages'
import { call, client } from './client'
import type { components } from './schema'

export type CompetenceProfile = components['schemas']['CompetenceProfile']
export type CompetenceContent = components['schemas']['CompetenceProfileContent']
export type Concept = components['schemas']['ClassificationConcept']
export type ShareLink = components['schemas']['CompetenceShareLink']
export type ShareSection = ShareLink['sections'][number]
export type SuggestedChange = components['schemas']['CompetenceSuggestedChange']
/** Which concepts a search offers: occupations only, cards only, … */
export interface ConceptFilter {
  type?: Concept['type']
  skillType?: NonNullable<Concept['skillType']>
}

/** Where a picked concept goes in a profile: an occupation is a wish, a card a card, else a skill. */
export function conceptChange(c: Concept): SuggestedChange {
  if (c.type === 'occupation') return { section: 'wishedOccupations', item: c.uri }
  if (c.skillType === 'certificate') return { section: 'certificates', item: { conceptUri: c.uri } }
  return { section: 'skills', item: { conceptUri: c.uri } }
}

const inCustomer = (customerId: string) => ({ params: { path: { customerId } } })

/** The competence profile (docs/competence.md) and its share links. */
export const competenceApi = {
  profile: (customerId: string, lang: Lang) =>
    call(
      client.GET('/api/v1/customers/{customerId}/competence', {
        params: { path: { customerId }, query: { lang } },
      }),
    ),
  save: (
    customerId: string,
    lang: Lang,
    body: { baseVersion: number; content: CompetenceContent },
  ) =>
    call(
      client.PUT('/api/v1/customers/{customerId}/competence', {
        params: { path: { customerId }, query: { lang } },
        body,
      }),
    ),
  import: (
    customerId: string,
    lang: Lang,
    body: { format: 'csv' | 'json'; content: string; baseVersion: number },
  ) =>
    call(
      client.POST('/api/v1/customers/{customerId}/competence/import', {
        params: { path: { customerId }, query: { lang } },
        body,
      }),
    ),
  answer: (customerId: string, suggestionId: string, accept: boolean) =>
    call(
      client.POST('/api/v1/customers/{customerId}/competence/suggestions/{suggestionId}/answer', {
        params: { path: { customerId, suggestionId }, query: { lang: 'fi' } },
        body: { accept },
      }),
    ),
  shareLinks: (customerId: string) =>
    call(
      client.GET('/api/v1/customers/{customerId}/competence/share-links', inCustomer(customerId)),
    ),
  createShareLink: (
    customerId: string,
    body: { sections: ShareSection[]; validDays: number; label: string },
  ) =>
    call(
      client.POST('/api/v1/customers/{customerId}/competence/share-links', {
        ...inCustomer(customerId),
        body,
      }),
    ),
  revokeShareLink: (customerId: string, linkId: string) =>
    call(
      client.POST('/api/v1/customers/{customerId}/competence/share-links/{linkId}/revoke', {
        params: { path: { customerId, linkId } },
      }),
    ),
  shared: (token: string, lang: Lang) =>
    call(
      client.GET('/api/v1/competence-shares/{token}', {
        params: { path: { token }, query: { lang } },
      }),
    ),
  concepts: (q: string, lang: Lang, filter: ConceptFilter = {}) =>
    call(
      client.GET('/api/v1/classification/concepts', {
        params: { query: { q, lang, limit: 10, ...filter } },
      }),
    ),
  suggest: (customerId: string, change: SuggestedChange) =>
    call(
      client.POST('/api/v1/customers/{customerId}/competence/suggestions', {
        ...inCustomer(customerId),
        body: { change },
      }),
    ),
  exportUrl: (customerId: string) => `/api/v1/customers/${customerId}/competence/export`,
}
