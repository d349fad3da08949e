import { errorsEn } from './errors/en'
import { catalogueEn } from './cases/catalogue.en'
import { competenceEn } from './competence/en'
import { servicesEn } from './services/en'
import { siteContentEn } from './siteContent/en'
import { siteFeedbackEn } from './siteFeedback/en'
import { purchasingEn } from './purchasing/en'
import { jobsEn } from './jobs/en'
import { disclosureEn } from './disclosure/en'
import { surveyEn } from './survey/en'
import { monitoringEn } from './monitoring/en'
import { casesEn } from './cases/en'
import { dayEn } from './day/en'
import type { Translations } from './fi'

export const en: Translations = {
  serviceName: 'Saumaton',
  serviceTagline: 'Joint customership for young people',
  titleSuffix: 'Saumaton',

  common: {
    loading: 'Loading…',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    errorTitle: 'Something went wrong',
    networkError: 'The service could not be reached. Check your connection and try again.',
    tryAgain: 'Try again',
    notSet: 'Not known',
    notShared: 'Not shared with your organisation',
    untilFurtherNotice: 'Until further notice',
    yes: 'Yes',
    no: 'No',
  },

  layout: {
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main menu',
    language: 'Language',
    chooseLanguage: 'Choose language',
    signedInAs: 'Signed-in user',
    signOut: 'Sign out',
    footer: "Saumaton – the cooperation network of young people's employment services",
  },

  nav: {
    myPage: 'My page',
    customers: 'My joint customers',
    network: 'Network',
  },

  signIn: {
    title: 'Sign in',
    intro: 'Sign in to Saumaton with your username.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    usernameRequired: 'Enter your username.',
    passwordRequired: 'Enter your password.',
    wrongCredentials: 'The username or password is wrong.',
    tooManyAttempts: (minutes: number): string =>
      `Too many failed attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    sessionEnded: 'Your session ended. Sign in again to continue.',
    signedOut: 'You have signed out.',
    signedIn: 'You have signed in.',
    strongIdentification: 'Sign in with strong identification',
    strongIntro:
      'Young people: identify yourself with online banking codes, a mobile certificate or an ID card.',
    strongStarting: 'Going to the identification…',
    passwordTitle: 'Sign in with a username',
  },

  identification: {
    title: 'Signing in',
    finishing: 'Finishing the sign-in…',
    failedTitle: 'The sign-in did not succeed',
    notCustomerTitle: 'You are not a customer yet',
    backToSignIn: 'Back to sign-in',
  },

  invitation: {
    title: 'Set your password',
    intro:
      'Choose a password for Saumaton. From now on you sign in with your username and this password.',
    checking: 'Checking the link…',
    username: 'Your username',
    password: 'New password',
    passwordHint: 'At least 12 characters. A long sentence makes a good password.',
    repeat: 'New password again',
    passwordRequired: 'Enter a password.',
    passwordShort: 'The password must have at least 12 characters.',
    mismatch: 'The passwords are not the same.',
    submit: 'Set the password',
    submitting: 'Saving…',
    doneTitle: 'Your password is set',
    done: (username: string): string =>
      `Now sign in with your username ${username} and your new password.`,
    toSignIn: 'Go to sign-in',
    noToken: 'Part of the link is missing. Open the whole link in the e-mail.',
  },

  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page: number, pages: number): string => `Page ${page} of ${pages}`,
    total: (n: number): string => (n === 1 ? '1 row in total' : `${n} rows in total`),
  },

  dataCategories: {
    identity_and_contact: 'Identity and contact details',
    employment_and_plan: 'Job search and plan',
    education: 'Education',
    benefits: 'Benefits',
    competence: 'Competence',
    health: 'Health',
  },
  dataCategoryHints: {
    identity_and_contact: 'Name, personal identity code, home municipality and contact details.',
    employment_and_plan: 'Your job search and the plan made together with you.',
    education: 'Qualifications and studies.',
    benefits: 'Benefits you receive and their status.',
    competence: 'Your skills and experience.',
    health:
      'Health data is a special category of personal data. It is shared only if you give ' +
      'your explicit consent to it by choosing this option.',
  },

  organisationKinds: {
    employment_services: 'Employment services',
    social_insurance: 'Social insurance',
    municipality: 'Municipality',
    wellbeing_services_county: 'Wellbeing services county',
    coordinator: 'Coordinator',
    service_provider: 'Service provider',
  },

  consentStatus: {
    awaiting_confirmation: 'Awaiting your confirmation',
    given: 'Valid',
    withdrawn: 'Withdrawn',
    expired: 'Expired',
  },

  qualifications: {
    none: 'No qualification beyond basic education',
    upper_secondary_general: 'Matriculation examination',
    vocational: 'Vocational qualification',
    higher: 'Higher education degree',
  },

  accessActions: {
    'customer.read': 'viewed the summary of your data',
    'customer.list': 'saw you in their customer list',
    'customer.read_identity': 'viewed your identity code and contact details',
    'customer.read_access_log': 'viewed the log of your data',
    'consent.read': 'viewed your consents',
    'consent.give': 'recorded a consent',
    'consent.withdraw': 'recorded the withdrawal of a consent',
    'consent.confirm': 'recorded the confirmation of a consent',
    'enrolment_confirmation.read': 'viewed the joint customerships awaiting your confirmation',
    'enrolment_confirmation.answer': 'recorded your answer to a new joint customership',
    'enrolment.check': 'checked whether you are a joint customer already',
    'enrolment.create': 'enrolled you as a joint customer',
    'case.read': 'viewed your joint customership',
    'case.write': 'updated your joint customership',
    'plan.read': 'viewed your plan',
    'consent_request.read': 'viewed the consent requests sent to you',
    'consent_request.answer': 'recorded your answer to a consent request',
    'message.read': 'read your messages',
    'message.send': 'sent a message',
    'work_queue.read': 'saw you in their task list',
    'notice.read': 'saw a notice about you',
    'service_action.read': 'viewed a step of your plan',
    'service_action.update': 'updated a step of your plan',
    'service_action.comment': 'commented on a step of your plan',
    'competence.read': 'viewed your competence profile',
    'competence.write': 'changed your competence profile',
    'competence.read_versions': 'viewed earlier versions of your competence profile',
    'competence.suggest': 'suggested an addition to your competence profile',
    'competence.share_link.open': 'opened your competence profile through your share link',
    'jobs.read_matches': 'looked at jobs that suit you',
    'jobs.matching_customers': 'saw you among those who suit a job',
    'jobs.suggest': 'suggested a job to you',
    'jobs.read_suggestions': 'looked at jobs suggested to you',
    'jobs.respond_to_suggestion': 'answered a job suggestion',
    'referral.list_incoming': 'saw you on the provider’s list of referrals',
    'referral.list_for_customer': 'looked at your referrals to purchased services',
    'referral.create': 'referred you to a purchased service',
    'referral.read': 'looked at your referral to a purchased service',
    'referral.choose': 'recorded the choice of provider',
    'referral.delegate_choice': 'asked the worker to choose the provider',
    'referral.decide': 'recorded a decision on your referral',
    'referral.report': 'recorded how your purchased service is going',
    'referral.withdraw': 'withdrew your referral to a purchased service',
    'survey.read': 'looked at the survey sent to you',
    'monitoring.import': 'brought in registry data for monitoring',
  },
  accessActionUnknown: 'handled your data',
  accessPurposes: {
    joint_customership: 'coordinating the services of your joint customership',
    enrolment: 'starting your joint customership',
    consent: 'handling your consents',
    job_search_support: 'supporting your job search',
    purchased_service: 'arranging a purchased service',
  },

  worker: {
    listTitle: 'My joint customers',
    listIntro: 'The young people who have given your organisation a valid consent.',
    searchLabel: 'Search by name',
    searchHint: 'The beginning of a first or last name',
    search: 'Search',
    clearSearch: 'Clear search',
    tableCaption: 'Joint customers',
    name: 'Name',
    birthDate: 'Date of birth',
    municipality: 'Home municipality',
    empty: 'You have no joint customers yet.',
    emptySearch: (q: string): string => `No customers found for “${q}”.`,
    results: (n: number): string =>
      n === 1 ? '1 joint customer found.' : `${n} joint customers found.`,
    backToList: 'Back to joint customers',
    summaryTitle: 'Customer summary',
    basicInfo: 'Basic information',
    identityCode: 'Personal identity code',
    qualification: 'Education',
    email: 'Email',
    phone: 'Phone',
    consentsHeld: 'Consents given to your organisation',
    consentsHeldEmpty: 'Your organisation holds no valid consent.',
    notFoundTitle: 'Customer not found',
    notFound:
      'The customer was not found, or you have no access to their data. This happens, for ' +
      'example, when the young person has withdrawn their consent to your organisation.',
  },

  consent: {
    categories: 'Data categories',
    status: 'Status',
    givenAt: 'Given',
    validUntil: 'Valid until',
    withdrawnAt: 'Withdrawn',
    specialCategory: 'special category of personal data',
    method: 'How given',
    methodOnline: 'Online in this service',
    methodInPerson: (worker: string): string => `In a meeting, recorded by ${worker}`,
    confirmedAt: 'Confirmed',
  },

  person: {
    awaitingText:
      'A worker recorded this consent from a meeting. It covers special categories of personal data, so it takes effect only when you confirm it.',
    confirm: 'Confirm consent',
    confirmFor: (org: string): string => `Confirm consent: ${org}`,
    confirmed: (org: string): string => `Consent confirmed: ${org}.`,
    enrolmentsTitle: 'New joint customerships await your answer',
    enrolmentsIntro:
      'An organisation would like to start a joint customership with you. It sees your stored details only once you confirm. If you decline, it sees nothing.',
    enrolmentText: (org: string, date: string): string =>
      `${org} enrolled you as a joint customer on ${date}.`,
    confirmEnrolment: 'Confirm the joint customership',
    confirmEnrolmentFor: (org: string): string => `Confirm the joint customership: ${org}`,
    declineEnrolment: 'Decline',
    declineEnrolmentFor: (org: string): string => `Decline the joint customership: ${org}`,
    enrolmentConfirmed: (org: string): string => `Joint customership confirmed: ${org}.`,
    enrolmentDeclined: (org: string): string => `Joint customership declined: ${org}.`,
    title: 'My page',
    greeting: (name: string): string => `Hello, ${name}!`,
    intro:
      'Here you see which organisations you have given consent to joint customership, and ' +
      'who has seen your data.',
    consentsTitle: 'My consents',
    consentsIntro:
      'With a consent you let an organisation see the data you choose, for joint ' +
      'customership. You can withdraw a consent at any time.',
    noConsents: 'You have not given any consents.',
    withdraw: 'Withdraw consent',
    withdrawFor: (org: string): string => `Withdraw consent: ${org}`,
    receipt: 'Download consent receipt (JSON)',
    receiptFor: (org: string): string => `Download consent receipt: ${org} (JSON)`,
    confirmTitle: 'Withdraw the consent?',
    confirmText: (org: string): string =>
      `${org} can no longer see your data as soon as you withdraw. You can give a new consent later.`,
    confirmWithdraw: 'Yes, withdraw the consent',
    withdrawing: 'Withdrawing…',
    withdrawn: (org: string): string => `Consent withdrawn: ${org}.`,
    giveTitle: 'Give a consent',
    giveIntro: 'Choose the organisation and the data it may see. The basic data is chosen for you.',
    organisation: 'Organisation',
    chooseOrganisation: 'Choose an organisation',
    organisationRequired: 'Choose an organisation.',
    categoriesLabel: 'Data the organisation may see',
    categoriesRequired: 'Choose at least one data category.',
    validUntilLabel: 'Valid until',
    validUntilHint: 'If you leave it empty, the consent is valid until further notice.',
    validUntilInvalid: 'The date must be in the future.',
    optional: '(optional)',
    submit: 'Give consent',
    given: (org: string): string => `Consent given: ${org}.`,
    allGiven: 'You have given a consent to every organisation of the network.',
    accessLogTitle: 'Who has seen my data',
    accessLogIntro:
      'Every time an organisation handles your data, it is recorded. One row is one page view; appearances on lists are gathered per organisation and day.',
    accessLogCaption: 'Handling of your data',
    accessLogEmpty: 'Nobody has seen your data yet.',
    time: 'Time',
    accessWho: 'Who',
    accessShareLinkHolder: 'Whoever holds your share link',
    accessWhat: 'What they did',
    accessWhy: 'Why',
    accessListed: (n: number): string =>
      n === 1 ? 'Once during the day' : `${n} times during the day`,
    accessShowMore: 'Show older',
  },

  roles: {
    person: 'Young person',
    worker: 'Worker',
    coordinator: 'Coordinator',
    content_editor: 'Content editor',
    provider: 'Service provider',
    organisation_lead: 'Organisation lead',
  },
  coordinator: {
    title: 'Network',
    intro: "The cooperation network's organisations, municipalities and programme.",
    noProgrammes: 'The network has no programmes.',
    programmes: 'Programme',
    period: 'Period',
    periodOpenEnded: (start: string): string => `From ${start}`,
    targetGroup: 'Target group',
    ageRule: (age: number): string => `Under ${age} years of age`,
    qualificationRule: (q: string): string => `At least: ${q}`,
    municipalities: 'Municipalities',
    partners: 'Partners',
    organisations: 'Organisations',
    organisationsCaption: 'Organisations of the network',
    name: 'Name',
    kind: 'Kind',
    workers: 'Workers',
    legalBasis: 'Legal basis',
    noLegalBasis: 'No customer work of its own',
    region: 'Region',
  },

  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist.',
    home: 'To the front page',
  },

  cases: casesEn,
  day: dayEn,
  catalogue: catalogueEn,
  services: servicesEn,
  competence: competenceEn,
  siteContent: siteContentEn,
  siteFeedback: siteFeedbackEn,
  purchasing: purchasingEn,
  jobs: jobsEn,
  disclosure: disclosureEn,
  survey: surveyEn,
  monitoring: monitoringEn,
  errors: errorsEn,
}
