import type { CompetenceTexts } from './fi'

/** English texts of the competence profile. */
export const competenceEn: CompetenceTexts = {
  nav: 'My competence',
  title: 'My competence',
  intro:
    'Your competence profile is yours. You decide who sees it: the network’s organisations see it only with your consent, and you can give an employer a link.',
  sharedTitle: 'Shared competence profile',
  sharedIntro: (until: string): string =>
    `The young person has shared these parts of their profile. The link is valid until ${until}.`,
  empty: 'The profile has no details yet. You can import a competence mapping from a file.',
  version: (n: number, at: string): string => `Version ${n}, saved ${at}`,
  sections: {
    qualifications: 'Qualifications',
    skills: 'Skills',
    workExperience: 'Work experience',
    languages: 'Languages',
    certificates: 'Driving licences and cards',
    interests: 'Interests',
    wishedOccupations: 'Wished occupations',
    wishedMunicipalities: 'Wished municipalities',
    availability: 'Availability',
  },
  workingTime: { full_time: 'full-time', part_time: 'part-time', either: 'full-time or part-time' },
  availableFrom: (date: string): string => `from ${date}`,
  validUntil: (date: string): string => `valid until ${date}`,
  print: 'Print',
  exportJson: 'Download my data (JSON)',
  importTitle: 'Import a competence mapping',
  importIntro:
    'Choose the file the assessment tool made (CSV or JSON). If the file has an error, nothing is imported.',
  importFile: 'File',
  importSubmit: 'Import',
  imported: 'The mapping was imported into your profile.',
  importErrorAt: (where: string, column: string, message: string): string =>
    `${where}${column ? `, column ${column}` : ''}: ${message}`,
  line: (n: number): string => `Line ${n}`,
  item: (n: number): string => `Item ${n}`,
  suggestionsTitle: 'Suggestions',
  suggestionFrom: 'A worker of the network suggests an addition:',
  accept: 'Accept',
  reject: 'Reject',
  shareTitle: 'Share with an employer',
  shareIntro:
    'Make a link that shows only the parts you choose. You can revoke the link at any time.',
  shareSections: 'Parts shown',
  shareLabel: 'For whom (a note only you see)',
  shareDays: 'Valid for days',
  shareCreate: 'Make a link',
  shareCreated: 'The link is ready. Copy it now: you will not see it again.',
  shareLinks: 'Your links',
  shareStatus: { active: 'valid', expired: 'expired', revoked: 'revoked' },
  shareUntil: (date: string): string => `valid until ${date}`,
  revoke: 'Revoke the link',
  revokeQuestion: {
    title: 'Revoke the link?',
    text: 'The link stops working at once. This cannot be undone.',
    confirm: 'Revoke the link',
  },
  noLinks: 'You have made no links.',
}
