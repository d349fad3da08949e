import { eq } from 'drizzle-orm'
import { newContext, type Actor } from '../platform/context'
import type { Db, Queryable } from '../platform/db/database'
import { membershipsOf } from '../domain/organisations/organisations'
import type { CustomerId, UserAccountId } from '../platform/ids'
import { userAccount } from '../platform/auth/schema'
import { organisation, programme } from '../domain/organisations/schema'
import { customer } from '../domain/customers/schema'
import { draftEventCard, publishDraft, saveIndicator } from '../domain/catalogue/catalogue'
import { enrol } from '../domain/cases/enrolment'
import { raiseIndicator } from '../domain/cases/indicators'
import { openEventCard } from '../domain/cases/service-actions'
import type { DataCategory } from '../domain/consent/schema'

const t = (fi: string, sv: string, en: string) => ({ fi, sv, en })

const indicators: [string, DataCategory, ReturnType<typeof t>][] = [
  ['health_problem', 'health', t('Terveydellinen haaste', 'Hälsoutmaning', 'Health problem')],
  [
    'guidance_to_studies',
    'education',
    t('Ohjaus opintoihin', 'Vägledning till studier', 'Guidance to studies'),
  ],
  ['job_application', 'employment_and_plan', t('Työnhaku', 'Jobbsökande', 'Job application')],
  ['housing', 'identity_and_contact', t('Asuminen', 'Boende', 'Housing')],
  [
    'income_and_benefits',
    'benefits',
    t('Toimeentulo ja etuudet', 'Försörjning och förmåner', 'Income and benefits'),
  ],
  [
    'life_management',
    'employment_and_plan',
    t('Elämänhallinta', 'Livskompetens', 'Life management'),
  ],
]

interface CardSeed {
  code: string
  indicator: string
  name: ReturnType<typeof t>
  ways: ReturnType<typeof t>
  steps: {
    org: string
    days: number
    instruction: ReturnType<typeof t>
    customer: ReturnType<typeof t>
  }[]
}

const cards: CardSeed[] = [
  {
    code: 'guidance_to_studies',
    indicator: 'guidance_to_studies',
    name: t('Ohjaus opintoihin', 'Vägledning till studier', 'Guidance to studies'),
    ways: t(
      'TE-toimisto aloittaa urakeskustelulla viikon sisällä; kaupunki ja Kela jatkavat kahden viikon sisällä.',
      'TE-byrån börjar med ett karriärsamtal inom en vecka; staden och FPA fortsätter inom två veckor.',
      'The TE office starts with a career discussion within a week; the city and Kela follow within two weeks.',
    ),
    steps: [
      {
        org: 'te-office',
        days: 7,
        instruction: t(
          'Urakeskustelu: kartoita opintovaihtoehdot.',
          'Karriärsamtal: kartlägg studiealternativen.',
          'Career discussion: map study options.',
        ),
        customer: t(
          'Keskustelemme sopivista opiskeluvaihtoehdoista.',
          'Vi diskuterar lämpliga studiealternativ.',
          'We talk about study options that suit you.',
        ),
      },
      {
        org: 'oulu',
        days: 14,
        instruction: t(
          'Nuorten ohjaus: tue hakemuksen teossa.',
          'Ungdomsvägledning: stöd ansökan.',
          'Youth guidance: support the application.',
        ),
        customer: t(
          'Saat apua opiskelupaikan hakemiseen.',
          'Du får hjälp att söka en studieplats.',
          'You get help applying for a study place.',
        ),
      },
      {
        org: 'kela',
        days: 14,
        instruction: t(
          'Selvitä opintotuen edellytykset.',
          'Utred förutsättningarna för studiestöd.',
          'Check eligibility for student financial aid.',
        ),
        customer: t(
          'Selvitämme, mitä opintotukea voit saada.',
          'Vi tar reda på vilket studiestöd du kan få.',
          'We find out what student financial aid you can get.',
        ),
      },
    ],
  },
  {
    code: 'job_application',
    indicator: 'job_application',
    name: t('Työnhaun tuki', 'Stöd för jobbsökande', 'Job search support'),
    ways: t(
      'TE-toimisto lähettää sopivat avoimet työpaikat kolmen päivän sisällä; kaupunki auttaa CV:n kanssa.',
      'TE-byrån skickar lämpliga lediga jobb inom tre dagar; staden hjälper med CV:t.',
      'The TE office sends suitable open jobs within three days; the city helps with the CV.',
    ),
    steps: [
      {
        org: 'te-office',
        days: 3,
        instruction: t(
          'Lähetä sopivat avoimet työpaikat.',
          'Skicka lämpliga lediga jobb.',
          'Send suitable open jobs.',
        ),
        customer: t(
          'Saat listan sinulle sopivista avoimista työpaikoista.',
          'Du får en lista över lediga jobb som passar dig.',
          'You get a list of open jobs that suit you.',
        ),
      },
      {
        org: 'oulu',
        days: 10,
        instruction: t(
          'CV-paja: päivitä ansioluettelo.',
          'CV-verkstad: uppdatera meritförteckningen.',
          'CV workshop: update the CV.',
        ),
        customer: t(
          'Päivitämme yhdessä ansioluettelosi.',
          'Vi uppdaterar ditt CV tillsammans.',
          'We update your CV together.',
        ),
      },
    ],
  },
  {
    code: 'health_support',
    indicator: 'health_problem',
    name: t(
      'Tuki terveyden haasteisiin',
      'Stöd vid hälsoutmaningar',
      'Support with health challenges',
    ),
    ways: t(
      'Kaupunki järjestää ajan terveydenhoitajalle viikon sisällä; TE-toimisto sovittaa suunnitelman.',
      'Staden ordnar en tid hos hälsovårdaren inom en vecka; TE-byrån anpassar planen.',
      'The city arranges a nurse appointment within a week; the TE office adjusts the plan.',
    ),
    steps: [
      {
        org: 'oulu',
        days: 7,
        instruction: t(
          'Järjestä aika terveydenhoitajalle.',
          'Ordna en tid hos hälsovårdaren.',
          'Arrange a nurse appointment.',
        ),
        customer: t(
          'Sinulle varataan aika terveydenhoitajalle.',
          'Du får en tid hos hälsovårdaren.',
          'An appointment with a nurse is booked for you.',
        ),
      },
      {
        org: 'te-office',
        days: 21,
        instruction: t(
          'Sovita työnhakusuunnitelma tilanteeseen.',
          'Anpassa jobbsökarplanen till situationen.',
          'Adjust the job-search plan to the situation.',
        ),
        customer: t(
          'Sovitamme suunnitelmasi tilanteeseesi.',
          'Vi anpassar din plan till din situation.',
          'We adjust your plan to your situation.',
        ),
      },
    ],
  },
]

