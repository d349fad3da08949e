/**
 * How each access-control action reads in the young person's access log. Every action a route
 * names is listed (a test walks the routes), so a new action cannot reach the log unexplained:
 *   view   – a look at or a change of this person's data; one page view groups into one entry;
 *   list   – the person appeared on a list page; grouped per organisation and day;
 *   none   – never touches a person's data (the log never shows it).
 * `purpose` is why the organisation handled the data, when the request did not say otherwise.
 */
export const accessPurposes = [
  'joint_customership',
  'enrolment',
  'consent',
  'job_search_support',
  'purchased_service',
] as const
export type AccessPurpose = (typeof accessPurposes)[number]

type ActionInLog =
  { kind: 'view' | 'list'; purpose: AccessPurpose } | { kind: 'none'; purpose: null }

const view = (purpose: AccessPurpose = 'joint_customership') => ({ kind: 'view', purpose }) as const
const list = { kind: 'list', purpose: 'joint_customership' } as const
const none = { kind: 'none', purpose: null } as const

export const actionsInLog = {
  'customer.read': view(),
  'customer.list': list,
  'customer.read_identity': view(),
  'customer.read_access_log': view(),
  'consent.read': view('consent'),
  'consent.give': view('consent'),
  'consent.withdraw': view('consent'),
  'consent.confirm': view('consent'),
  'enrolment_confirmation.read': view('enrolment'),
  'enrolment_confirmation.answer': view('enrolment'),
  'enrolment.check': view('enrolment'),
  'enrolment.create': view('enrolment'),
  'case.read': view(),
  'case.write': view(),
  'plan.read': view(),
  'consent_request.read': view(),
  'consent_request.answer': view('consent'),
  'message.read': view(),
  'message.send': view(),
  'work_queue.read': list,
  'notice.read': list,
  'notice.mark_seen': none,
  'service_action.read': view(),
  'service_action.update': view(),
  'service_action.comment': view(),
  'lead_times.read': none,
  'catalogue.read': none,
  'catalogue.edit': none,
  'service_tray.read': none,
  'service_tray.edit': none,
  'organisation.list': none,
  'network.read': none,
  'programme.list': none,
  'colleague.list': none,
  'account.read_self': none,
  'account.update_self': none,
  'session.end': none,
  'dev.mailbox.read': none,
  'classification.read': none,
  'competence.read': view('job_search_support'),
  'competence.write': view('job_search_support'),
  'competence.read_versions': view('job_search_support'),
  'competence.suggest': view('job_search_support'),
  // Opened by whoever holds a link the young person made; no organisation (share-links.ts).
  'competence.share_link.open': view('job_search_support'),
  'jobs.moderate': none,
  'jobs.read_matches': view(),
  'jobs.matching_customers': list,
  'jobs.suggest': view(),
  'jobs.read_suggestions': view(),
  'jobs.respond_to_suggestion': view(),
  // Contracts and fees name no person (the fee table's basis is pseudonymous).
  'purchasing.read': none,
  'purchasing.edit': none,
  'purchasing.read_own_contracts': none,
  'fees.read': none,
  'fees.invoice': none,
  'referral.list_incoming': { kind: 'list', purpose: 'purchased_service' },
  'referral.list_for_customer': view('purchased_service'),
  'referral.create': view('purchased_service'),
  'referral.read': view('purchased_service'),
  'referral.choose': view('purchased_service'),
  'referral.delegate_choice': view('purchased_service'),
  'referral.decide': view('purchased_service'),
  'referral.report': view('purchased_service'),
  'referral.withdraw': view('purchased_service'),
  // The public website's content and feedback name nobody.
  'site_content.edit': none,
  'site_feedback.read': none,
  'site_feedback.answer': none,
  // The young person's own invitation; an answer is anonymous; results and figures are aggregates.
  'survey.read': view(),
  'survey.answer': none,
  'survey_results.read': none,
  'monitoring.read': none,
  'monitoring.export': none,
  // Registry data by identity code: each person matched is in their log.
  'monitoring.import': list,
  'api_key.manage': none,
} as const satisfies Record<string, ActionInLog>

type ActionName = keyof typeof actionsInLog
/** The actions that can appear in a person's access log; the web app words each of them. */
export type LoggedAction = {
  [K in ActionName]: (typeof actionsInLog)[K]['kind'] extends 'none' ? never : K
}[ActionName]

export const loggedActions = (Object.keys(actionsInLog) as ActionName[]).filter(
  (a): a is LoggedAction => actionsInLog[a].kind !== 'none',
) as [LoggedAction, ...LoggedAction[]]

export const listActions: readonly LoggedAction[] = loggedActions.filter(
  (a) => actionsInLog[a].kind === 'list',
)

/** Actions taken by no organisation that the log still shows: openings of the person's own links. */
export const openActions: readonly LoggedAction[] = ['competence.share_link.open']

export function isLoggedAction(name: string): name is LoggedAction {
  return (loggedActions as readonly string[]).includes(name)
}

export function isAccessPurpose(name: string): name is AccessPurpose {
  return (accessPurposes as readonly string[]).includes(name)
}

/** Why: the purposes the requests recorded, else the actions' own. */
export function purposesOf(actions: readonly LoggedAction[], recorded: readonly string[]) {
  const given = recorded.filter(isAccessPurpose)
  const found = given.length > 0 ? given : actions.map((a) => actionsInLog[a].purpose)
  return accessPurposes.filter((p) => found.includes(p))
}
