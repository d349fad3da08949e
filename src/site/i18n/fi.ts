/** The public website's texts in Finnish; `sv` and `en` must have the same keys (SiteTexts). */
export const fi = {
  siteName: 'Saumaton – nuorten työllisyyspalvelut',
  siteShortName: 'Saumaton',
  skipToContent: 'Siirry sisältöön',
  mainNavigation: 'Päävalikko',
  languageSwitch: 'Kieli',
  signIn: 'Kirjaudu palveluun',
  breadcrumbs: 'Murupolku',
  home: 'Etusivu',
  footer: 'Sivuston tiedot',
  frontTitle: 'Palvelut nuorille ja työnantajille',
  frontLead: (region: string) =>
    `${region}: kumppaniverkoston palvelut alle 30-vuotiaille työnhakijoille ja nuoria palkkaaville työnantajille.`,
  municipalities: 'Kunnat',
  municipalityLead: (name: string) =>
    `${name}: palvelut nuorille ja työnantajille, tapahtumat ja tarinat.`,
  servicesForYoungPeople: 'Palvelut nuorille',
  servicesForEmployers: 'Palvelut työnantajille',
  allServices: (name: string) => `Kaikki palvelut: ${name}`,
  noServices: 'Ei julkaistuja palveluja.',
  firstPage: 'Ensimmäiselle sivulle',
  morePages: 'Lisää',
  service: 'Palvelu',
  provider: 'Järjestäjä',
  eligibility: 'Kenelle',
  howToApply: 'Näin haet',
  fees: 'Hinta',
  ages: (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `${min}–${max}-vuotiaille`
      : min !== null
        ? `vähintään ${min}-vuotiaille`
        : `enintään ${max}-vuotiaille`,
  contacts: 'Yhteystiedot',
  locations: 'Toimipisteet',
  openingHours: 'Aukioloajat',
  accessibility: 'Esteettömyys',
  languages: 'Palvelukielet',
  website: 'Verkkosivu',
  email: 'Sähköposti',
  phone: 'Puhelin',
  openData: 'Avoin data',
  hsdsLink: 'Palvelun tiedot koneluettavina (HSDS)',
  hsdsListLink: 'Palvelutarjotin koneluettavana (HSDS-rajapinta)',
  weekdays: { MO: 'ma', TU: 'ti', WE: 'ke', TH: 'to', FR: 'pe', SA: 'la', SU: 'su' },
  languageNames: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' } as Record<string, string>,
  notFoundTitle: 'Sivua ei löytynyt',
  notFoundBody: 'Hakemaasi sivua ei ole tai se on poistettu.',
  toFrontPage: 'Etusivulle',
  accessibilityStatement: 'Saavutettavuusseloste',
  privacyNotice: 'Tietosuojaseloste',
  feedback: 'Palaute',
  feedbackLead:
    'Kerro, jos sivustolla on saavutettavuuden puute tai muuta korjattavaa. Vastaamme 14 päivän kuluessa.',
  feedbackMessage: 'Palautteesi',
  feedbackAbout: 'Mitä sivua palaute koskee (vapaaehtoinen)',
  feedbackContact: 'Sähköposti tai puhelin vastausta varten (vapaaehtoinen)',
  feedbackSend: 'Lähetä palaute',
  feedbackThanks: 'Kiitos palautteesta. Vastaamme 14 päivän kuluessa, jos annoit yhteystiedon.',
  feedbackMissing: 'Kirjoita palaute ennen lähettämistä.',
  noCookies: 'Sivusto ei käytä evästeitä eikä seuraa kävijöitä.',
}

export type SiteTexts = typeof fi
