import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Header } from './pages/Header'
import { EmployerFormPage, ModerationPage } from './pages/JobsPages'
import { qa } from './pages/qa'
import { signIn } from './pages/SignInPage'
import { apiSession, restoreLocale } from './support/api'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser, newSession } from './support/browser'

/**
 * Open jobs end to end: an employer posts without an account, a coordinator publishes, the job is
 * open for anyone; a worker suggests a matching job and the young person marks it applied.
 */
describe.skipIf(!chromiumAvailable)('open jobs', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await restoreLocale('coordinator1')
    await restoreLocale('aino')
    await browser?.close()
  })

  test('an employer posts a job, a coordinator publishes it, and it is open', async () => {
    const title = `Kahvilamyyjä ${Date.now()}`
    const anonymous = await newSession(browser)
    const form = await new EmployerFormPage(anonymous.page).open()
    expect(await axeViolations(anonymous.page), 'employer form').toEqual([])
    // A wrong check digit is named on its field, and nothing is sent.
    await form.submit({ title, businessId: '1572860-1', validThrough: '2099-12-31' })
    await qa(anonymous.page, 'employer-form-errors').waitFor()
    expect(await axeViolations(anonymous.page), 'employer form with errors').toEqual([])
    await qa(anonymous.page, 'job-business-id').fill('1572860-0')
    await qa(anonymous.page, 'submit-job').click()
    await qa(anonymous.page, 'submission-sent').waitFor()

    const { context, page } = await newSession(browser)
    await signIn(page, 'coordinator1')
    await new Header(page).switchLanguage('sv')
    const moderation = await new ModerationPage(page).open()
    await moderation.item(title).waitFor()
    expect(await axeViolations(page), 'moderation queue').toEqual([])
    await qa(moderation.item(title), 'publish-job').click()
    await expect.poll(() => moderation.item(title).count()).toBe(0)
    await context.close()

    await anonymous.page.goto('/jobs')
    await qa(anonymous.page, 'open-jobs').waitFor()
    await expect.poll(() => qa(anonymous.page, 'open-job').first().textContent()).toContain(title)
    expect(await axeViolations(anonymous.page), 'open jobs').toEqual([])
    await qa(anonymous.page, 'open-job').first().getByRole('link', { name: title }).click()
    await qa(anonymous.page, 'job-detail').waitFor()
    expect(await axeViolations(anonymous.page), 'job page').toEqual([])
    await anonymous.context.close()
  })

  test('a worker suggests a matching job and the young person marks it applied', async () => {
    const aino = await apiSession('aino')
    const matches = await aino.get<{ items: { job: { id: string; title: string } }[] }>(
      `/api/v1/customers/${aino.customerId}/job-matches`,
    )
    await aino.close()
    const suggestions = await (async () => {
      const s = await apiSession('aino')
      const list = await s.get<{ items: { job: { id: string } }[] }>(
        `/api/v1/customers/${s.customerId}/job-suggestions`,
      )
      await s.close()
      return new Set(list.items.map((i) => i.job.id))
    })()
    const job = matches.items.find((m) => !suggestions.has(m.job.id))!.job

    const worker = await newSession(browser)
    await signIn(worker.page, 'te1')
    await worker.page.goto(`/jobs/${job.id}`)
    await qa(worker.page, 'matching-customer').first().waitFor()
    expect(await axeViolations(worker.page), 'job page with matching customers').toEqual([])
    await qa(qa(worker.page, 'matching-customer').first(), 'suggest-job').click()
    await qa(worker.page, 'suggested').waitFor()
    await worker.context.close()

    const { page } = await newSession(browser)
    await signIn(page, 'aino')
    await new Header(page).switchLanguage('en')
    // The suggestion waits in the plan as a next step until answered.
    await page.goto('/plan')
    await expect.poll(() => qa(page, 'plan-job-suggestions').textContent()).toContain(job.title)
    expect(await axeViolations(page), 'plan with a job suggestion').toEqual([])
    await page.goto('/my-jobs')
    const card = qa(page, 'job-suggestion').filter({ hasText: job.title }).first()
    await card.waitFor()
    await qa(page, 'job-match').first().waitFor()
    expect(await qa(page, 'match-reasons').first().textContent()).toMatch(/required skills/)
    expect(await axeViolations(page), 'jobs for me').toEqual([])
    await qa(card, 'respond-applied').click()
    await expect.poll(() => qa(card, 'suggestion-answer').textContent()).toContain('I applied')
  })
})
