import type { SiteTexts } from './fi'

export const en: SiteTexts = {
  siteName: 'Saumaton – employment services for young people',
  siteShortName: 'Saumaton',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main menu',
  languageSwitch: 'Language',
  signIn: 'Sign in to the service',
  breadcrumbs: 'Breadcrumbs',
  home: 'Home',
  footer: 'About the site',
  frontTitle: 'Services for young people and employers',
  frontLead: (region: string) =>
    `${region}: the partnership network's services for jobseekers under 30 and for employers who hire young people.`,
  municipalities: 'Municipalities',
  municipalityLead: (name: string) =>
    `${name}: services for young people and employers, events and stories.`,
  servicesForYoungPeople: 'Services for young people',
  servicesForEmployers: 'Services for employers',
  allServices: (name: string) => `All services: ${name}`,
  noServices: 'No published services.',
  firstPage: 'To the first page',
  morePages: 'More',
  service: 'Service',
  provider: 'Provided by',
  eligibility: 'Who it is for',
  howToApply: 'How to apply',
  fees: 'Price',
  ages: (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `for ages ${min}–${max}`
      : min !== null
        ? `for ages ${min} and over`
        : `for ages up to ${max}`,
  contacts: 'Contacts',
  locations: 'Locations',
  openingHours: 'Opening hours',
  accessibility: 'Accessibility',
  languages: 'Languages of service',
  website: 'Website',
  email: 'E-mail',
  phone: 'Phone',
  openData: 'Open data',
  hsdsLink: 'The service as machine-readable data (HSDS)',
  hsdsListLink: 'The service tray as machine-readable data (HSDS API)',
  weekdays: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' },
  languageNames: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist or has been removed.',
  toFrontPage: 'To the front page',
  accessibilityStatement: 'Accessibility statement',
  privacyNotice: 'Privacy notice',
  feedback: 'Feedback',
  feedbackLead:
    'Tell us if the site has an accessibility shortcoming or anything else to fix. We answer within 14 days.',
  feedbackMessage: 'Your feedback',
  feedbackAbout: 'Which page it is about (optional)',
  feedbackContact: 'E-mail or phone for the answer (optional)',
  feedbackSend: 'Send feedback',
  feedbackThanks: 'Thank you for the feedback. We answer within 14 days if you gave a contact.',
  feedbackMissing: 'Write the feedback before sending.',
  noCookies: 'The site uses no cookies and does not track visitors.',
}
