import { newContext } from '../platform/context'
import type { Db } from '../platform/db/database'
import { municipality, organisation, region } from '../domain/organisations/schema'
import { organisationProfile, serviceTaxonomyTerm } from '../domain/services/schema'
import { createService, publishService } from '../domain/services/services'
import type { ServiceLanguageCode } from '../shared/enums'
import type { ServiceInput } from '../shared/service-tray'

type Text = { fi: string; sv: string; en: string }
const t = (fi: string, sv: string, en: string): Text => ({ fi, sv, en })
const none = t('', '', '')

/** Synthetic providers of the original document's five purchased services. */
const providers: { code: string; names: Text; description: Text }[] = [
  {
    code: 'provider-polku',
    names: t('Polku Valmennus Oy', 'Polku Valmennus Ab', 'Polku Coaching Ltd'),
    description: t(
      'Valmennus- ja ohjauspalveluja nuorille työnhakijoille.',
      'Coachning och vägledning för unga arbetssökande.',
      'Coaching and guidance for young jobseekers.',
    ),
  },
  {
    code: 'provider-tyosilta',
    names: t('Työsilta Oy', 'Työsilta Ab', 'Työsilta Ltd'),
    description: t(
      'Tukee nuoria ja työnantajia työsuhteen alussa.',
      'Stöder unga och arbetsgivare i början av en anställning.',
      'Supports young people and employers at the start of employment.',
    ),
  },
  {
    code: 'provider-osaamo',
    names: t('Osaamo Koulutus Oy', 'Osaamo Utbildning Ab', 'Osaamo Training Ltd'),
    description: t(
      'Työvoimakoulutusta ja osaamisen päivittämistä.',
      'Arbetskraftsutbildning och uppdatering av kompetens.',
      'Labour market training and updating of skills.',
    ),
  },
]

