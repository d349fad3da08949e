/** The coordinator's screen for the website's feedback (Act 306/2019: answered within 14 days). */
export const siteFeedbackFi = {
  nav: 'Verkkosivun palaute',
  title: 'Verkkosivun palaute',
  intro:
    'Verkkosivun saavutettavuuspalautteeseen vastataan 14 päivän kuluessa (laki digitaalisten palvelujen tarjoamisesta 306/2019). Myöhässä olevat on korostettu.',
  caption: 'Palautteet, uusin ensin',
  received: 'Saapunut',
  due: 'Vastattava viimeistään',
  message: 'Palaute',
  status: 'Tila',
  open: 'Vastaamatta',
  overdue: 'Myöhässä',
  answered: 'Vastattu',
  onlyOpen: 'Näytä vain vastaamattomat',
  showAll: 'Näytä kaikki',
  more: 'Näytä lisää',
  none: 'Ei palautetta.',
  noneOpen: 'Kaikkiin palautteisiin on vastattu.',
  openItem: 'Avaa',
  back: 'Takaisin palautteisiin',
  page: 'Sivu',
  contact: 'Yhteystieto',
  noContact: 'Ei yhteystietoa',
  language: 'Kieli',
  answer: 'Vastaus',
  answerHint: 'Mitä vastasit ja miten (esimerkiksi sähköpostilla).',
  answerRequired: 'Kirjoita vastaus.',
  markAnswered: 'Tallenna vastaus ja merkitse vastatuksi',
  saved: 'Vastaus tallennettu.',
  answeredAt: 'Vastattu',
}

export type SiteFeedbackTexts = typeof siteFeedbackFi
