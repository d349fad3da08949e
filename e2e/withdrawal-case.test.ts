import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CasePage } from './pages/CasePage'
import { Header, type Lang } from './pages/Header'
import { MyPage } from './pages/MyPage'
import { PlanPage } from './pages/PlanPage'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { WorkQueuePage } from './pages/WorkQueuePage'
import { apiSession, customerId, type ApiSession } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

interface Run {
  lang: Lang
  /** How the timeline words the reason in this language. */
  reasonText: string
  person: 'elias' | 'venla'
  lastName: string
  /** The organisation whose consent is withdrawn, and its worker who loses access. */
  orgCode: string
  worker: string
}

const runs: Run[] = [
  {
    lang: 'fi',
    reasonText: 'suostumus peruttu',
    person: 'elias',
    lastName: 'Ervasti',
    orgCode: 'te-office',
    worker: 'te10',
  },
  {
    lang: 'sv',
    reasonText: 'samtycket återkallat',
    person: 'venla',
    lastName: 'Vainio',
    orgCode: 'oulu',
    worker: 'oulu5',
  },
  {
    lang: 'en',
    reasonText: 'consent withdrawn',
    person: 'elias',
    lastName: 'Ervasti',
    orgCode: 'pudasjarvi',
    worker: 'pudasjarvi2',
  },
]

const text3 = (s: string) => ({ fi: s, sv: s, en: s })

/** Raises an indicator by code and opens its card (or the card with `cardCode`). */
async function openCard(enroller: ApiSession, id: string, indicatorCode: string, cardCode: string) {
  const { items } = await enroller.get<{ items: { id: string; code: string }[] }>(
    '/api/v1/cooperation-indicators',
  )
  const raised = await enroller.send<{
    raisedIndicatorId: string
    offeredCards: { id: string; code: string }[]
  }>('POST', `/api/v1/customers/${id}/case/indicators`, {
    indicatorId: items.find((i) => i.code === indicatorCode)!.id,
  })
  await enroller.send('POST', `/api/v1/customers/${id}/case/event-cards`, {
    eventCardVersionId: raised.offeredCards.find((c) => c.code === cardCode)!.id,
    raisedIndicatorId: raised.raisedIndicatorId,
  })
}

/** The young person confirms, in their own view, the joint customership an organisation began. */
async function confirmEnrolment(username: string, id: string): Promise<void> {
  const young = await apiSession(username)
  try {
    const { items } = await young.get<{ items: { id: string; status: string }[] }>(
      `/api/v1/customers/${id}/enrolment-confirmations`,
    )
    const open = items.find((i) => i.status === 'awaiting_confirmation')!
    await young.send('POST', `/api/v1/customers/${id}/enrolment-confirmations/${open.id}/answer`, {
      accept: true,
    })
  } finally {
    await young.close()
  }
}

/**
 * Raahe (with no consent of its own from Elias or Venla) enrols both, so that every partner's
 * access rests on consent alone; cards then give TE, Oulu and Pudasjärvi steps on the cases.
 */
async function setUpCases(): Promise<Record<'elias' | 'venla', string>> {
  const raahe = await apiSession('raahe4')
  const reader = await apiSession('te10')
  const oulu = await apiSession('oulu5')
  const coordinator = await apiSession('coordinator1')
  try {
    const ids = {
      elias: await customerId(reader, 'Ervasti'),
      venla: await customerId(oulu, 'Vainio'),
    }
    const { items: programmes } = await raahe.get<{ items: { id: string }[] }>('/api/v1/programmes')
    for (const [id, who, person] of [
      [ids.elias, reader, 'elias'],
      [ids.venla, oulu, 'venla'],
    ] as const) {
      const c = await who.get<{ identityCode: string; municipality: { id: string } }>(
        `/api/v1/customers/${id}`,
      )
      const enrolled = await raahe.send<{ outcome: string }>('POST', '/api/v1/enrolments', {
        identityCode: c.identityCode,
        programmeId: programmes[0]!.id,
        municipalityId: c.municipality.id,
        qualification: 'vocational',
        firstName: 'x',
        lastName: 'x',
      })
      // Raahe had no basis for a person known already: the young person confirms it first.
      if (enrolled.outcome === 'awaiting_confirmation') await confirmEnrolment(person, id)
      await openCard(raahe, id, 'job_application', 'job_application')
    }
    // A card with a Pudasjärvi step, so that Pudasjärvi has work on Elias's case.
    const { items } = await coordinator.get<{ items: { id: string; code: string }[] }>(
      '/api/v1/cooperation-indicators',
    )
    const orgs = await coordinator.get<{ items: { id: string; code: string }[] }>(
      '/api/v1/organisations',
    )
    const draft = await coordinator.send<{ id: string }>('POST', '/api/v1/event-cards', {
      code: 'e2e_housing_support',
      name: text3('Housing support'),
      waysOfWorking: text3('Pudasjärvi helps within five days.'),
      indicatorIds: [items.find((i) => i.code === 'housing')!.id],
      steps: [
        {
          responsibleOrganisationId: orgs.items.find((o) => o.code === 'pudasjarvi')!.id,
          dueInDays: 5,
          instruction: text3('Map the housing situation.'),
          customerText: text3('We look at your housing together.'),
        },
      ],
    })
    await coordinator.send('POST', `/api/v1/event-cards/versions/${draft.id}/publish`)
    await openCard(raahe, ids.elias, 'housing', 'e2e_housing_support')
    return ids
  } finally {
    await Promise.all([raahe, reader, oulu, coordinator].map((s) => s.close()))
  }
}

