import { errorsSv } from './errors/sv'
import { catalogueSv } from './cases/catalogue.sv'
import { competenceSv } from './competence/sv'
import { servicesSv } from './services/sv'
import { siteContentSv } from './siteContent/sv'
import { siteFeedbackSv } from './siteFeedback/sv'
import { purchasingSv } from './purchasing/sv'
import { jobsSv } from './jobs/sv'
import { disclosureSv } from './disclosure/sv'
import { surveySv } from './survey/sv'
import { monitoringSv } from './monitoring/sv'
import { casesSv } from './cases/sv'
import { daySv } from './day/sv'
import type { Translations } from './fi'

export const sv: Translations = {
  serviceName: 'Saumaton',
  serviceTagline: 'Gemensam kundrelation för unga',
  titleSuffix: 'Saumaton',

  common: {
    loading: 'Laddar…',
    saving: 'Sparar…',
    cancel: 'Avbryt',
    close: 'Stäng',
    errorTitle: 'Något gick fel',
    networkError: 'Tjänsten kunde inte nås. Kontrollera nätverksanslutningen och försök igen.',
    tryAgain: 'Försök igen',
    notSet: 'Okänt',
    notShared: 'Inte delat med din organisation',
    untilFurtherNotice: 'Tills vidare',
    yes: 'Ja',
    no: 'Nej',
  },

  layout: {
    skipToContent: 'Gå till huvudinnehållet',
    mainNavigation: 'Huvudmeny',
    language: 'Språk',
    chooseLanguage: 'Välj språk',
    signedInAs: 'Inloggad användare',
    signOut: 'Logga ut',
    footer: 'Saumaton – samarbetsnätverket för ungas sysselsättningstjänster',
  },

  nav: {
    myPage: 'Min sida',
    customers: 'Mina gemensamma kunder',
    network: 'Nätverket',
  },

  signIn: {
    title: 'Logga in',
    intro: 'Logga in i tjänsten Saumaton med ditt användarnamn.',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in…',
    usernameRequired: 'Ange användarnamn.',
    passwordRequired: 'Ange lösenord.',
    wrongCredentials: 'Användarnamnet eller lösenordet är fel.',
    tooManyAttempts: (minutes: number): string =>
      `För många misslyckade försök. Försök igen om ${minutes} minuter.`,
    sessionEnded: 'Din session har gått ut. Logga in igen för att fortsätta.',
    signedOut: 'Du har loggat ut.',
    signedIn: 'Du har loggat in.',
    strongIdentification: 'Logga in med stark autentisering',
    strongIntro: 'Unga: identifiera dig med nätbankskoder, mobilcertifikat eller certifikatkort.',
    strongStarting: 'Går till identifieringen…',
    passwordTitle: 'Logga in med användarnamn',
  },

  identification: {
    title: 'Inloggning',
    finishing: 'Inloggningen slutförs…',
    failedTitle: 'Inloggningen lyckades inte',
    notCustomerTitle: 'Du är inte kund i tjänsten ännu',
    backToSignIn: 'Tillbaka till inloggningen',
  },

  invitation: {
    title: 'Välj lösenord',
    intro:
      'Välj ett lösenord för tjänsten Saumaton. Du loggar sedan in med ditt användarnamn och detta lösenord.',
    checking: 'Länken kontrolleras…',
    username: 'Ditt användarnamn',
    password: 'Nytt lösenord',
    passwordHint: 'Minst 12 tecken. En lång mening är ett bra lösenord.',
    repeat: 'Nytt lösenord igen',
    passwordRequired: 'Ange ett lösenord.',
    passwordShort: 'Lösenordet ska ha minst 12 tecken.',
    mismatch: 'Lösenorden är inte lika.',
    submit: 'Spara lösenordet',
    submitting: 'Sparar…',
    doneTitle: 'Ditt lösenord är sparat',
    done: (username: string): string =>
      `Logga nu in med ditt användarnamn ${username} och ditt nya lösenord.`,
    toSignIn: 'Gå till inloggningen',
    noToken: 'En del av länken saknas. Öppna hela länken i e-postmeddelandet.',
  },

  pagination: {
    label: 'Sidnumrering',
    previous: 'Föregående',
    next: 'Nästa',
    pageOf: (page: number, pages: number): string => `Sida ${page} av ${pages}`,
    total: (n: number): string => (n === 1 ? '1 rad totalt' : `${n} rader totalt`),
  },

  dataCategories: {
    identity_and_contact: 'Person- och kontaktuppgifter',
    employment_and_plan: 'Arbetssökande och plan',
    education: 'Utbildning',
    benefits: 'Förmåner',
    competence: 'Kompetens',
    health: 'Hälsa',
  },
  dataCategoryHints: {
    identity_and_contact: 'Namn, personbeteckning, hemkommun och kontaktuppgifter.',
    employment_and_plan: 'Din situation som arbetssökande och planen ni gjort tillsammans.',
    education: 'Examina och studier.',
    benefits: 'Förmåner du får och deras läge.',
    competence: 'Din kompetens och erfarenhet.',
    health:
      'Hälsouppgifter hör till en särskild kategori av personuppgifter. De delas bara om du ' +
      'uttryckligen samtycker till det genom att välja detta alternativ.',
  },

  organisationKinds: {
    employment_services: 'Arbetskraftstjänster',
    social_insurance: 'Socialförsäkring',
    municipality: 'Kommun',
    wellbeing_services_county: 'Välfärdsområde',
    coordinator: 'Koordinator',
    service_provider: 'Tjänsteproducent',
  },

  consentStatus: {
    awaiting_confirmation: 'Väntar på din bekräftelse',
    given: 'Gällande',
    withdrawn: 'Återkallat',
    expired: 'Utgånget',
  },

  qualifications: {
    none: 'Ingen examen efter grundstadiet',
    upper_secondary_general: 'Studentexamen',
    vocational: 'Yrkesinriktad examen',
    higher: 'Högskoleexamen',
  },

  accessActions: {
    'customer.read': 'tittade på sammandraget av dina uppgifter',
    'customer.list': 'såg dig i sin kundlista',
    'customer.read_identity': 'tittade på din personbeteckning och dina kontaktuppgifter',
    'customer.read_access_log': 'tittade på loggen över dina uppgifter',
    'consent.read': 'tittade på dina samtycken',
    'consent.give': 'registrerade ett samtycke',
    'consent.withdraw': 'registrerade att ett samtycke återkallades',
    'consent.confirm': 'registrerade att ett samtycke bekräftades',
    'enrolment_confirmation.read': 'visade de gemensamma kundskap som väntar på bekräftelse',
    'enrolment_confirmation.answer': 'registrerade ditt svar om ett nytt gemensamt kundskap',
    'enrolment.check': 'kontrollerade om du redan är samkund',
    'enrolment.create': 'registrerade dig som samkund',
    'case.read': 'tittade på uppgifterna om ditt samkundskap',
    'case.write': 'uppdaterade uppgifterna om ditt samkundskap',
    'plan.read': 'tittade på din plan',
    'consent_request.read': 'tittade på förfrågningarna om samtycke som skickats till dig',
    'consent_request.answer': 'registrerade ditt svar på en förfrågan om samtycke',
    'message.read': 'läste dina meddelanden',
    'message.send': 'skickade ett meddelande',
    'work_queue.read': 'såg dig i sin uppgiftslista',
    'notice.read': 'såg ett meddelande om dig',
    'service_action.read': 'tittade på en uppgift i din plan',
    'service_action.update': 'uppdaterade en uppgift i din plan',
    'service_action.comment': 'kommenterade en uppgift i din plan',
    'competence.read': 'visade din kompetensprofil',
    'competence.write': 'ändrade din kompetensprofil',
    'competence.read_versions': 'visade tidigare versioner av din kompetensprofil',
    'competence.suggest': 'föreslog ett tillägg till din kompetensprofil',
    'competence.share_link.open': 'öppnade din kompetensprofil via din delningslänk',
    'jobs.read_matches': 'tittade på jobb som passar dig',
    'jobs.matching_customers': 'såg dig bland dem som passar ett jobb',
    'jobs.suggest': 'föreslog ett jobb för dig',
    'jobs.read_suggestions': 'tittade på jobb som föreslagits för dig',
    'jobs.respond_to_suggestion': 'svarade på ett jobbförslag',
    'referral.list_incoming': 'såg dig på serviceproducentens remisslista',
    'referral.list_for_customer': 'tittade på dina remisser till köpta tjänster',
    'referral.create': 'skrev en remiss för dig till en köpt tjänst',
    'referral.read': 'tittade på din remiss till en köpt tjänst',
    'referral.choose': 'registrerade valet av serviceproducent',
    'referral.delegate_choice': 'bad handläggaren välja serviceproducent',
    'referral.decide': 'registrerade ett beslut om din remiss',
    'referral.report': 'registrerade hur din köpta tjänst framskrider',
    'referral.withdraw': 'återkallade din remiss till en köpt tjänst',
    'survey.read': 'tittade på enkäten som skickats till dig',
    'monitoring.import': 'förde in registeruppgifter för uppföljningen',
  },
  accessActionUnknown: 'behandlade dina uppgifter',
  accessPurposes: {
    joint_customership: 'att samordna tjänsterna i ditt samkundskap',
    enrolment: 'att inleda ditt samkundskap',
    consent: 'att sköta dina samtycken',
    job_search_support: 'att stödja ditt jobbsökande',
    purchased_service: 'att ordna en köpt tjänst',
  },

  worker: {
    listTitle: 'Mina gemensamma kunder',
    listIntro: 'Här visas de unga som har gett din organisation ett gällande samtycke.',
    searchLabel: 'Sök på namn',
    searchHint: 'Början av förnamnet eller efternamnet',
    search: 'Sök',
    clearSearch: 'Töm sökningen',
    tableCaption: 'Gemensamma kunder',
    name: 'Namn',
    birthDate: 'Födelsedatum',
    municipality: 'Hemkommun',
    empty: 'Du har inga gemensamma kunder ännu.',
    emptySearch: (q: string): string => `Inga kunder hittades med sökordet ”${q}”.`,
    results: (n: number): string =>
      n === 1 ? '1 gemensam kund hittades.' : `${n} gemensamma kunder hittades.`,
    backToList: 'Tillbaka till gemensamma kunder',
    summaryTitle: 'Sammandrag av kunden',
    basicInfo: 'Grunduppgifter',
    identityCode: 'Personbeteckning',
    qualification: 'Utbildning',
    email: 'E-post',
    phone: 'Telefon',
    consentsHeld: 'Samtycken till din organisation',
    consentsHeldEmpty: 'Din organisation har inget gällande samtycke.',
    notFoundTitle: 'Kunden hittades inte',
    notFound:
      'Kunden hittades inte, eller så har du inte rätt att se kundens uppgifter. Så blir det ' +
      'till exempel om den unga har återkallat sitt samtycke till din organisation.',
  },

  consent: {
    categories: 'Uppgiftsgrupper',
    status: 'Status',
    givenAt: 'Givet',
    validUntil: 'Gäller till',
    withdrawnAt: 'Återkallat',
    specialCategory: 'särskild kategori av personuppgifter',
    method: 'Hur det gavs',
    methodOnline: 'På nätet i den här tjänsten',
    methodInPerson: (worker: string): string => `Vid ett möte, registrerat av ${worker}`,
    confirmedAt: 'Bekräftat',
  },

  person: {
    awaitingText:
      'En arbetstagare registrerade detta samtycke från ett möte. Det gäller känsliga personuppgifter och träder därför i kraft först när du bekräftar det.',
    confirm: 'Bekräfta samtycket',
    confirmFor: (org: string): string => `Bekräfta samtycket: ${org}`,
    confirmed: (org: string): string => `Samtycket har bekräftats: ${org}.`,
    enrolmentsTitle: 'Nya gemensamma kundskap väntar på ditt svar',
    enrolmentsIntro:
      'En organisation vill inleda ett gemensamt kundskap med dig. Den ser dina sparade uppgifter först när du bekräftar det. Om du avböjer ser den ingenting.',
    enrolmentText: (org: string, date: string): string =>
      `${org} registrerade dig som gemensam kund ${date}.`,
    confirmEnrolment: 'Bekräfta det gemensamma kundskapet',
    confirmEnrolmentFor: (org: string): string => `Bekräfta det gemensamma kundskapet: ${org}`,
    declineEnrolment: 'Avböj',
    declineEnrolmentFor: (org: string): string => `Avböj det gemensamma kundskapet: ${org}`,
    enrolmentConfirmed: (org: string): string =>
      `Det gemensamma kundskapet har bekräftats: ${org}.`,
    enrolmentDeclined: (org: string): string => `Det gemensamma kundskapet har avböjts: ${org}.`,
    title: 'Min sida',
    greeting: (name: string): string => `Hej, ${name}!`,
    intro:
      'Här ser du vilka organisationer du har gett samtycke till gemensam kundrelation, ' +
      'och vem som har sett dina uppgifter.',
    consentsTitle: 'Mina samtycken',
    consentsIntro:
      'Med ett samtycke låter du organisationen se de uppgifter du väljer för den gemensamma ' +
      'kundrelationen. Du kan återkalla samtycket när som helst.',
    noConsents: 'Du har inte gett några samtycken.',
    withdraw: 'Återkalla samtycket',
    withdrawFor: (org: string): string => `Återkalla samtycket: ${org}`,
    receipt: 'Ladda ner samtyckeskvittot (JSON)',
    receiptFor: (org: string): string => `Ladda ner samtyckeskvittot: ${org} (JSON)`,
    confirmTitle: 'Vill du återkalla samtycket?',
    confirmText: (org: string): string =>
      `${org} ser inte längre dina uppgifter efter att du har återkallat samtycket. Du kan ge ett nytt samtycke senare.`,
    confirmWithdraw: 'Ja, återkalla samtycket',
    withdrawing: 'Återkallar…',
    withdrawn: (org: string): string => `Samtycket har återkallats: ${org}.`,
    giveTitle: 'Ge samtycke',
    giveIntro: 'Välj organisationen och de uppgifter den får se. Grunduppgifterna är förvalda.',
    organisation: 'Organisation',
    chooseOrganisation: 'Välj organisation',
    organisationRequired: 'Välj en organisation.',
    categoriesLabel: 'Uppgifter som organisationen får se',
    categoriesRequired: 'Välj minst en uppgiftsgrupp.',
    validUntilLabel: 'Gäller till',
    validUntilHint: 'Om du lämnar fältet tomt gäller samtycket tills vidare.',
    validUntilInvalid: 'Datumet måste vara i framtiden.',
    optional: '(frivilligt)',
    submit: 'Ge samtycke',
    given: (org: string): string => `Samtycket har getts: ${org}.`,
    allGiven: 'Du har gett samtycke till alla organisationer i nätverket.',
    accessLogTitle: 'Vem har sett mina uppgifter',
    accessLogIntro:
      'Varje gång en organisation behandlar dina uppgifter registreras det. En rad är en sidvisning; när du syns i listor samlas det per organisation och dag.',
    accessLogCaption: 'Behandlingar av dina uppgifter',
    accessLogEmpty: 'Ingen har sett dina uppgifter ännu.',
    time: 'Tid',
    accessWho: 'Vem',
    accessShareLinkHolder: 'Den som har din delningslänk',
    accessWhat: 'Vad',
    accessWhy: 'Varför',
    accessListed: (n: number): string =>
      n === 1 ? 'En gång under dagen' : `${n} gånger under dagen`,
    accessShowMore: 'Visa äldre',
  },

  roles: {
    person: 'Ung person',
    worker: 'Sakkunnig',
    coordinator: 'Koordinator',
    content_editor: 'Innehållsredaktör',
    provider: 'Tjänsteproducent',
    organisation_lead: 'Organisationens ansvarsperson',
  },
  coordinator: {
    title: 'Nätverket',
    intro: 'Samarbetsnätverkets organisationer, kommuner och program.',
    noProgrammes: 'Nätverket har inga program.',
    programmes: 'Program',
    period: 'Period',
    periodOpenEnded: (start: string): string => `Från ${start}`,
    targetGroup: 'Målgrupp',
    ageRule: (age: number): string => `Under ${age} år`,
    qualificationRule: (q: string): string => `Minst: ${q}`,
    municipalities: 'Kommuner',
    partners: 'Partner',
    organisations: 'Organisationer',
    organisationsCaption: 'Nätverkets organisationer',
    name: 'Namn',
    kind: 'Typ',
    workers: 'Anställda',
    legalBasis: 'Rättslig grund',
    noLegalBasis: 'Inget eget kundarbete',
    region: 'Landskap',
  },

  notFound: {
    title: 'Sidan hittades inte',
    text: 'Sidan du söker finns inte.',
    home: 'Till startsidan',
  },

  cases: casesSv,
  day: daySv,
  catalogue: catalogueSv,
  services: servicesSv,
  competence: competenceSv,
  siteContent: siteContentSv,
  siteFeedback: siteFeedbackSv,
  purchasing: purchasingSv,
  jobs: jobsSv,
  disclosure: disclosureSv,
  survey: surveySv,
  monitoring: monitoringSv,
  errors: errorsSv,
}
