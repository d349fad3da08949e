import { eq, sql } from 'drizzle-orm'
import { userAccount } from '../platform/auth/schema'
import { newContext } from '../platform/context'
import type { Db } from '../platform/db/database'
import { organisation, organisationMember } from '../domain/organisations/schema'
import { organisationProfile, service } from '../domain/services/schema'
import { provider } from '../domain/purchasing/schema'
import { createContract, createFramework } from '../domain/purchasing/contracts'
import type { ContractInput } from '../domain/purchasing/contracts'
import { draftEventCard, publishDraft } from '../domain/catalogue/catalogue'
import { cooperationIndicator } from '../domain/catalogue/schema'

type Text = { fi: string; sv: string; en: string }

/** The synthetic providers' business IDs (valid check digits) and their users. */
const providerSeeds: { code: string; businessId: string; user: string }[] = [
  { code: 'provider-polku', businessId: '1572860-0', user: 'polku1' },
  { code: 'provider-tyosilta', businessId: '1725882-5', user: 'tyosilta1' },
  { code: 'provider-osaamo', businessId: '0109862-8', user: 'osaamo1' },
]

/** VAT 25.5 % (from 1 September 2024), as data on each contract. */
const VAT = 2550

type Seed = Omit<
  ContractInput,
  'serviceId' | 'providerOrganisationId' | 'frameworkArrangementId'
> & {
  provider: string
}

const employed = (feeCents: number, minimumMonths: number | null = null) => [
  { outcome: 'employed_open_market' as const, minimumMonths, feeCents },
  { outcome: 'employed_subsidised' as const, minimumMonths, feeCents: Math.round(feeCents / 2) },
]

/** The original document's five purchased services, with their capacities. */
const contracts: { service: string; framework?: Text; seeds: Seed[] }[] = [
  {
    service: 'Opinnoista työhön',
    seeds: [
      {
        provider: 'provider-polku',
        reference: 'OSTO-2019-01',
        startsOn: '2019-08-01',
        endsOn: null,
        capacityUnit: 'customers',
        capacity: 200,
        fixedFeeCents: null,
        vatRateBasisPoints: VAT,
        retentionDays: 0,
        resultFees: [
          ...employed(180000, 3),
          { outcome: 'studies', minimumMonths: null, feeCents: 90000 },
        ],
      },
    ],
  },
  {
    service: 'Tehostetusti työhön',
    seeds: [
      {
        provider: 'provider-tyosilta',
        reference: 'OSTO-2020-01',
        startsOn: '2020-01-01',
        endsOn: null,
        capacityUnit: 'customers',
        capacity: 100,
        fixedFeeCents: 60000,
        vatRateBasisPoints: VAT,
        retentionDays: 0,
        resultFees: employed(120000),
      },
    ],
  },
  {
    service: 'Työllistymisen puitejärjestely',
    framework: {
      fi: 'Työllistymisen puitejärjestely',
      sv: 'Ramavtal för sysselsättning',
      en: 'Employment framework arrangement',
    },
    seeds: ['provider-polku', 'provider-tyosilta', 'provider-osaamo'].map((p, i) => ({
      provider: p,
      reference: `PUITE-2020-0${i + 1}`,
      startsOn: '2020-01-01',
      endsOn: null,
      capacityUnit: 'customers' as const,
      capacity: 200,
      fixedFeeCents: null,
      vatRateBasisPoints: VAT,
      retentionDays: 0,
      resultFees: employed(200000),
    })),
  },
  {
    service: 'Valmennus- ja ohjauspalvelut',
    seeds: [
      {
        provider: 'provider-polku',
        reference: 'OSTO-2020-02',
        startsOn: '2020-02-01',
        endsOn: null,
        capacityUnit: 'customers',
        capacity: 150,
        fixedFeeCents: 85000,
        vatRateBasisPoints: VAT,
        retentionDays: 0,
        resultFees: [],
      },
    ],
  },
  {
    service: 'Työvoimakoulutus',
    seeds: [
      {
        provider: 'provider-osaamo',
        reference: 'KOUL-2020-01',
        startsOn: '2020-03-01',
        endsOn: null,
        capacityUnit: 'student_days',
        capacity: 200,
        fixedFeeCents: 12000,
        vatRateBasisPoints: 0,
        retentionDays: 0,
        resultFees: [],
      },
    ],
  },
]

