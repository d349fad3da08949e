import { errorsFi } from './errors/fi'
import { catalogueFi } from './cases/catalogue.fi'
import { competenceFi } from './competence/fi'
import { servicesFi } from './services/fi'
import { siteContentFi } from './siteContent/fi'
import { siteFeedbackFi } from './siteFeedback/fi'
import { purchasingFi } from './purchasing/fi'
import { jobsFi } from './jobs/fi'
import { disclosureFi } from './disclosure/fi'
import { surveyFi } from './survey/fi'
import { monitoringFi } from './monitoring/fi'
import { casesFi } from './cases/fi'
import { dayFi } from './day/fi'
import type { UserRole } from '../../src/shared/enums'
import type { AccessPurpose, LoggedAction } from '../../src/domain/customers/access-log-actions'

/** Finnish texts: the source of truth for every user-visible string; sv and en must match it. */
export const fi = {
  serviceName: 'Saumaton',
  serviceTagline: 'Nuorten yhteisasiakkuus',
  titleSuffix: 'Saumaton',

  common: {
    loading: 'Ladataan…',
    saving: 'Tallennetaan…',
    cancel: 'Peruuta',
    close: 'Sulje',
    errorTitle: 'Jotain meni vikaan',
    networkError: 'Palveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    tryAgain: 'Yritä uudelleen',
    notSet: 'Ei tiedossa',
    notShared: 'Ei jaettu organisaatiollesi',
    untilFurtherNotice: 'Toistaiseksi',
    yes: 'Kyllä',
    no: 'Ei',
  },

  layout: {
    skipToContent: 'Siirry pääsisältöön',
    mainNavigation: 'Päävalikko',
    language: 'Kieli',
    chooseLanguage: 'Valitse kieli',
    signedInAs: 'Kirjautunut käyttäjä',
    signOut: 'Kirjaudu ulos',
    footer: 'Saumaton – nuorten työllisyyspalvelujen yhteistyöverkosto',
  },

  nav: {
    myPage: 'Oma sivu',
    customers: 'Yhteisasiakkaani',
    network: 'Verkosto',
  },

  signIn: {
    title: 'Kirjaudu sisään',
    intro: 'Kirjaudu Saumaton-palveluun käyttäjätunnuksellasi.',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    submit: 'Kirjaudu',
    submitting: 'Kirjaudutaan…',
    usernameRequired: 'Anna käyttäjätunnus.',
    passwordRequired: 'Anna salasana.',
    wrongCredentials: 'Käyttäjätunnus tai salasana on väärin.',
    tooManyAttempts: (minutes: number): string =>
      `Liian monta epäonnistunutta yritystä. Yritä uudelleen ${minutes} minuutin kuluttua.`,
    sessionEnded: 'Istuntosi päättyi. Kirjaudu uudelleen jatkaaksesi.',
    signedOut: 'Olet kirjautunut ulos.',
    signedIn: 'Kirjauduit sisään.',
    strongIdentification: 'Kirjaudu vahvalla tunnistautumisella',
    strongIntro:
      'Nuoret: tunnistaudu verkkopankkitunnuksilla, mobiilivarmenteella tai varmennekortilla.',
    strongStarting: 'Siirrytään tunnistautumiseen…',
    passwordTitle: 'Kirjaudu käyttäjätunnuksella',
  },

  identification: {
    title: 'Kirjautuminen',
    finishing: 'Viimeistellään kirjautumista…',
    failedTitle: 'Kirjautuminen ei onnistunut',
    notCustomerTitle: 'Et ole vielä palvelun asiakas',
    backToSignIn: 'Takaisin kirjautumiseen',
  },

  invitation: {
    title: 'Aseta salasana',
    intro:
      'Valitse salasana Saumaton-palveluun. Kirjaudut jatkossa käyttäjätunnuksellasi ja tällä salasanalla.',
    checking: 'Tarkistetaan linkkiä…',
    username: 'Käyttäjätunnuksesi',
    password: 'Uusi salasana',
    passwordHint: 'Vähintään 12 merkkiä. Pitkä lause on hyvä salasana.',
    repeat: 'Uusi salasana uudelleen',
    passwordRequired: 'Anna salasana.',
    passwordShort: 'Salasanassa on oltava vähintään 12 merkkiä.',
    mismatch: 'Salasanat eivät ole samat.',
    submit: 'Aseta salasana',
    submitting: 'Tallennetaan…',
    doneTitle: 'Salasanasi on asetettu',
    done: (username: string): string =>
      `Kirjaudu nyt sisään käyttäjätunnuksellasi ${username} ja uudella salasanallasi.`,
    toSignIn: 'Siirry kirjautumaan',
    noToken: 'Linkistä puuttuu osa. Avaa koko linkki sähköpostiviestistä.',
  },

  pagination: {
    label: 'Sivutus',
    previous: 'Edellinen',
    next: 'Seuraava',
    pageOf: (page: number, pages: number): string => `Sivu ${page} / ${pages}`,
    total: (n: number): string => (n === 1 ? '1 rivi yhteensä' : `${n} riviä yhteensä`),
  },

  dataCategories: {
    identity_and_contact: 'Henkilö- ja yhteystiedot',
    employment_and_plan: 'Työnhaku ja suunnitelma',
    education: 'Koulutus',
    benefits: 'Etuudet',
    competence: 'Osaaminen',
    health: 'Terveys',
  },
  dataCategoryHints: {
    identity_and_contact: 'Nimi, henkilötunnus, kotikunta ja yhteystiedot.',
    employment_and_plan: 'Työnhakutilanne ja yhdessä laadittu suunnitelma.',
    education: 'Tutkinnot ja opinnot.',
    benefits: 'Saamasi etuudet ja niiden tilanne.',
    competence: 'Osaamisesi ja kokemuksesi.',
    health:
      'Terveystiedot ovat erityinen henkilötietoryhmä. Niitä jaetaan vain, jos annat niihin ' +
      'erikseen nimenomaisen suostumuksen valitsemalla tämän kohdan.',
  },

  organisationKinds: {
    employment_services: 'Työllisyyspalvelut',
    social_insurance: 'Sosiaalivakuutus',
    municipality: 'Kunta',
    wellbeing_services_county: 'Hyvinvointialue',
    coordinator: 'Koordinaattori',
    service_provider: 'Palveluntuottaja',
  },

  consentStatus: {
    awaiting_confirmation: 'Odottaa vahvistustasi',
    given: 'Voimassa',
    withdrawn: 'Peruttu',
    expired: 'Vanhentunut',
  },

  qualifications: {
    none: 'Ei perusasteen jälkeistä tutkintoa',
    upper_secondary_general: 'Ylioppilastutkinto',
    vocational: 'Ammatillinen tutkinto',
    higher: 'Korkeakoulututkinto',
  },

  accessActions: {
    'customer.read': 'katsoi yhteenvetoa tiedoistasi',
    'customer.list': 'näki sinut asiakaslistallaan',
    'customer.read_identity': 'katsoi henkilötunnustasi ja yhteystietojasi',
    'customer.read_access_log': 'katsoi tietojesi käyttölokia',
    'consent.read': 'katsoi suostumuksiasi',
    'consent.give': 'kirjasi suostumuksen',
    'consent.withdraw': 'kirjasi suostumuksen perumisen',
    'consent.confirm': 'kirjasi suostumuksen vahvistuksen',
    'enrolment_confirmation.read': 'katsoi vahvistettavat yhteisasiakkuudet',
    'enrolment_confirmation.answer': 'kirjasi vastauksesi uuteen yhteisasiakkuuteen',
    'enrolment.check': 'tarkisti, oletko jo yhteisasiakas',
    'enrolment.create': 'kirjasi sinut yhteisasiakkaaksi',
    'case.read': 'katsoi yhteisasiakkuutesi tietoja',
    'case.write': 'päivitti yhteisasiakkuutesi tietoja',
    'plan.read': 'katsoi suunnitelmaasi',
    'consent_request.read': 'katsoi sinulle lähetettyjä suostumuspyyntöjä',
    'consent_request.answer': 'kirjasi vastauksesi suostumuspyyntöön',
    'message.read': 'luki viestejäsi',
    'message.send': 'lähetti viestin',
    'work_queue.read': 'näki sinut tehtävälistallaan',
    'notice.read': 'näki sinua koskevan ilmoituksen',
    'service_action.read': 'katsoi suunnitelmasi tehtävää',
    'service_action.update': 'päivitti suunnitelmasi tehtävää',
    'service_action.comment': 'kommentoi suunnitelmasi tehtävää',
    'competence.read': 'katsoi osaamisprofiiliasi',
    'competence.write': 'muutti osaamisprofiiliasi',
    'competence.read_versions': 'katsoi osaamisprofiilisi aiempia versioita',
    'competence.suggest': 'ehdotti lisäystä osaamisprofiiliisi',
    'competence.share_link.open': 'avasi osaamisprofiilisi jakolinkkisi kautta',
    'jobs.read_matches': 'katsoi sinulle sopivia työpaikkoja',
    'jobs.matching_customers': 'näki sinut työpaikkaan sopivien joukossa',
    'jobs.suggest': 'ehdotti sinulle työpaikkaa',
    'jobs.read_suggestions': 'katsoi sinulle ehdotettuja työpaikkoja',
    'jobs.respond_to_suggestion': 'vastasi työpaikkaehdotukseen',
    'referral.list_incoming': 'näki sinut palveluntuottajan lähetelistalla',
    'referral.list_for_customer': 'katsoi lähetteitäsi ostopalveluihin',
    'referral.create': 'teki sinulle lähetteen ostopalveluun',
    'referral.read': 'katsoi lähetettäsi ostopalveluun',
    'referral.choose': 'kirjasi palveluntuottajan valinnan',
    'referral.delegate_choice': 'pyysi työntekijää valitsemaan palveluntuottajan',
    'referral.decide': 'kirjasi päätöksen lähetteestäsi',
    'referral.report': 'kirjasi ostopalvelusi etenemistä',
    'referral.withdraw': 'perui lähetteesi ostopalveluun',
    'survey.read': 'katsoi sinulle lähetettyä palautekyselyä',
    'monitoring.import': 'toi rekisteritietoja seurantaa varten',
  } satisfies Record<LoggedAction, string>,
  accessActionUnknown: 'käsitteli tietojasi',
  accessPurposes: {
    joint_customership: 'yhteisasiakkuutesi palveluiden yhteensovittaminen',
    enrolment: 'yhteisasiakkuuden aloittaminen',
    consent: 'suostumustesi hoitaminen',
    job_search_support: 'työnhakusi tukeminen',
    purchased_service: 'ostopalvelun järjestäminen',
  } satisfies Record<AccessPurpose, string>,

  worker: {
    listTitle: 'Yhteisasiakkaani',
    listIntro:
      'Tässä näkyvät nuoret, jotka ovat antaneet organisaatiollesi voimassa olevan suostumuksen.',
    searchLabel: 'Hae nimellä',
    searchHint: 'Etu- tai sukunimen alku',
    search: 'Hae',
    clearSearch: 'Tyhjennä haku',
    tableCaption: 'Yhteisasiakkaat',
    name: 'Nimi',
    birthDate: 'Syntymäaika',
    municipality: 'Kotikunta',
    empty: 'Sinulla ei ole vielä yhteisasiakkaita.',
    emptySearch: (q: string): string => `Hakusanalla ”${q}” ei löytynyt asiakkaita.`,
    results: (n: number): string =>
      n === 1 ? 'Löytyi 1 yhteisasiakas.' : `Löytyi ${n} yhteisasiakasta.`,
    backToList: 'Takaisin yhteisasiakkaisiin',
    summaryTitle: 'Asiakkaan yhteenveto',
    basicInfo: 'Perustiedot',
    identityCode: 'Henkilötunnus',
    qualification: 'Koulutus',
    email: 'Sähköposti',
    phone: 'Puhelin',
    consentsHeld: 'Organisaatiollesi annetut suostumukset',
    consentsHeldEmpty: 'Organisaatiollasi ei ole voimassa olevaa suostumusta.',
    notFoundTitle: 'Asiakasta ei löytynyt',
    notFound:
      'Asiakasta ei löytynyt, tai sinulla ei ole oikeutta nähdä hänen tietojaan. Näin käy ' +
      'esimerkiksi, jos nuori on perunut organisaatiollesi antamansa suostumuksen.',
  },

  consent: {
    categories: 'Tietoryhmät',
    status: 'Tila',
    givenAt: 'Annettu',
    validUntil: 'Voimassa asti',
    withdrawnAt: 'Peruttu',
    specialCategory: 'erityinen henkilötietoryhmä',
    method: 'Miten annettu',
    methodOnline: 'Verkossa tässä palvelussa',
    methodInPerson: (worker: string): string => `Tapaamisessa, kirjasi ${worker}`,
    confirmedAt: 'Vahvistettu',
  },

  person: {
    awaitingText:
      'Työntekijä kirjasi tämän suostumuksen tapaamisesta. Se koskee erityistä henkilötietoa, joten se tulee voimaan vasta, kun vahvistat sen.',
    confirm: 'Vahvista suostumus',
    confirmFor: (org: string): string => `Vahvista suostumus: ${org}`,
    confirmed: (org: string): string => `Suostumus vahvistettu: ${org}.`,
    enrolmentsTitle: 'Uudet yhteisasiakkuudet odottavat vastaustasi',
    enrolmentsIntro:
      'Organisaatio haluaa aloittaa kanssasi yhteisasiakkuuden. Se näkee tallennetut tietosi vasta, kun vahvistat sen. Jos hylkäät, se ei näe mitään.',
    enrolmentText: (org: string, date: string): string =>
      `${org} kirjasi sinut yhteisasiakkaaksi ${date}.`,
    confirmEnrolment: 'Vahvista yhteisasiakkuus',
    confirmEnrolmentFor: (org: string): string => `Vahvista yhteisasiakkuus: ${org}`,
    declineEnrolment: 'Hylkää',
    declineEnrolmentFor: (org: string): string => `Hylkää yhteisasiakkuus: ${org}`,
    enrolmentConfirmed: (org: string): string => `Yhteisasiakkuus vahvistettu: ${org}.`,
    enrolmentDeclined: (org: string): string => `Yhteisasiakkuus hylätty: ${org}.`,
    title: 'Oma sivu',
    greeting: (name: string): string => `Hei, ${name}!`,
    intro:
      'Täällä näet, mille organisaatioille olet antanut suostumuksen yhteisasiakkuuteen, ' +
      'ja kuka on katsonut tietojasi.',
    consentsTitle: 'Suostumukseni',
    consentsIntro:
      'Suostumuksella annat organisaation nähdä valitsemasi tiedot yhteisasiakkuutta varten. ' +
      'Voit perua suostumuksen milloin tahansa.',
    noConsents: 'Et ole antanut suostumuksia.',
    withdraw: 'Peru suostumus',
    withdrawFor: (org: string): string => `Peru suostumus: ${org}`,
    receipt: 'Lataa suostumuskuitti (JSON)',
    receiptFor: (org: string): string => `Lataa suostumuskuitti: ${org} (JSON)`,
    confirmTitle: 'Perutaanko suostumus?',
    confirmText: (org: string): string =>
      `${org} ei enää näe tietojasi heti perumisen jälkeen. Voit antaa uuden suostumuksen myöhemmin.`,
    confirmWithdraw: 'Kyllä, peru suostumus',
    withdrawing: 'Perutaan…',
    withdrawn: (org: string): string => `Suostumus peruttu: ${org}.`,
    giveTitle: 'Anna suostumus',
    giveIntro:
      'Valitse organisaatio ja tiedot, jotka se saa nähdä. Perustiedot on valittu valmiiksi.',
    organisation: 'Organisaatio',
    chooseOrganisation: 'Valitse organisaatio',
    organisationRequired: 'Valitse organisaatio.',
    categoriesLabel: 'Tiedot, jotka organisaatio saa nähdä',
    categoriesRequired: 'Valitse vähintään yksi tietoryhmä.',
    validUntilLabel: 'Voimassa asti',
    validUntilHint: 'Jos jätät tyhjäksi, suostumus on voimassa toistaiseksi.',
    validUntilInvalid: 'Päivämäärän on oltava tulevaisuudessa.',
    optional: '(vapaaehtoinen)',
    submit: 'Anna suostumus',
    given: (org: string): string => `Suostumus annettu: ${org}.`,
    allGiven: 'Olet antanut suostumuksen kaikille verkoston organisaatioille.',
    accessLogTitle: 'Kuka on katsonut tietojani',
    accessLogIntro:
      'Jokainen organisaatioiden tekemä tietojesi käsittely kirjataan. Yksi rivi on yksi sivunäkymä; listoilla näkyminen kootaan organisaatioittain ja päivittäin.',
    accessLogCaption: 'Tietojesi käsittelyt',
    accessLogEmpty: 'Kukaan ei ole vielä katsonut tietojasi.',
    time: 'Aika',
    accessWho: 'Kuka',
    accessShareLinkHolder: 'Jakolinkkisi haltija',
    accessWhat: 'Mitä teki',
    accessWhy: 'Miksi',
    accessListed: (n: number): string =>
      n === 1 ? 'Kerran päivän aikana' : `${n} kertaa päivän aikana`,
    accessShowMore: 'Näytä vanhempia',
  },

  roles: {
    person: 'Nuori',
    worker: 'Asiantuntija',
    coordinator: 'Koordinaattori',
    content_editor: 'Sisällöntuottaja',
    provider: 'Palveluntuottaja',
    organisation_lead: 'Organisaation vastuuhenkilö',
  } satisfies Record<UserRole, string>,
  coordinator: {
    title: 'Verkosto',
    intro: 'Yhteistyöverkoston organisaatiot, kunnat ja ohjelma.',
    noProgrammes: 'Verkostolla ei ole ohjelmia.',
    programmes: 'Ohjelma',
    period: 'Kausi',
    periodOpenEnded: (start: string): string => `${start} alkaen`,
    targetGroup: 'Kohderyhmä',
    ageRule: (age: number): string => `Alle ${age}-vuotiaat`,
    qualificationRule: (q: string): string => `Vähintään: ${q}`,
    municipalities: 'Kunnat',
    partners: 'Kumppanit',
    organisations: 'Organisaatiot',
    organisationsCaption: 'Verkoston organisaatiot',
    name: 'Nimi',
    kind: 'Tyyppi',
    workers: 'Työntekijöitä',
    legalBasis: 'Oikeusperusta',
    noLegalBasis: 'Ei omaa asiakastyötä',
    region: 'Maakunta',
  },

  notFound: {
    title: 'Sivua ei löytynyt',
    text: 'Hakemaasi sivua ei ole olemassa.',
    home: 'Etusivulle',
  },

  cases: casesFi,
  day: dayFi,
  catalogue: catalogueFi,
  services: servicesFi,
  competence: competenceFi,
  siteContent: siteContentFi,
  siteFeedback: siteFeedbackFi,
  purchasing: purchasingFi,
  jobs: jobsFi,
  disclosure: disclosureFi,
  survey: surveyFi,
  monitoring: monitoringFi,
  errors: errorsFi,
}

/** The shape every language must fill; a missing key is a type error. */
export type Translations = typeof fi
