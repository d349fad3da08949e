import type { FigureTableId, MonitoringDimension } from '../../../src/shared/monitoring'

/** The monitoring dashboard; each figure's definition is written here, shown beside it. */
export const monitoringFi = {
  nav: 'Seuranta',
  title: 'Seurannan luvut',
  intro:
    'Kuukauden luvut valtakunnallista seurantaa varten. Alle 5 henkilön luvut ja luvut, joista ne voisi laskea, on piilotettu – myös edellisen kuukauden vertailusta.',
  month: 'Kuukausi',
  by: 'Ryhmittely',
  dimensions: {
    programme: 'Ohjelma',
    municipality: 'Kunta',
    organisation: 'Organisaatio',
  } satisfies Record<MonitoringDimension, string>,
  group: 'Näytä ryhmä',
  allGroups: 'Kaikki',
  show: 'Näytä',
  print: 'Tulosta',
  download: 'Lataa',
  downloadCsv: 'CSV',
  downloadXlsx: 'Excel (XLSX)',
  total: 'Yhteensä',
  previousMonth: 'Edellinen kuukausi',
  thisMonth: 'Tämä kuukausi',
  definition: 'Määritelmä',
  summary: (label: string, now: string, before: string): string =>
    `${label}: tässä kuussa ${now}, edellisessä kuussa ${before}.`,
  charts: {
    title: 'Kaaviot',
    intro:
      'Kaaviot näyttävät valitun ryhmän (tai kaikkien) luvut tältä ja edelliseltä kuukaudelta. Samat luvut ovat taulukoina alempana. Piilotettuja lukuja ei piirretä: niiden kohdalla on aukko ja merkintä.',
    scope: (group: string): string => `Ryhmä: ${group}`,
    customers: 'Asiakkaita kuun lopussa, kuukausittain',
    customersDescription: (summary: string): string =>
      `Pylväskaavio asiakasmääristä kuun lopussa. ${summary}`,
    flows: 'Alkaneet ja päättyneet päättymissyyn mukaan',
    flowsDescription: (summary: string): string =>
      `Pinotut pylväät: alkaneet pitkäaikaistyöttömyyden mukaan ja päättyneet päättymissyyn mukaan, kuukausittain. ${summary}`,
    successful: 'Onnistuneiden päättymisten osuus (%)',
    successfulDescription: (summary: string): string =>
      `Pylväskaavio onnistuneiden päättymisten osuudesta prosentteina. ${summary}`,
    started: 'Alkaneet',
    ended: 'Päättyneet',
    value: 'Lukumäärä',
    share: 'Osuus (%)',
    part: 'Osa',
    monthValue: (month: string, value: string): string => `${month}: ${value}`,
    hiddenParts: (parts: string): string => `Piilotettu: ${parts}.`,
    noHidden: 'Ei piilotettuja lukuja.',
  },
  ownOrganisation: (role: string): string =>
    `${role}: luvut koskevat vain organisaatiosi aloittamia yhteisasiakkuuksia.`,
  noReferralServices: 'Verkostolla ei ole vielä ostopalveluja.',
  exports: {
    title: 'Pitkät lataukset',
    intro:
      'Lataus tehdään taustalla. Voit jatkaa työtä; valmis tiedosto tulee alle ladattavaksi. Tiedosto säilyy 7 päivää, ja sen voivat ladata vain organisaatiosi käyttäjät.',
    startCsv: 'Tee CSV-lataus taustalla',
    startXlsx: 'Tee Excel-lataus taustalla',
    empty: 'Ei latauksia vielä.',
    queued: 'Jonossa',
    running: 'Tekeillä',
    done: 'Valmis',
    failed: 'Epäonnistui',
    progress: (percent: number): string => `Valmiina ${percent} %`,
    download: 'Lataa tiedosto',
    expires: (date: string): string => `saatavilla ${date} asti`,
    expired: 'Tiedosto on vanhentunut.',
    what: (month: string, by: string, format: string): string => `${month}, ${by}, ${format}`,
    started: 'Lataus aloitettiin.',
    errors: {
      export_failed: 'Latausta ei saatu tehtyä. Yritä uudelleen.',
      export_too_large: 'Tiedostosta tulisi liian suuri.',
    },
    listLabel: 'Organisaatiosi lataukset',
  },
  apiKeys: {
    title: 'Rajapintaavaimet',
    intro:
      'Avaimella kone voi hakea kuukauden luvut rajapinnasta (Authorization: Bearer). Avain näytetään vain kerran. Jokainen käyttö kirjataan lokiin.',
    name: 'Avaimen nimi',
    nameRequired: 'Anna avaimelle nimi.',
    create: 'Luo avain',
    created: 'Kopioi avain nyt – sitä ei näytetä uudelleen:',
    createdOn: (date: string): string => `luotu ${date}`,
    revokedOn: (date: string): string => `peruttu ${date}`,
    lastUsed: (date: string): string => `käytetty viimeksi ${date}`,
    neverUsed: 'ei käytetty',
    revoke: 'Peru avain',
    revokeTitle: 'Peru avain?',
    revokeText: (name: string): string => `Avainta ${name} käyttävät koneet eivät enää saa lukuja.`,
  },
  tables: {
    customersAtMonthEnd: {
      title: 'Asiakkaat kuukauden lopussa',
      definition:
        'Yhteisasiakkuudet, jotka olivat alkaneet viimeistään kuukauden viimeisenä päivänä eivätkä olleet päättyneet sinä päivänä tai aiemmin. Pitkäaikaistyötön: yhtäjaksoinen työttömyys oli kestänyt kuukauden viimeisenä päivänä vähintään 12 kuukautta.',
    },
    started: {
      title: 'Alkaneet',
      definition:
        'Yhteisasiakkuudet, joiden aloituspäivä on kuukauden aikana. Pitkäaikaistyötön aloitettaessa: yhtäjaksoinen työttömyys oli kestänyt aloituspäivänä vähintään 12 kuukautta.',
    },
    firstAction: {
      title: 'Läpimenoaika: aloituksesta ensimmäiseen palvelutoimenpiteeseen',
      definition:
        'Kuukauden aikana alkaneet yhteisasiakkuudet, joille on kirjattu palvelutoimenpide; mediaani ja 90. persentiili päivinä aloituksen kirjaamisesta ensimmäisen toimenpiteen kirjaamiseen.',
    },
    ended: {
      title: 'Päättyneet päättymissyyn mukaan',
      definition:
        'Yhteisasiakkuudet, joiden päättymispäivä on kuukauden aikana. Onnistunut päättyminen: työllistyminen avoimille työmarkkinoille tai tuetusti tai opintoihin.',
    },
    followUp3: {
      title: 'Työssä tai opinnoissa 3 kuukautta päättymisen jälkeen',
      definition:
        'Kuukauden aikana päättyneet, joiden tilanne 3 kuukautta myöhemmin on tuotu rekisteristä. Osuus lasketaan niistä, joista seurantatieto on.',
    },
    followUp6: {
      title: 'Työssä tai opinnoissa 6 kuukautta päättymisen jälkeen',
      definition:
        'Kuukauden aikana päättyneet, joiden tilanne 6 kuukautta myöhemmin on tuotu rekisteristä. Osuus lasketaan niistä, joista seurantatieto on.',
    },
    serviceActionsStarted: {
      title: 'Aloitetut työllisyyspalvelut: palvelutoimenpiteet',
      definition:
        'Kuukauden aikana kirjatut palvelutoimenpiteet tietoluokan mukaan. Ostopalveluihin ohjaukset, jotka alkoivat kuukauden aikana, ovat seuraavassa taulukossa palveluittain.',
    },
    referralsStarted: {
      title: 'Alkaneet ostopalvelut',
      definition:
        'Ostopalveluihin tehdyt ohjaukset, joiden palvelu alkoi kuukauden aikana (palveluntuottajan kirjaama aloitus), palvelun mukaan – myös ne, jotka ovat sittemmin päättyneet. Yhdessä palvelutoimenpiteiden kanssa ne ovat kuukauden aikana aloitetut työllisyyspalvelut.',
    },
  } satisfies Record<FigureTableId, { title: string; definition: string }>,
  columns: {
    longTermUnemployed: 'Pitkäaikaistyöttömät',
    notLongTermUnemployed: 'Muut',
    withFirstAction: 'Toimenpide kirjattu',
    withoutFirstAction: 'Ei toimenpidettä',
    inWorkOrStudies: 'Työssä tai opinnoissa',
    notInWorkOrStudies: 'Ei työssä eikä opinnoissa',
    noFollowUpData: 'Ei seurantatietoa',
  } as Record<string, string>,
  derived: {
    longTermUnemployedShare: 'Pitkäaikaistyöttömien osuus (%)',
    medianDaysToFirstAction: 'Mediaani (päivää)',
    p90DaysToFirstAction: '90. persentiili (päivää)',
    successfulShare: 'Onnistuneiden osuus (%)',
    inWorkOrStudiesShare: 'Työssä tai opinnoissa (%)',
  } as Record<string, string>,
}