/** Providers with business IDs and users, their contracts and the framework arrangement. */
export async function loadDemoPurchasing(db: Db, now: Date, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    const orgIds = new Map((await tx.select().from(organisation)).map((o) => [o.code, o.id]))
    const descriptions = new Map(
      (await tx.select().from(organisationProfile)).map((r) => [r.organisationId, r.description]),
    )
    for (const p of providerSeeds) {
      const organisationId = orgIds.get(p.code)!
      await tx.insert(provider).values({
        organisationId,
        businessId: p.businessId,
        description: descriptions.get(organisationId) ?? { fi: '', sv: '', en: '' },
      })
      const [account] = await tx
        .insert(userAccount)
        .values({
          username: p.user,
          passwordHash,
          displayName: `${p.user.replace(/1$/, '')} – palveluntuottaja`,
          email: `${p.user}@example.invalid`,
          locale: 'fi',
        })
        .returning({ id: userAccount.id })
      await tx.insert(organisationMember).values({
        organisationId,
        userAccountId: account!.id,
        role: 'provider',
        title: 'Valmentaja',
      })
    }
    const coordinator = newContext(
      tx,
      { kind: 'system', name: 'demo', roles: ['coordinator'] },
      'demo',
      now,
    )
    let frameworkId: string | null = null
    for (const c of contracts) {
      const [s] = await tx
        .select({ id: service.id })
        .from(service)
        .where(eq(sql`${service.name}->>'fi'`, c.service))
      if (!s) continue
      const framework = c.framework
        ? await createFramework(coordinator, { serviceId: s.id, name: c.framework })
        : null
      frameworkId ??= framework?.id ?? null
      for (const { provider: code, ...seed } of c.seeds) {
        await createContract(coordinator, {
          ...seed,
          serviceId: s.id,
          providerOrganisationId: orgIds.get(code)!,
          frameworkArrangementId: framework?.id ?? null,
        })
      }
    }
    if (frameworkId) await cardWithReferralStep(coordinator, orgIds, frameworkId)
  })
}

/**
 * An event card whose first step refers the young person to the framework arrangement: opened
 * on a case, the step appears in the plan and the worker makes the referral from it.
 */
async function cardWithReferralStep(
  coordinator: ReturnType<typeof newContext>,
  orgIds: Map<string, string>,
  frameworkArrangementId: string,
): Promise<void> {
  const [indicator] = await coordinator.db
    .select({ id: cooperationIndicator.id })
    .from(cooperationIndicator)
    .where(eq(cooperationIndicator.code, 'life_management'))
  const draft = await draftEventCard(coordinator, 'coaching_to_work', {
    name: { fi: 'Valmennus työhön', sv: 'Coachning till arbete', en: 'Coaching into work' },
    waysOfWorking: {
      fi: 'TE-toimisto ohjaa nuoren puitejärjestelyn palveluun viikon sisällä; nuori valitsee palveluntuottajan. Kaupunki tukee arjessa.',
      sv: 'TE-byrån hänvisar den unga till ramavtalets tjänst inom en vecka; den unga väljer tjänsteproducent. Staden stöder i vardagen.',
      en: 'The TE office refers the young person to the framework arrangement’s service within a week; the young person chooses the provider. The city supports everyday life.',
    },
    indicatorIds: indicator ? [indicator.id] : [],
    steps: [
      {
        responsibleOrganisationId: orgIds.get('te-office')!,
        dueInDays: 7,
        kind: 'purchased_service_referral',
        referTo: { contractId: null, frameworkArrangementId },
        instruction: {
          fi: 'Ohjaa nuori työllistymisen puitejärjestelyn palveluun.',
          sv: 'Hänvisa den unga till ramavtalets sysselsättningstjänst.',
          en: 'Refer the young person to the employment framework arrangement.',
        },
        customerText: {
          fi: 'Pääset valmennukseen, jonka järjestäjän voit valita itse.',
          sv: 'Du får coachning och kan själv välja vem som ordnar den.',
          en: 'You get coaching and may choose who provides it.',
        },
      },
      {
        responsibleOrganisationId: orgIds.get('oulu')!,
        dueInDays: 14,
        instruction: {
          fi: 'Sovi arjen tuesta valmennuksen ajaksi.',
          sv: 'Kom överens om stöd i vardagen under coachningen.',
          en: 'Agree on everyday support during the coaching.',
        },
        customerText: {
          fi: 'Sovimme, miten arkeasi tuetaan valmennuksen aikana.',
          sv: 'Vi kommer överens om hur din vardag stöds under coachningen.',
          en: 'We agree how your everyday life is supported during the coaching.',
        },
      },
    ],
  })
  await publishDraft(coordinator, draft.id)
}
