/**
 * Names for the API's JSON shapes, all taken from the generated web/api/schema.d.ts; the
 * enumerations are the server's own (src/shared/enums).
 */
import type { paths } from './schema'
import type { Schemas } from './client'

export {
  dataCategories,
  specialDataCategories as specialCategories,
  type ConsentStatus,
  type DataCategory,
  type Locale,
  type OrganisationKind,
  type UserRole as Role,
} from '../../src/shared/enums'

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never
/** The success body of an operation. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R
}
  ? R extends { 200: infer S }
    ? Json<S>
    : R extends { 201: infer S }
      ? Json<S>
      : never
  : never
/** The request body of an operation. */
export type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B
}
  ? Json<NonNullable<B>>
  : never

export type Me = Schemas['Me']
export type Organisation = Schemas['Organisation']
export type Consent = Schemas['Consent']
export type CustomerListItem = Schemas['CustomerListItem']
export type CustomerSummary = Schemas['CustomerSummary']
export type AccessLogEntry = Ok<'/api/v1/customers/{customerId}/access-log', 'get'>['items'][number]
export type Network = Ok<'/api/v1/network', 'get'>
export type GiveConsentInput = Body<'/api/v1/customers/{customerId}/consents', 'post'>
export type EnrolmentConfirmation = Ok<
  '/api/v1/customers/{customerId}/enrolment-confirmations',
  'get'
>['items'][number]