const officeHours = [
  { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'] as const, opens: '09:00', closes: '16:00' },
]

interface Seed {
  org: string
  name: Text
  description: Text
  eligibility?: Text
  applicationProcess?: Text
  fees?: Text
  ages?: [number, number]
  municipalities: string[]
  audience: ('young_people' | 'employers')[]
  languages: ServiceLanguageCode[]
  location: { name: Text; street: string; postal: string; municipality: string; access: Text }
  contact: { title: Text; email: string; phone: string }
}

const accessible = t(
  'Esteetön sisäänkäynti ja hissi. Induktiosilmukka asiakaspalvelussa.',
  'Tillgänglig ingång och hiss. Hörslinga i kundtjänsten.',
  'Step-free entrance and a lift. Induction loop at the service desk.',
)
const free = t('Maksuton.', 'Avgiftsfri.', 'Free of charge.')
const under30 = t(
  'Alle 30-vuotiaat työnhakijat.',
  'Arbetssökande under 30 år.',
  'Jobseekers under 30.',
)
const byReferral = t(
  'Ohjaus TE-toimiston tai verkoston työntekijän kautta.',
  'Hänvisning via TE-byrån eller en arbetstagare i nätverket.',
  'By referral from the TE office or a worker of the network.',
)
const all3 = ['564', '615', '678']

const seeds: Seed[] = [
  {
    org: 'te-office',
    name: t(
      'Nuorten työnhakijoiden palvelut',
      'Tjänster för unga arbetssökande',
      'Services for young jobseekers',
    ),
    description: t(
      'Työnhaun tuki, urakeskustelut ja työllistymissuunnitelma nuorille työnhakijoille.',
      'Stöd i jobbsökandet, karriärsamtal och sysselsättningsplan för unga arbetssökande.',
      'Job search support, career discussions and an employment plan for young jobseekers.',
    ),
    eligibility: under30,
    applicationProcess: t(
      'Ilmoittaudu työnhakijaksi verkossa tai tule käymään.',
      'Anmäl dig som arbetssökande på nätet eller kom på besök.',
      'Register as a jobseeker online or drop in.',
    ),
    fees: free,
    ages: [15, 29],
    municipalities: all3,
    audience: ['young_people', 'employers'],
    languages: ['fi', 'sv', 'en'],
    location: {
      name: t('TE-toimisto, Oulu', 'TE-byrån, Uleåborg', 'TE Office, Oulu'),
      street: 'Isokatu 11',
      postal: '90100',
      municipality: '564',
      access: accessible,
    },
    contact: {
      title: t('Nuorten palvelut', 'Tjänster för unga', 'Youth services'),
      email: 'nuoret@te-office.example',
      phone: '+358 00 000 0101',
    },
  },
  {
    org: 'kela',
    name: t(
      'Kelan nuorten palvelut',
      'FPA:s tjänster för unga',
      'Kela’s services for young people',
    ),
    description: t(
      'Neuvontaa toimeentulosta, opintotuesta ja kuntoutuksesta.',
      'Rådgivning om utkomst, studiestöd och rehabilitering.',
      'Advice on income, student financial aid and rehabilitation.',
    ),
    eligibility: t('Kaikki nuoret.', 'Alla unga.', 'All young people.'),
    applicationProcess: t(
      'Varaa aika verkossa tai soita.',
      'Boka tid på nätet eller ring.',
      'Book an appointment online or call.',
    ),
    fees: free,
    municipalities: all3,
    audience: ['young_people'],
    languages: ['fi', 'sv', 'en'],
    location: {
      name: t('Kelan palvelupiste, Raahe', 'FPA:s servicepunkt, Brahestad', 'Kela office, Raahe'),
      street: 'Rantakatu 20',
      postal: '92100',
      municipality: '678',
      access: accessible,
    },
    contact: {
      title: t('Asiakaspalvelu', 'Kundtjänst', 'Customer service'),
      email: 'nuoret@kela.example',
      phone: '+358 00 000 0202',
    },
  },
  {
    org: 'oulu',
    name: t('Ohjaamo Oulu', 'Ohjaamo Uleåborg', 'Ohjaamo Oulu'),
    description: t(
      'Matalan kynnyksen ohjausta alle 30-vuotiaille: työ, opiskelu, asuminen ja arki.',
      'Lågtröskelvägledning för unga under 30: arbete, studier, boende och vardag.',
      'Low-threshold guidance for people under 30: work, studies, housing and everyday life.',
    ),
    eligibility: t('Alle 30-vuotiaat.', 'Unga under 30 år.', 'People under 30.'),
    applicationProcess: t(
      'Tule käymään ilman ajanvarausta.',
      'Kom in utan tidsbokning.',
      'Drop in, no appointment needed.',
    ),
    fees: free,
    ages: [15, 29],
    municipalities: ['564'],
    audience: ['young_people'],
    languages: ['fi', 'en', 'ar', 'so'],
    location: {
      name: t('Ohjaamo Oulu', 'Ohjaamo Uleåborg', 'Ohjaamo Oulu'),
      street: 'Torikatu 9',
      postal: '90100',
      municipality: '564',
      access: accessible,
    },
    contact: {
      title: t('Ohjaamon neuvonta', 'Ohjaamos rådgivning', 'Ohjaamo help desk'),
      email: 'ohjaamo@oulu.example',
      phone: '+358 00 000 0303',
    },
  },
  {
    org: 'raahe',
    name: t('Raahen nuorisopalvelut', 'Brahestads ungdomstjänster', 'Raahe youth services'),
    description: t(
      'Etsivä nuorisotyö ja ohjaus opintoihin tai työhön.',
      'Uppsökande ungdomsarbete och vägledning till studier eller arbete.',
      'Outreach youth work and guidance into studies or work.',
    ),
    eligibility: t('15–29-vuotiaat.', 'Unga 15–29 år.', 'Young people aged 15–29.'),
    applicationProcess: t(
      'Ota yhteyttä puhelimitse tai tule käymään.',
      'Kontakta oss per telefon eller kom på besök.',
      'Call us or drop in.',
    ),
    fees: free,
    ages: [15, 29],
    municipalities: ['678'],
    audience: ['young_people'],
    languages: ['fi', 'sv'],
    location: {
      name: t('Nuorisotila, Raahe', 'Ungdomsgården, Brahestad', 'Youth centre, Raahe'),
      street: 'Kauppatori 3',
      postal: '92100',
      municipality: '678',
      access: accessible,
    },
    contact: {
      title: t('Etsivä nuorisotyö', 'Uppsökande ungdomsarbete', 'Outreach youth work'),
      email: 'nuoret@raahe.example',
      phone: '+358 00 000 0404',
    },
  },
  {
    org: 'pudasjarvi',
    name: t(
      'Pudasjärven nuorten ohjaus',
      'Vägledning för unga i Pudasjärvi',
      'Youth guidance in Pudasjärvi',
    ),
    description: t(
      'Henkilökohtaista ohjausta työhön, opintoihin ja palveluihin.',
      'Personlig vägledning till arbete, studier och tjänster.',
      'Personal guidance into work, studies and services.',
    ),
    eligibility: under30,
    applicationProcess: t(
      'Soita tai lähetä sähköpostia.',
      'Ring eller skicka e-post.',
      'Call or send an e-mail.',
    ),
    fees: free,
    ages: [15, 29],
    municipalities: ['615'],
    audience: ['young_people'],
    languages: ['fi'],
    location: {
      name: t('Kaupungintalo, Pudasjärvi', 'Stadshuset, Pudasjärvi', 'Town hall, Pudasjärvi'),
      street: 'Varsitie 7',
      postal: '93100',
      municipality: '615',
      access: accessible,
    },
    contact: {
      title: t('Nuorten ohjaus', 'Vägledning för unga', 'Youth guidance'),
      email: 'nuoret@pudasjarvi.example',
      phone: '+358 00 000 0505',
    },
  },
  // The original document's five purchased services.
  {
    org: 'provider-polku',
    name: t('Opinnoista työhön', 'Från studier till arbete', 'From education to work'),
    description: t(
      'Tuki vastavalmistuneille suoraan valmistumisesta työhön; työttömyyden ehkäisy.',
      'Stöd för nyutexaminerade direkt från examen till arbete; förebygger arbetslöshet.',
      'Support for new graduates straight from graduation into work; preventing unemployment.',
    ),
    eligibility: t(
      'Vastavalmistuneet alle 30-vuotiaat.',
      'Nyutexaminerade under 30 år.',
      'New graduates under 30.',
    ),
    applicationProcess: byReferral,
    fees: free,
    ages: [18, 29],
    municipalities: all3,
    audience: ['young_people'],
    languages: ['fi', 'en'],
    location: {
      name: t('Polku, Oulu', 'Polku, Uleåborg', 'Polku, Oulu'),
      street: 'Kirkkokatu 25',
      postal: '90100',
      municipality: '564',
      access: accessible,
    },
    contact: {
      title: t('Palveluohjaus', 'Servicehandledning', 'Service desk'),
      email: 'palvelu@polku.example',
      phone: '+358 00 000 0606',
    },
  },
  {
    org: 'provider-tyosilta',
    name: t('Tehostetusti työhön', 'Intensifierat till arbete', 'Intensified into work'),
    description: t(
      'Tuki työntekijälle ja työnantajalle työsuhteen alussa; nuorten ja työnantajien kohtaaminen.',
      'Stöd för arbetstagare och arbetsgivare i början av anställningen; unga möter arbetsgivare.',
      'Support for employee and employer at the start of employment; young people meet employers.',
    ),
    eligibility: under30,
    applicationProcess: byReferral,
    fees: free,
    ages: [18, 29],
    municipalities: ['678', '564'],
    audience: ['young_people', 'employers'],
    languages: ['fi', 'sv'],
    location: {
      name: t('Työsilta, Raahe', 'Työsilta, Brahestad', 'Työsilta, Raahe'),
      street: 'Laivurinkatu 4',
      postal: '92100',
      municipality: '678',
      access: accessible,
    },
    contact: {
      title: t('Työnantajapalvelut', 'Arbetsgivartjänster', 'Employer services'),
      email: 'info@tyosilta.example',
      phone: '+358 00 000 0707',
    },
  },
  {
    org: 'provider-polku',
    name: t(
      'Työllistymisen puitejärjestely',
      'Ramavtal för sysselsättning',
      'Employment framework arrangement',
    ),
    description: t(
      'Kolme palveluntuottajaa, joista asiakas valitsee; tulosperusteinen palkkio.',
      'Tre tjänsteproducenter som kunden väljer mellan; resultatbaserat arvode.',
      'Three providers, the customer chooses; a result-based fee.',
    ),
    eligibility: under30,
    applicationProcess: byReferral,
    fees: free,
    municipalities: all3,
    audience: ['young_people'],
    languages: ['fi'],
    location: {
      name: t('Polku, Pudasjärvi', 'Polku, Pudasjärvi', 'Polku, Pudasjärvi'),
      street: 'Kauppatie 2',
      postal: '93100',
      municipality: '615',
      access: accessible,
    },
    contact: {
      title: t('Palveluohjaus', 'Servicehandledning', 'Service desk'),
      email: 'palvelu@polku.example',
      phone: '+358 00 000 0608',
    },
  },
  {
    org: 'provider-polku',
    name: t('Valmennus- ja ohjauspalvelut', 'Coachning och vägledning', 'Coaching and guidance'),
    description: t(
      'Yksilöllinen valmennus ja kulkija siirtymissä työhön, opintoihin tai palveluihin.',
      'Individuell coachning och en följeslagare vid övergångar till arbete, studier eller tjänster.',
      'Tailored coaching and a companion through transitions into work, studies or services.',
    ),
    eligibility: under30,
    applicationProcess: byReferral,
    fees: free,
    ages: [16, 29],
    municipalities: all3,
    audience: ['young_people'],
    languages: ['fi', 'en'],
    location: {
      name: t('Polku, Oulu', 'Polku, Uleåborg', 'Polku, Oulu'),
      street: 'Kirkkokatu 25',
      postal: '90100',
      municipality: '564',
      access: accessible,
    },
    contact: {
      title: t('Valmentajat', 'Coacher', 'Coaches'),
      email: 'valmennus@polku.example',
      phone: '+358 00 000 0609',
    },
  },
  {
    org: 'provider-osaamo',
    name: t('Työvoimakoulutus', 'Arbetskraftsutbildning', 'Labour market training'),
    description: t(
      'Noin kahden kuukauden koulutus osaamisen laajentamiseen tai päivittämiseen.',
      'Cirka två månaders utbildning för att bredda eller uppdatera kompetensen.',
      'About two months of training to widen or update skills.',
    ),
    eligibility: t('Työnhakijat.', 'Arbetssökande.', 'Jobseekers.'),
    applicationProcess: t(
      'Hae TE-toimiston kautta.',
      'Ansök via TE-byrån.',
      'Apply through the TE office.',
    ),
    fees: t(
      'Maksuton; koulutusajalta voi saada etuutta.',
      'Avgiftsfri; förmån kan betalas under utbildningen.',
      'Free; a benefit may be paid during the training.',
    ),
    municipalities: all3,
    audience: ['young_people'],
    languages: ['fi', 'en'],
    location: {
      name: t('Osaamo, Oulu', 'Osaamo, Uleåborg', 'Osaamo, Oulu'),
      street: 'Teknologiantie 1',
      postal: '90590',
      municipality: '564',
      access: accessible,
    },
    contact: {
      title: t('Koulutusneuvonta', 'Utbildningsrådgivning', 'Training advice'),
      email: 'koulutus@osaamo.example',
      phone: '+358 00 000 0801',
    },
  },
]

/** The service tray of the demo network: its own services and the purchased ones, published. */
export async function loadDemoServices(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [reg] = await tx.select().from(region).limit(1)
    for (const p of providers) {
      const [row] = await tx
        .insert(organisation)
        .values({
          code: p.code,
          kind: 'service_provider',
          regionId: reg?.id ?? null,
          nameFi: p.names.fi,
          nameSv: p.names.sv,
          nameEn: p.names.en,
        })
        .returning({ id: organisation.id })
      await tx
        .insert(organisationProfile)
        .values({ organisationId: row!.id, description: p.description })
    }
    const orgIds = new Map((await tx.select().from(organisation)).map((o) => [o.code, o.id]))
    const municipalityIds = new Map(
      (await tx.select().from(municipality)).map((m) => [m.code, m.id]),
    )
    const termIds = new Map(
      (await tx.select().from(serviceTaxonomyTerm)).map((term) => [term.code, term.id]),
    )
    const coordinator = newContext(
      tx,
      { kind: 'system', name: 'demo', roles: ['coordinator'] },
      'demo',
      now,
    )
    for (const s of seeds) {
      const input: ServiceInput = {
        organisationId: orgIds.get(s.org)!,
        name: s.name,
        description: s.description,
        eligibility: s.eligibility ?? none,
        applicationProcess: s.applicationProcess ?? none,
        fees: s.fees ?? none,
        minimumAge: s.ages?.[0] ?? null,
        maximumAge: s.ages?.[1] ?? null,
        url: null,
        email: s.contact.email,
        municipalityIds: s.municipalities.map((code) => municipalityIds.get(code)!),
        termIds: s.audience.map((code) => termIds.get(code)!),
        languages: s.languages,
        locations: [
          {
            name: s.location.name,
            streetAddress: s.location.street,
            postalCode: s.location.postal,
            municipalityId: municipalityIds.get(s.location.municipality)!,
            accessibility: s.location.access,
            openingHours: officeHours.map((h) => ({
              weekdays: [...h.weekdays],
              opensAt: h.opens,
              closesAt: h.closes,
            })),
          },
        ],
        contacts: [s.contact],
      }
      const draft = await createService(coordinator, input)
      await publishService(coordinator, draft.id, draft.version)
    }
  })
}
