import type { TestPerson } from '../platform/auth/local-oidc-provider'
import { demoYoungPeopleAsTestPersons } from './demo-data'
import { syntheticIdentityCode } from './identity-codes'

/**
 * Young people the demo's identification service knows but the network has not enrolled yet:
 * a worker enrols one (with this identity code), and then they can sign in. Serials 80–89 are
 * kept for them, apart from the demo data's own.
 */
const notYetEnrolled: (Omit<TestPerson, 'identityCode'> & { birthDate: string })[] = [
  { login: 'nelli', givenName: 'Nelli', familyName: 'Nieminen', birthDate: '2003-05-17' },
  { login: 'otto', givenName: 'Otto', familyName: 'Ojala', birthDate: '2002-09-02' },
  { login: 'pinja', givenName: 'Pinja', familyName: 'Peltola', birthDate: '2004-01-23' },
]

export function demoTestPersons(): TestPerson[] {
  return [
    ...demoYoungPeopleAsTestPersons(),
    ...notYetEnrolled.map((p, i) => ({
      login: p.login,
      givenName: p.givenName,
      familyName: p.familyName,
      identityCode: syntheticIdentityCode(p.birthDate, 80 + i),
    })),
  ]
}
