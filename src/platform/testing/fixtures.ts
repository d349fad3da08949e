import { inject } from 'vitest'
import { CURRENT_NOTICE_VERSION } from '../../domain/consent/consent'
import { consent, statutoryCategory, type DataCategory } from '../../domain/consent/schema'
import { customer } from '../../domain/customers/schema'
import {
  municipality,
  organisation,
  organisationMember,
  region,
  type MemberRole,
  type OrganisationKind,
  type QualificationLevel,
} from '../../domain/organisations/schema'
import { syntheticIdentityCode } from '../../demo/identity-codes'
import { hashPassword } from '../auth/auth'
import { userAccount } from '../auth/schema'
import { systemClock, type Actor, type Clock } from '../context'
import type { Db } from '../db/database'
import type { ConsentId, CustomerId, OrganisationId, UserAccountId } from '../ids'
import { TEST_PASSWORD } from './source'

export { TEST_PASSWORD }

// argon2id is deliberately slow: global-setup.ts hashes the shared password once per run.
let passwordHash: Promise<string> | undefined
export const testPasswordHash = (): Promise<string> =>
  (passwordHash ??= Promise.resolve(inject('testPasswordHash') ?? hashPassword(TEST_PASSWORD)))

const DAY = 86_400_000
export const basicCategories: DataCategory[] = ['identity_and_contact', 'employment_and_plan']

// Unique per process, so that fixtures from several builders never collide on unique columns.
let serial = 0
const nextSerial = (): number => ++serial

export interface OrganisationFixture {
  id: OrganisationId
  code: string
  kind: OrganisationKind
}

export interface MemberFixture {
  id: UserAccountId
  username: string
  organisationId: OrganisationId
  /** The actor the app derives for this user's session (see server.ts). */
  actor: Actor
}

export type ConsentState = 'given' | 'withdrawn' | 'expired'

export interface ConsentFixture {
  id: ConsentId
  organisationId: OrganisationId
  categories: DataCategory[]
  state: ConsentState
}

export interface CustomerFixture {
  id: CustomerId
  userId: UserAccountId
  username: string
  identityCode: string
  firstName: string
  lastName: string
  birthDate: string
  consents: ConsentFixture[]
  actor: Actor
}

interface ConsentSpec {
  organisationId: OrganisationId
  categories: DataCategory[]
  state: ConsentState
  validUntil: Date | null
}

/**
 * Builders in eVaka's style: `fixtures.customer().withConsent(org, categories).save()`.
 * They insert straight through Drizzle (not through the API), so a test states only what matters.
 */
export class Fixtures {
  private municipalityId: Promise<string> | undefined

  constructor(
    readonly db: Db,
    readonly clock: Clock = systemClock,
  ) {}

  organisation(kind: OrganisationKind = 'employment_services'): OrganisationBuilder {
    return new OrganisationBuilder(this, kind)
  }

  worker(org: { id: OrganisationId }): MemberBuilder {
    return new MemberBuilder(this, org.id, 'worker')
  }

  coordinator(org: { id: OrganisationId }): MemberBuilder {
    return new MemberBuilder(this, org.id, 'coordinator')
  }

  /** Sees the monitoring figures of `org` only. */
  organisationLead(org: { id: OrganisationId }): MemberBuilder {
    return new MemberBuilder(this, org.id, 'organisation_lead')
  }

  contentEditor(org: { id: OrganisationId }): MemberBuilder {
    return new MemberBuilder(this, org.id, 'content_editor')
  }

  customer(): CustomerBuilder {
    return new CustomerBuilder(this)
  }

  /** One region and municipality per fixture set, made on first use. */
  defaultMunicipality(): Promise<string> {
    this.municipalityId ??= (async () => {
      const n = nextSerial()
      const [reg] = await this.db
        .insert(region)
        .values({
          code: `r${n}`,
          nameFi: `Alue ${n}`,
          nameSv: `Region ${n}`,
          nameEn: `Region ${n}`,
        })
        .returning({ id: region.id })
      const [mun] = await this.db
        .insert(municipality)
        .values({
          code: String(n % 1000).padStart(3, '0'),
          regionId: reg!.id,
          nameFi: `Kunta ${n}`,
          nameSv: `Kommun ${n}`,
          nameEn: `Municipality ${n}`,
        })
        .returning({ id: municipality.id })
      return mun!.id
    })()
    return this.municipalityId
  }

  async account(username: string, displayName: string): Promise<UserAccountId> {
    const [row] = await this.db
      .insert(userAccount)
      .values({ username, displayName, passwordHash: await testPasswordHash(), locale: 'fi' })
      .returning({ id: userAccount.id })
    return row!.id as UserAccountId
  }
}

export class OrganisationBuilder {
  private statutory: DataCategory[]

  constructor(
    private readonly f: Fixtures,
    private readonly kind: OrganisationKind,
  ) {
    this.statutory = kind === 'coordinator' ? [] : basicCategories
  }

