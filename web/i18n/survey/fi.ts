import type { SurveyQuestion } from '../../../src/shared/survey'

/** The satisfaction survey: the form, the link page and the results (Finnish is the source). */
export const surveyFi = {
  title: 'Asiakastyytyväisyyskysely',
  intro:
    'Palvelujaksosi on päättynyt. Kerro, miten onnistuimme. Vastaukset ovat nimettömiä: niitä ei voi yhdistää sinuun. Voit jättää kysymyksiä väliin.',
  checking: 'Tarkistetaan linkkiä…',
  noToken: 'Linkistä puuttuu tunniste. Avaa linkki sellaisenaan sähköpostista.',
  goneTitle: 'Linkki ei enää toimi',
  questions: {
    overall: 'Kuinka tyytyväinen olet saamaasi palveluun kokonaisuutena?',
    seamless:
      'Saitko palvelun yhtenä kokonaisuutena, ilman että sinun piti tietää, kuka tekee mitäkin?',
    contacts: 'Tiesitkö, keneen ottaa yhteyttä?',
    helped: 'Auttoiko palvelu sinua kohti työtä tai opintoja?',
  } satisfies Record<SurveyQuestion, string>,
  scale: (n: number): string =>
    ['1 – heikko', '2', '3', '4', '5 – erinomainen'][n - 1] ?? String(n),
  freeText: 'Mitä muuta haluat kertoa? (vapaaehtoinen)',
  freeTextHint: 'Älä kirjoita nimiä tai muita tunnistetietoja.',
  submit: 'Lähetä vastaus',
  submitting: 'Lähetetään…',
  thanksTitle: 'Kiitos vastauksestasi!',
  thanks: 'Vastauksesi on tallennettu nimettömänä. Linkki ei enää toimi.',
  pendingTitle: 'Kerro, miten onnistuimme',
  pendingIntro: 'Palvelujaksosi päättyi. Vastaa lyhyeen kyselyyn – vastaukset ovat nimettömiä.',
  open: 'Vastaa kyselyyn',
  answered: 'Kiitos! Vastauksesi tallennettiin nimettömänä.',
  // Results for the coordinator
  resultsTitle: 'Asiakastyytyväisyys',
  resultsIntro:
    'Nimettömät vastaukset kuukauden, kunnan ja päättymissyyn mukaan. Vapaat vastaukset näytetään vain kunnista, joista on vähintään kynnysarvon verran vastauksia.',
  answers: 'Vastauksia',
  municipality: 'Kunta',
  total: 'Yhteensä',
  mean: (q: string): string => `Keskiarvo: ${q}`,
  noAnswers: 'Tältä kuukaudelta ei ole vastauksia.',
  freeTexts: 'Vapaat vastaukset',
  freeTextsHidden: 'Vapaita vastauksia ei näytetä: vastauksia on liian vähän.',
}
