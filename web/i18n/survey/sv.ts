import type { surveyFi } from './fi'

export const surveySv: typeof surveyFi = {
  title: 'Kundnöjdhetsenkät',
  intro:
    'Din serviceperiod har avslutats. Berätta hur vi lyckades. Svaren är anonyma: de kan inte kopplas till dig. Du kan hoppa över frågor.',
  checking: 'Länken kontrolleras…',
  noToken: 'Länken saknar sin kod. Öppna länken som sådan från e-postmeddelandet.',
  goneTitle: 'Länken fungerar inte längre',
  questions: {
    overall: 'Hur nöjd är du med tjänsten som helhet?',
    seamless: 'Fick du tjänsten som en helhet, utan att behöva veta vem som gör vad?',
    contacts: 'Visste du vem du skulle kontakta?',
    helped: 'Hjälpte tjänsten dig mot arbete eller studier?',
  },
  scale: (n: number): string => ['1 – dålig', '2', '3', '4', '5 – utmärkt'][n - 1] ?? String(n),
  freeText: 'Vad mer vill du berätta? (frivilligt)',
  freeTextHint: 'Skriv inte namn eller andra identifierande uppgifter.',
  submit: 'Skicka svaret',
  submitting: 'Skickas…',
  thanksTitle: 'Tack för ditt svar!',
  thanks: 'Ditt svar har sparats anonymt. Länken fungerar inte längre.',
  pendingTitle: 'Berätta hur vi lyckades',
  pendingIntro: 'Din serviceperiod har avslutats. Svara på en kort enkät – svaren är anonyma.',
  open: 'Svara på enkäten',
  answered: 'Tack! Ditt svar sparades anonymt.',
  resultsTitle: 'Kundnöjdhet',
  resultsIntro:
    'Anonyma svar efter månad, kommun och orsak till avslut. Fria svar visas bara för kommuner med minst tröskelvärdets antal svar.',
  answers: 'Svar',
  municipality: 'Kommun',
  total: 'Totalt',
  mean: (q: string): string => `Medelvärde: ${q}`,
  noAnswers: 'Inga svar för den här månaden.',
  freeTexts: 'Fria svar',
  freeTextsHidden: 'Fria svar visas inte: det finns för få svar.',
}