  /** What its statute covers for the customers it enrolls (identity and plan by default). */
  withStatutoryCategories(categories: DataCategory[]): this {
    this.statutory = categories
    return this
  }

  async save(): Promise<OrganisationFixture> {
    const n = nextSerial()
    const code = `org-${n}`
    const [row] = await this.f.db
      .insert(organisation)
      .values({
        code,
        kind: this.kind,
        legalBasis: this.kind === 'coordinator' ? null : 'Laki 1/2000',
        nameFi: `Organisaatio ${n}`,
        nameSv: `Organisation ${n}`,
        nameEn: `Organisation ${n}`,
      })
      .returning({ id: organisation.id })
    if (this.statutory.length > 0) {
      await this.f.db
        .insert(statutoryCategory)
        .values(this.statutory.map((dataCategory) => ({ organisationId: row!.id, dataCategory })))
    }
    return { id: row!.id as OrganisationId, code, kind: this.kind }
  }
}

export class MemberBuilder {
  constructor(
    private readonly f: Fixtures,
    private readonly organisationId: OrganisationId,
    private readonly role: MemberRole,
  ) {}

  async save(): Promise<MemberFixture> {
    const n = nextSerial()
    const username = `${this.role}-${n}`
    const displayName = `${this.role === 'worker' ? 'Työntekijä' : 'Koordinaattori'} ${n}`
    const id = await this.f.account(username, displayName)
    await this.f.db
      .insert(organisationMember)
      .values({ organisationId: this.organisationId, userAccountId: id, role: this.role })
    return {
      id,
      username,
      organisationId: this.organisationId,
      actor: {
        kind: 'user',
        userId: id,
        displayName,
        locale: 'fi',
        roles: [this.role],
        organisationId: this.organisationId,
        customerId: null,
      },
    }
  }
}

const firstNames = ['Aada', 'Eino', 'Helmi', 'Oiva', 'Siiri', 'Toivo', 'Venla', 'Urho']

export class CustomerBuilder {
  private readonly consents: ConsentSpec[] = []
  private qualification: QualificationLevel = 'vocational'

  constructor(private readonly f: Fixtures) {}

  /**
   * A consent to `org`. `expired` ended a day before the clock's now; `withdrawn` was withdrawn
   * a day before it; `validUntil` sets an end in the future (to let a test pass it by the clock).
   */
  withConsent(
    org: { id: OrganisationId },
    categories: DataCategory[] = basicCategories,
    options: { state?: ConsentState; validUntil?: Date } = {},
  ): this {
    this.consents.push({
      organisationId: org.id,
      categories,
      state: options.state ?? 'given',
      validUntil: options.validUntil ?? null,
    })
    return this
  }

  withQualification(q: QualificationLevel): this {
    this.qualification = q
    return this
  }

  async save(): Promise<CustomerFixture> {
    const n = nextSerial()
    const now = this.f.clock().getTime()
    const birthDate = new Date(Date.UTC(2001, 0, 1) + n * DAY).toISOString().slice(0, 10)
    const firstName = `${firstNames[n % firstNames.length]}${n}`
    const lastName = `Testinen${n}`
    const username = `nuori-${n}`
    const userId = await this.f.account(username, `${firstName} ${lastName}`)
    const identityCode = syntheticIdentityCode(birthDate, n)
    const [row] = await this.f.db
      .insert(customer)
      .values({
        identityCode,
        firstName,
        lastName,
        birthDate,
        municipalityId: await this.f.defaultMunicipality(),
        qualification: this.qualification,
        userAccountId: userId,
      })
      .returning({ id: customer.id })
    const id = row!.id as CustomerId
    const consents: ConsentFixture[] = []
    for (const spec of this.consents) {
      const withdrawn = spec.state === 'withdrawn'
      const [c] = await this.f.db
        .insert(consent)
        .values({
          customerId: id,
          recipientOrganisationId: spec.organisationId,
          purpose: 'joint_customership',
          dataCategories: spec.categories,
          noticeVersion: CURRENT_NOTICE_VERSION,
          method: 'online',
          status: withdrawn ? 'withdrawn' : 'given',
          givenAt: new Date(now - 30 * DAY),
          givenByUserId: userId,
          validUntil: spec.state === 'expired' ? new Date(now - DAY) : spec.validUntil,
          withdrawnAt: withdrawn ? new Date(now - DAY) : null,
          withdrawnByUserId: withdrawn ? userId : null,
          version: withdrawn ? 2 : 1,
        })
        .returning({ id: consent.id })
      consents.push({
        id: c!.id as ConsentId,
        organisationId: spec.organisationId,
        categories: spec.categories,
        state: spec.state,
      })
    }
    const actor: Actor = {
      kind: 'user',
      userId,
      displayName: `${firstName} ${lastName}`,
      locale: 'fi',
      roles: ['person'],
      organisationId: null,
      customerId: id,
    }
    return { id, userId, username, identityCode, firstName, lastName, birthDate, consents, actor }
  }
}

export const fixtures = (db: Db, clock: Clock = systemClock): Fixtures => new Fixtures(db, clock)
