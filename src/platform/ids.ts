/** Branded ids: a worker's id cannot be passed where a customer's id is meant. */
export type Id<Brand extends string> = string & { readonly __brand: Brand }
export type UserAccountId = Id<'UserAccount'>
export type OrganisationId = Id<'Organisation'>
export type CustomerId = Id<'Customer'>
export type ConsentId = Id<'Consent'>
