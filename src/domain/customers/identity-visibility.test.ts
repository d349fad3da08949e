import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, type TestApp } from '../../platform/testing/app'
import { expectOk } from '../../platform/testing/expect'

interface Summary {
  firstName: string
  identityCode: string | null
  permittedActions: string[]
}

/** A consent shares only the categories it names: identity and contact details are one. */
describe('identity code and contact details on the summary', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t?.close())

  it('shows them only under a consent that names identity and contact details', async () => {
    const kela = await t.fixtures.organisation('social_insurance').save()
    const worker = await t.signIn(await t.fixtures.worker(kela).save())
    const named = await t.fixtures
      .customer()
      .withConsent(kela, ['identity_and_contact', 'benefits'])
      .save()
    const benefitsOnly = await t.fixtures.customer().withConsent(kela, ['benefits']).save()

    const full = expectOk<Summary>(await worker.get(`/api/v1/customers/${named.id}`))
    expect(full.identityCode).toBe(named.identityCode)
    expect(full.permittedActions).toContain('customer.read_identity')

    const partial = expectOk<Summary>(await worker.get(`/api/v1/customers/${benefitsOnly.id}`))
    expect(partial.firstName).toBe(benefitsOnly.firstName)
    expect(partial.identityCode).toBeNull()
    expect(partial.permittedActions).not.toContain('customer.read_identity')

    const self = await t.signIn(benefitsOnly.username)
    expect(
      expectOk<Summary>(await self.get(`/api/v1/customers/${benefitsOnly.id}`)).identityCode,
    ).toBe(benefitsOnly.identityCode)
  })
})