async function workerActor(db: Queryable, username: string): Promise<Actor> {
  const [row] = await db
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(userAccount)
    .where(eq(userAccount.username, username))
  const [membership] = await membershipsOf(db, row!.id as UserAccountId)
  return {
    kind: 'user',
    userId: row!.id as UserAccountId,
    displayName: row!.name,
    locale: 'fi',
    roles: [membership!.role],
    organisationId: membership!.organisationId,
    customerId: null,
  }
}

/** The indicator catalogue, published event cards and two enrolled young people with steps. */
export async function loadDemoCatalogueAndCases(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const orgIds = new Map((await tx.select().from(organisation)).map((o) => [o.code, o.id]))
    const coordinator = newContext(tx, await workerActor(tx, 'coordinator1'), 'demo', now)
    const indicatorIds = new Map<string, string>()
    for (const [code, dataCategory, name] of indicators) {
      indicatorIds.set(
        code,
        await saveIndicator(coordinator, null, { code, name, dataCategory, active: true }),
      )
    }
    for (const c of cards) {
      const draft = await draftEventCard(coordinator, c.code, {
        name: c.name,
        waysOfWorking: c.ways,
        indicatorIds: [indicatorIds.get(c.indicator)!],
        steps: c.steps.map((s) => ({
          responsibleOrganisationId: orgIds.get(s.org)!,
          dueInDays: s.days,
          instruction: s.instruction,
          customerText: s.customer,
        })),
      })
      await publishDraft(coordinator, draft.id)
    }
    // Enrolled three weeks ago, so some steps are overdue today.
    const past = new Date(now.getTime() - 21 * 86_400_000)
    const te = newContext(tx, await workerActor(tx, 'te1'), 'demo', past)
    const [prog] = await tx.select().from(programme).where(eq(programme.code, 'yhteinen-tyo'))
    for (const [username, indicator] of [
      ['aino', 'guidance_to_studies'],
      ['eetu', 'job_application'],
    ] as const) {
      const [c] = await tx
        .select()
        .from(customer)
        .innerJoin(userAccount, eq(userAccount.id, customer.userAccountId))
        .where(eq(userAccount.username, username))
      const person = c!.customer
      // Both consent to the TE office, so it has a basis and enrols them at once.
      const enrolled = await enrol(te, {
        identityCode: person.identityCode,
        firstName: person.firstName,
        lastName: person.lastName,
        municipalityId: person.municipalityId,
        qualification: person.qualification,
        email: person.email,
        phone: person.phone,
        programmeId: prog!.id,
        overrideReason: null,
      })
      if (enrolled.outcome !== 'enrolled') throw new Error(`demo: ${username} not enrolled`)
      const raised = await raiseIndicator(te, person.id as CustomerId, indicatorIds.get(indicator)!)
      await openEventCard(
        te,
        person.id as CustomerId,
        raised.offeredCards[0]!.id,
        raised.raisedIndicatorId,
      )
    }
  })
}
