import type { monitoringFi } from './fi'

export const monitoringEn: typeof monitoringFi = {
  nav: 'Monitoring',
  title: 'Monitoring figures',
  intro:
    "The month's figures for national monitoring. Figures of fewer than 5 people, and figures they could be worked out from, are hidden – in the comparison with the previous month too.",
  month: 'Month',
  by: 'Grouped by',
  dimensions: {
    programme: 'Programme',
    municipality: 'Municipality',
    organisation: 'Organisation',
  },
  group: 'Show group',
  allGroups: 'All',
  show: 'Show',
  print: 'Print',
  download: 'Download',
  downloadCsv: 'CSV',
  downloadXlsx: 'Excel (XLSX)',
  total: 'Total',
  previousMonth: 'Previous month',
  thisMonth: 'This month',
  definition: 'Definition',
  summary: (label: string, now: string, before: string): string =>
    `${label}: this month ${now}, the previous month ${before}.`,
  charts: {
    title: 'Charts',
    intro:
      "The charts show the chosen group's (or everyone's) figures for this month and the previous one. The same figures are in the tables below. Hidden figures are not drawn: they show as a gap with a note.",
    scope: (group: string): string => `Group: ${group}`,
    customers: 'Customers at month end, by month',
    customersDescription: (summary: string): string =>
      `Bar chart of the customers at month end. ${summary}`,
    flows: 'Started and ended, by end reason',
    flowsDescription: (summary: string): string =>
      `Stacked bars: those who started, by long-term unemployment, and those who ended, by end reason, for each month. ${summary}`,
    successful: 'Share of successful endings (%)',
    successfulDescription: (summary: string): string =>
      `Bar chart of the share of successful endings in per cent. ${summary}`,
    started: 'Started',
    ended: 'Ended',
    value: 'Number',
    share: 'Share (%)',
    part: 'Part',
    monthValue: (month: string, value: string): string => `${month}: ${value}`,
    hiddenParts: (parts: string): string => `Hidden: ${parts}.`,
    noHidden: 'No hidden figures.',
  },
  ownOrganisation: (role: string): string =>
    `${role}: the figures are of the joint customerships your organisation started only.`,
  noReferralServices: 'The network has no purchased services yet.',
  exports: {
    title: 'Long downloads',
    intro:
      'The file is made in the background. You can go on working; the finished file appears below. It is kept for 7 days, and only users of your organisation can download it.',
    startCsv: 'Make a CSV file in the background',
    startXlsx: 'Make an Excel file in the background',
    empty: 'No downloads yet.',
    queued: 'Queued',
    running: 'In progress',
    done: 'Done',
    failed: 'Failed',
    progress: (percent: number): string => `${percent} % done`,
    download: 'Download the file',
    expires: (date: string): string => `available until ${date}`,
    expired: 'The file has expired.',
    what: (month: string, by: string, format: string): string => `${month}, ${by}, ${format}`,
    started: 'The download has been started.',
    errors: {
      export_failed: 'The file could not be made. Please try again.',
      export_too_large: 'The file would be too large.',
    },
    listLabel: "Your organisation's downloads",
  },
  apiKeys: {
    title: 'API keys',
    intro:
      "With a key a machine can fetch the month's figures from the API (Authorization: Bearer). The key is shown only once. Every use is logged.",
    name: 'Name of the key',
    nameRequired: 'Give the key a name.',
    create: 'Create a key',
    created: 'Copy the key now – it will not be shown again:',
    createdOn: (date: string): string => `created ${date}`,
    revokedOn: (date: string): string => `revoked ${date}`,
    lastUsed: (date: string): string => `last used ${date}`,
    neverUsed: 'not used',
    revoke: 'Revoke the key',
    revokeTitle: 'Revoke the key?',
    revokeText: (name: string): string =>
      `Machines using the key ${name} no longer get the figures.`,
  },
  tables: {
    customersAtMonthEnd: {
      title: 'Customers at month end',
      definition:
        "Joint customerships that had started by the month's last day and had not ended on or before it. Long-term unemployed: continuous unemployment had lasted at least 12 months on the month's last day.",
    },
    started: {
      title: 'Started',
      definition:
        'Joint customerships whose start date falls in the month. Long-term unemployed at start: continuous unemployment had lasted at least 12 months on the start date.',
    },
    firstAction: {
      title: 'Lead time: start to first service action',
      definition:
        'Joint customerships started in the month that have a service action; median and 90th percentile in days from recording the start to recording the first action.',
    },
    ended: {
      title: 'Ended, by end reason',
      definition:
        'Joint customerships whose end date falls in the month. Successful ending: employment on the open market or subsidised, or studies.',
    },
    followUp3: {
      title: 'In work or studies 3 months after ending',
      definition:
        'Those who ended in the month whose situation 3 months later has been imported from the registry. The share is of those with follow-up data.',
    },
    followUp6: {
      title: 'In work or studies 6 months after ending',
      definition:
        'Those who ended in the month whose situation 6 months later has been imported from the registry. The share is of those with follow-up data.',
    },
    serviceActionsStarted: {
      title: 'Employment services started: service actions',
      definition:
        'Service actions recorded in the month, by data category. Referrals to purchased services that started in the month are in the next table, by service.',
    },
    referralsStarted: {
      title: 'Purchased services started',
      definition:
        'Referrals to purchased services whose service started in the month (the start as the provider recorded it), by service – also those that have ended since. Together with the service actions they are the employment services started in the month.',
    },
  },
  columns: {
    longTermUnemployed: 'Long-term unemployed',
    notLongTermUnemployed: 'Others',
    withFirstAction: 'Action recorded',
    withoutFirstAction: 'No action',
    inWorkOrStudies: 'In work or studies',
    notInWorkOrStudies: 'Neither in work nor studies',
    noFollowUpData: 'No follow-up data',
  },
  derived: {
    longTermUnemployedShare: 'Share long-term unemployed (%)',
    medianDaysToFirstAction: 'Median (days)',
    p90DaysToFirstAction: '90th percentile (days)',
    successfulShare: 'Share successful (%)',
    inWorkOrStudiesShare: 'In work or studies (%)',
  },
}