/** The notices to a team about a partner that lost its consent, in the dev mailbox. */
async function teamNotices(): Promise<number> {
  const coordinator = await apiSession('coordinator1')
  try {
    const { items } = await coordinator.get<{ items: { subject: string }[] }>('/api/v1/dev/mailbox')
    const subjects = [
      'Muutos yhteisasiakkaan tiimissä',
      'Ändring i en gemensam kunds team',
      "A change in a joint customer's team",
    ]
    return items.filter((m) => subjects.includes(m.subject)).length
  } finally {
    await coordinator.close()
  }
}

/**
 * Journey 3, the case part: the young person withdraws a consent, and that partner loses the
 * case and its work queue on its very next request (the existing journey test covers the list
 * and the summary). The case reacts: no step stays open for the partner that lost access, the
 * team and the young person see why, the timeline records it and the team is told.
 */
describe.skipIf(!chromiumAvailable)('journey 3: withdrawal closes the case to the partner', () => {
  let browser: Browser
  let ids: Record<'elias' | 'venla', string>

  beforeAll(async () => {
    browser = await launchBrowser()
    ids = await setUpCases()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test.each(runs)('in $lang: $person withdraws $orgCode', async (run) => {
    const id = ids[run.person]
    // Before: the partner has the customer's step in its queue and opens the case from it.
    const worker = await newSession(browser)
    await signIn(worker.page, run.worker)
    await new Header(worker.page).switchLanguage(run.lang)
    const queue = await new WorkQueuePage(worker.page).openFromNavigation()
    await queue.rowsOf(id).first().waitFor()
    await qa(queue.rowsOf(id).first(), 'queue-customer-link').click()
    const casePage = new CasePage(worker.page)
    await casePage.waitForCase()
    await casePage.root().waitFor()
    const caseUrl = worker.page.url()
    expect(caseUrl).toContain(id)
    expect(await casePage.teamCodes()).toContain(run.orgCode)

    // The young person withdraws that consent in their own browser.
    const noticesBefore = await teamNotices()
    const person = await newSession(browser)
    await signIn(person.page, run.person)
    await new Header(person.page).switchLanguage(run.lang)
    const myPage = new MyPage(person.page)
    await myPage.waitForContent()
    await myPage.openWithdrawDialog(run.orgCode)
    await myPage.confirmWithdraw()
    await myPage.consent(run.orgCode, 'withdrawn').waitFor()
    // Their plan says, in plain words, why those steps are on hold.
    const plan = await new PlanPage(person.page).open()
    await qa(plan.page, 'plan-step-reason').first().waitFor()
    expect(await axeViolations(person.page)).toEqual([])
    await person.context.close()

    // The partner's next requests: the case page is out of reach, and so is the queue entry.
    await casePage.open(id)
    await qa(worker.page, 'customer-not-found').waitFor()
    expect(await casePage.root().count()).toBe(0)
    const caseResponse = await worker.page.request.get(`/api/v1/customers/${id}/case`)
    expect(caseResponse.status()).toBe(404)
    await queue.open()
    expect(await queue.rowsOf(id).count()).toBe(0)
    await worker.context.close()

    // The enrolling organisation's team: none of the partner's steps is open any longer, each
    // says why, the timeline records it, and the team's contact person was sent a notice.
    const enroller = await newSession(browser)
    await signIn(enroller.page, 'raahe4')
    await new Header(enroller.page).switchLanguage(run.lang)
    const teamCase = await new CasePage(enroller.page).open(id)
    await teamCase.root().waitFor()
    const lost = teamCase.actions(run.orgCode)
    await qa(lost.first(), 'step-reason').waitFor()
    const states = await lost.evaluateAll((els) =>
      els.map((e) => ({
        status: e.getAttribute('data-qa-status'),
        reason: e.querySelector('[data-qa="step-reason"]')?.getAttribute('data-qa-reason') ?? null,
      })),
    )
    expect(states.length).toBeGreaterThan(0)
    expect(states.filter((s) => s.status === 'open' || s.status === 'in_progress')).toEqual([])
    expect(states.some((s) => s.reason === 'consent_withdrawn')).toBe(true)
    await qa(enroller.page, 'timeline-row').filter({ hasText: run.reasonText }).first().waitFor()
    expect(await axeViolations(enroller.page)).toEqual([])
    await enroller.context.close()
    expect(await teamNotices()).toBeGreaterThan(noticesBefore)
  })
})
