/** The JSON shapes of the API (see /api/openapi.json) as the web app uses them. */
import type { AccessPurpose, LoggedAction } from '../../src/domain/customers/access-log-actions'
import type { LocalisedName } from '../i18n/format'

export type Role = 'person' | 'worker' | 'coordinator'
export type Locale = 'fi' | 'sv' | 'en'

export interface Me {
  user: {
    id: string
    displayName: string
    locale: Locale
    roles: Role[]
    organisationId: string | null
    customerId: string | null
  }
  csrfToken: string
}

export type OrganisationKind =
  | 'employment_services'
  | 'social_insurance'
  | 'municipality'
  | 'wellbeing_services_county'
  | 'coordinator'
  | 'service_provider'

export interface Organisation {
  id: string
  code: string
  kind: OrganisationKind
  name: LocalisedName
}

export const dataCategories = [
  'identity_and_contact',
  'employment_and_plan',
  'education',
  'benefits',
  'competence',
  'health',
] as const
export type DataCategory = (typeof dataCategories)[number]
/** Special categories (GDPR art. 9) need a consent that names them explicitly. */
export const specialCategories: readonly DataCategory[] = ['health']

export type ConsentStatus = 'given' | 'withdrawn' | 'expired'

export interface Consent {
  id: string
  customerId: string
  recipient: { id: string; name: LocalisedName }
  purpose: 'joint_customership'
  dataCategories: DataCategory[]
  noticeVersion: string
  method: string
  status: ConsentStatus
  givenAt: string
  validUntil: string | null
  withdrawnAt: string | null
  version: number
}

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

export interface CustomerListItem {
  id: string
  firstName: string
  lastName: string
  birthDate: string
  municipality: { id: string; name: LocalisedName }
  permittedActions: string[]
}

export interface CustomerSummary extends CustomerListItem {
  identityCode: string | null
  qualification: string
  email: string | null
  phone: string | null
  consentsHeld: Consent[]
}

export interface AccessLogEntry {
  id: string
  kind: 'view' | 'list'
  from: string
  to: string
  organisation: { id: string; name: LocalisedName }
  worker: { displayName: string; title: string | null } | null
  actions: LoggedAction[]
  purposes: AccessPurpose[]
  requests: number
}

export interface CursorPage<T> {
  items: T[]
  hasMore: boolean
  next: string | null
}

interface Named {
  id: string
  code: string
  name: LocalisedName
}

export interface Network {
  regions: Named[]
  municipalities: (Named & { regionId: string })[]
  organisations: (Named & {
    kind: OrganisationKind
    legalBasis: string | null
    workerCount: number
  })[]
  programmes: (Named & {
    startsOn: string
    endsOn: string | null
    maxAgeExclusive: number
    minQualification: string
    municipalityIds: string[]
    partnerIds: string[]
  })[]
}

export interface GiveConsentInput {
  recipientOrganisationId: string
  purpose: 'joint_customership'
  dataCategories: DataCategory[]
  validUntil: string | null
}
