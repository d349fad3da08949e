import type { CompetenceTexts } from './fi'

/** Swedish texts of the competence profile. */
export const competenceSv: CompetenceTexts = {
  nav: 'Min kompetens',
  title: 'Min kompetens',
  intro:
    'Kompetensprofilen är din. Du bestämmer vem som får se den: nätverkets organisationer ser den bara med ditt samtycke, och en arbetsgivare kan du ge en länk.',
  sharedTitle: 'Delad kompetensprofil',
  sharedIntro: (until: string): string =>
    `Den unga har delat dessa delar av sin profil. Länken gäller till ${until}.`,
  empty: 'Profilen har ännu inga uppgifter. Du kan importera en kompetenskartläggning från en fil.',
  version: (n: number, at: string): string => `Version ${n}, sparad ${at}`,
  sections: {
    qualifications: 'Examina',
    skills: 'Färdigheter',
    workExperience: 'Arbetserfarenhet',
    languages: 'Språkkunskaper',
    certificates: 'Körkort och kort',
    interests: 'Intressen',
    wishedOccupations: 'Önskade yrken',
    wishedMunicipalities: 'Önskade kommuner',
    availability: 'Tillgänglighet',
  },
  workingTime: { full_time: 'heltid', part_time: 'deltid', either: 'heltid eller deltid' },
  availableFrom: (date: string): string => `från ${date}`,
  validUntil: (date: string): string => `giltigt till ${date}`,
  print: 'Skriv ut',
  exportJson: 'Ladda ner uppgifterna (JSON)',
  importTitle: 'Importera en kompetenskartläggning',
  importIntro:
    'Välj filen från bedömningsverktyget (CSV eller JSON). Om filen har ett fel importeras ingenting.',
  importFile: 'Fil',
  importSubmit: 'Importera',
  imported: 'Kartläggningen importerades till din profil.',
  importErrorAt: (where: string, column: string, message: string): string =>
    `${where}${column ? `, kolumn ${column}` : ''}: ${message}`,
  line: (n: number): string => `Rad ${n}`,
  item: (n: number): string => `Post ${n}`,
  suggestionsTitle: 'Förslag',
  suggestionFrom: 'En anställd i nätverket föreslår ett tillägg:',
  accept: 'Godkänn',
  reject: 'Avvisa',
  shareTitle: 'Dela med en arbetsgivare',
  shareIntro:
    'Gör en länk som bara visar de delar du väljer. Du kan återkalla länken när som helst.',
  shareSections: 'Delar som visas',
  shareLabel: 'Till vem (en anteckning bara för dig)',
  shareDays: 'Giltig i dagar',
  shareCreate: 'Gör en länk',
  shareCreated: 'Länken är klar. Kopiera den nu: du ser den inte senare.',
  shareLinks: 'Dina länkar',
  shareStatus: { active: 'giltig', expired: 'har gått ut', revoked: 'återkallad' },
  shareUntil: (date: string): string => `giltig till ${date}`,
  revoke: 'Återkalla länken',
  revokeQuestion: {
    title: 'Återkalla länken?',
    text: 'Länken slutar fungera genast. Det kan inte ångras.',
    confirm: 'Återkalla länken',
  },
  noLinks: 'Du har inte gjort några länkar.',
}
