import type { monitoringFi } from './fi'

export const monitoringSv: typeof monitoringFi = {
  nav: 'Uppföljning',
  title: 'Uppföljningens siffror',
  intro:
    'Månadens siffror för den nationella uppföljningen. Siffror under 5 personer och siffror som de kunde räknas ut ur är dolda – också i jämförelsen med föregående månad.',
  month: 'Månad',
  by: 'Gruppering',
  dimensions: { programme: 'Program', municipality: 'Kommun', organisation: 'Organisation' },
  group: 'Visa grupp',
  allGroups: 'Alla',
  show: 'Visa',
  print: 'Skriv ut',
  download: 'Ladda ner',
  downloadCsv: 'CSV',
  downloadXlsx: 'Excel (XLSX)',
  total: 'Totalt',
  previousMonth: 'Föregående månad',
  thisMonth: 'Denna månad',
  definition: 'Definition',
  summary: (label: string, now: string, before: string): string =>
    `${label}: denna månad ${now}, föregående månad ${before}.`,
  charts: {
    title: 'Diagram',
    intro:
      'Diagrammen visar den valda gruppens (eller allas) siffror för denna och föregående månad. Samma siffror finns i tabellerna nedan. Dolda siffror ritas inte: i deras ställe finns en lucka och en anteckning.',
    scope: (group: string): string => `Grupp: ${group}`,
    customers: 'Kunder vid månadens slut, per månad',
    customersDescription: (summary: string): string =>
      `Stapeldiagram över antalet kunder vid månadens slut. ${summary}`,
    flows: 'Påbörjade och avslutade enligt orsak',
    flowsDescription: (summary: string): string =>
      `Staplade staplar: påbörjade enligt långtidsarbetslöshet och avslutade enligt orsak, per månad. ${summary}`,
    successful: 'Andel lyckade avslut (%)',
    successfulDescription: (summary: string): string =>
      `Stapeldiagram över andelen lyckade avslut i procent. ${summary}`,
    started: 'Påbörjade',
    ended: 'Avslutade',
    value: 'Antal',
    share: 'Andel (%)',
    part: 'Del',
    monthValue: (month: string, value: string): string => `${month}: ${value}`,
    hiddenParts: (parts: string): string => `Dolt: ${parts}.`,
    noHidden: 'Inga dolda siffror.',
  },
  ownOrganisation: (role: string): string =>
    `${role}: siffrorna gäller endast gemensamma kundrelationer som din organisation har inlett.`,
  noReferralServices: 'Nätverket har ännu inga köpta tjänster.',
  exports: {
    title: 'Långa nedladdningar',
    intro:
      'Filen görs i bakgrunden. Du kan fortsätta arbeta; den färdiga filen visas nedan. Filen sparas i 7 dagar och kan laddas ned endast av användare i din organisation.',
    startCsv: 'Gör en CSV-fil i bakgrunden',
    startXlsx: 'Gör en Excel-fil i bakgrunden',
    empty: 'Inga nedladdningar ännu.',
    queued: 'I kö',
    running: 'Pågår',
    done: 'Klar',
    failed: 'Misslyckades',
    progress: (percent: number): string => `${percent} % klart`,
    download: 'Ladda ned filen',
    expires: (date: string): string => `tillgänglig till ${date}`,
    expired: 'Filen har gått ut.',
    what: (month: string, by: string, format: string): string => `${month}, ${by}, ${format}`,
    started: 'Nedladdningen har startats.',
    errors: {
      export_failed: 'Filen kunde inte göras. Försök igen.',
      export_too_large: 'Filen skulle bli för stor.',
    },
    listLabel: 'Din organisations nedladdningar',
  },
  apiKeys: {
    title: 'API-nycklar',
    intro:
      'Med en nyckel kan en maskin hämta månadens siffror via gränssnittet (Authorization: Bearer). Nyckeln visas bara en gång. Varje användning loggas.',
    name: 'Nyckelns namn',
    nameRequired: 'Ge nyckeln ett namn.',
    create: 'Skapa nyckel',
    created: 'Kopiera nyckeln nu – den visas inte igen:',
    createdOn: (date: string): string => `skapad ${date}`,
    revokedOn: (date: string): string => `återkallad ${date}`,
    lastUsed: (date: string): string => `senast använd ${date}`,
    neverUsed: 'inte använd',
    revoke: 'Återkalla nyckeln',
    revokeTitle: 'Återkalla nyckeln?',
    revokeText: (name: string): string =>
      `Maskiner som använder nyckeln ${name} får inte längre siffrorna.`,
  },
  tables: {
    customersAtMonthEnd: {
      title: 'Kunder i slutet av månaden',
      definition:
        'Gemensamma kundskap som hade börjat senast månadens sista dag och inte avslutats den dagen eller tidigare. Långtidsarbetslös: den oavbrutna arbetslösheten hade på månadens sista dag varat minst 12 månader.',
    },
    started: {
      title: 'Inledda',
      definition:
        'Gemensamma kundskap vars startdag infaller under månaden. Långtidsarbetslös vid start: den oavbrutna arbetslösheten hade på startdagen varat minst 12 månader.',
    },
    firstAction: {
      title: 'Genomloppstid: från start till första serviceåtgärd',
      definition:
        'Gemensamma kundskap som inletts under månaden och har en serviceåtgärd; median och 90:e percentil i dagar från registreringen av starten till den första åtgärden.',
    },
    ended: {
      title: 'Avslutade efter orsak',
      definition:
        'Gemensamma kundskap vars slutdag infaller under månaden. Lyckat avslut: sysselsättning på den öppna arbetsmarknaden eller med stöd, eller studier.',
    },
    followUp3: {
      title: 'I arbete eller studier 3 månader efter avslut',
      definition:
        'De som avslutades under månaden och vars situation 3 månader senare har importerats från registret. Andelen räknas av dem med uppföljningsdata.',
    },
    followUp6: {
      title: 'I arbete eller studier 6 månader efter avslut',
      definition:
        'De som avslutades under månaden och vars situation 6 månader senare har importerats från registret. Andelen räknas av dem med uppföljningsdata.',
    },
    serviceActionsStarted: {
      title: 'Inledda sysselsättningstjänster: serviceåtgärder',
      definition:
        'Serviceåtgärder registrerade under månaden efter datakategori. Hänvisningar till köpta tjänster som inleddes under månaden finns i nästa tabell per tjänst.',
    },
    referralsStarted: {
      title: 'Inledda köpta tjänster',
      definition:
        'Hänvisningar till köpta tjänster vars tjänst inleddes under månaden (start registrerad av tjänsteproducenten), per tjänst – även de som sedan har avslutats. Tillsammans med serviceåtgärderna är de månadens inledda sysselsättningstjänster.',
    },
  },
  columns: {
    longTermUnemployed: 'Långtidsarbetslösa',
    notLongTermUnemployed: 'Övriga',
    withFirstAction: 'Åtgärd registrerad',
    withoutFirstAction: 'Ingen åtgärd',
    inWorkOrStudies: 'I arbete eller studier',
    notInWorkOrStudies: 'Varken i arbete eller studier',
    noFollowUpData: 'Ingen uppföljningsdata',
  },
  derived: {
    longTermUnemployedShare: 'Andel långtidsarbetslösa (%)',
    medianDaysToFirstAction: 'Median (dagar)',
    p90DaysToFirstAction: '90:e percentil (dagar)',
    successfulShare: 'Andel lyckade (%)',
    inWorkOrStudiesShare: 'I arbete eller studier (%)',
  },
}
