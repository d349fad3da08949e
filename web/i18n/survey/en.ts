import type { surveyFi } from './fi'

export const surveyEn: typeof surveyFi = {
  title: 'Customer-satisfaction survey',
  intro:
    'Your service period has ended. Tell us how we did. The answers are anonymous: they cannot be linked to you. You may skip questions.',
  checking: 'Checking the link…',
  noToken: 'The link is missing its code. Open the link from the e-mail as it is.',
  goneTitle: 'The link no longer works',
  questions: {
    overall: 'How satisfied are you with the service as a whole?',
    seamless: 'Did you get the service as one whole, without having to know who does what?',
    contacts: 'Did you know whom to contact?',
    helped: 'Did the service help you towards work or studies?',
  },
  scale: (n: number): string => ['1 – poor', '2', '3', '4', '5 – excellent'][n - 1] ?? String(n),
  freeText: 'What else would you like to tell us? (optional)',
  freeTextHint: 'Do not write names or other identifying details.',
  submit: 'Send the answer',
  submitting: 'Sending…',
  thanksTitle: 'Thank you for your answer!',
  thanks: 'Your answer has been saved anonymously. The link no longer works.',
  pendingTitle: 'Tell us how we did',
  pendingIntro: 'Your service period has ended. Answer a short survey – the answers are anonymous.',
  open: 'Answer the survey',
  answered: 'Thank you! Your answer was saved anonymously.',
  resultsTitle: 'Customer satisfaction',
  resultsIntro:
    'Anonymous answers by month, municipality and end reason. Free-text answers are shown only for municipalities with at least the threshold number of answers.',
  answers: 'Answers',
  municipality: 'Municipality',
  total: 'Total',
  mean: (q: string): string => `Mean: ${q}`,
  noAnswers: 'No answers for this month.',
  freeTexts: 'Free-text answers',
  freeTextsHidden: 'Free-text answers are not shown: there are too few answers.',
}
