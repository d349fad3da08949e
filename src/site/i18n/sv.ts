import type { SiteTexts } from './fi'

export const sv: SiteTexts = {
  siteName: 'Saumaton – sysselsättningstjänster för unga',
  siteShortName: 'Saumaton',
  skipToContent: 'Hoppa till innehållet',
  mainNavigation: 'Huvudmeny',
  languageSwitch: 'Språk',
  signIn: 'Logga in i tjänsten',
  breadcrumbs: 'Brödsmulor',
  home: 'Startsida',
  footer: 'Om webbplatsen',
  frontTitle: 'Tjänster för unga och arbetsgivare',
  frontLead: (region: string) =>
    `${region}: partnerskapsnätverkets tjänster för arbetssökande under 30 år och för arbetsgivare som anställer unga.`,
  municipalities: 'Kommuner',
  municipalityLead: (name: string) =>
    `${name}: tjänster för unga och arbetsgivare, evenemang och berättelser.`,
  servicesForYoungPeople: 'Tjänster för unga',
  servicesForEmployers: 'Tjänster för arbetsgivare',
  allServices: (name: string) => `Alla tjänster: ${name}`,
  noServices: 'Inga publicerade tjänster.',
  firstPage: 'Till första sidan',
  morePages: 'Fler',
  service: 'Tjänst',
  provider: 'Anordnare',
  eligibility: 'För vem',
  howToApply: 'Så här ansöker du',
  fees: 'Pris',
  ages: (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `för ${min}–${max}-åringar`
      : min !== null
        ? `för minst ${min}-åringar`
        : `för högst ${max}-åringar`,
  contacts: 'Kontaktuppgifter',
  locations: 'Verksamhetsställen',
  openingHours: 'Öppettider',
  accessibility: 'Tillgänglighet',
  languages: 'Tjänstespråk',
  website: 'Webbplats',
  email: 'E-post',
  phone: 'Telefon',
  openData: 'Öppna data',
  hsdsLink: 'Tjänstens uppgifter maskinläsbart (HSDS)',
  hsdsListLink: 'Tjänsteutbudet maskinläsbart (HSDS-gränssnitt)',
  weekdays: { MO: 'må', TU: 'ti', WE: 'on', TH: 'to', FR: 'fr', SA: 'lö', SU: 'sö' },
  languageNames: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  notFoundTitle: 'Sidan hittades inte',
  notFoundBody: 'Sidan du söker finns inte eller har tagits bort.',
  toFrontPage: 'Till startsidan',
  accessibilityStatement: 'Tillgänglighetsutlåtande',
  privacyNotice: 'Dataskyddsbeskrivning',
  feedback: 'Respons',
  feedbackLead:
    'Berätta om webbplatsen har en tillgänglighetsbrist eller något annat att rätta. Vi svarar inom 14 dagar.',
  feedbackMessage: 'Din respons',
  feedbackAbout: 'Vilken sida responsen gäller (frivilligt)',
  feedbackContact: 'E-post eller telefon för svaret (frivilligt)',
  feedbackSend: 'Skicka respons',
  feedbackThanks: 'Tack för responsen. Vi svarar inom 14 dagar om du gav en kontaktuppgift.',
  feedbackMissing: 'Skriv responsen innan du skickar.',
  noCookies: 'Webbplatsen använder inga kakor och spårar inte besökare.',
}
