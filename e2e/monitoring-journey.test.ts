import fs from 'node:fs'
import { simpleParser } from 'mailparser'
import type { Browser } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_PASSWORD } from '../src/demo/demo-data'
import { deliverDueMail } from '../src/platform/mail/outbox'
import { smtpTransport } from '../src/platform/mail/smtp'
import { mailTemplates } from '../src/platform/mail/templates'
import { answerConfirmDialog } from './pages/ConfirmDialog'
import { Header } from './pages/Header'
import { qa } from './pages/qa'
import { MonitoringPage, SurveyLinkPage } from './pages/SurveyPages'
import { SignInPage } from './pages/SignInPage'
import { axeViolations } from './support/axe'
import { chromiumAvailable, launchBrowser } from './support/browser'
import { endAinosCase } from './support/end-case'
import { freePort, ownSession, startOwnApp, type OwnApp } from './support/own-app'

interface Received {
  to: string
  subject: string
  text: string
}

/**
 * Key journey 6: a case ends, the survey mail arrives at a local SMTP server, the young person
 * answers through the link without signing in, the link then no longer works, and the
 * coordinator sees the month's figures and downloads the export.
 */
describe.skipIf(!chromiumAvailable)('monitoring results and the satisfaction survey', () => {
  let browser: Browser
  let app: OwnApp
  let smtp: SMTPServer
  const inbox: Received[] = []

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text
            inbox.push({ to: to ?? '', subject: mail.subject ?? '', text: mail.text ?? '' })
            callback()
          })
          .catch(callback)
      },
    })
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
    app = await startOwnApp(await freePort(), {}, { background: true })
    browser = await launchBrowser()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await new Promise<void>((resolve) => smtp?.close(() => resolve()))
  })

  test('the survey goes out by mail when a case ends and is answered once, anonymously', async () => {
    await endAinosCase(app.url)
    const port = (smtp.server.address() as { port: number }).port
    await deliverDueMail(
      app.db,
      smtpTransport(`smtp://127.0.0.1:${port}?tls=off`, 'Saumaton <no-reply@saumaton.invalid>'),
      new Date(),
    )
    const mail = inbox.find((m) => m.subject === mailTemplates.fi.surveyInvitation.subject)
    expect(mail?.to).toContain('aino@example.invalid')
    const link = /https?:\/\/\S+\/survey#\S+/.exec(mail!.text)![0]

    const { context, page } = await ownSession(browser, app.url)
    const survey = await new SurveyLinkPage(page).open(link)
    await survey.form().waitFor()
    expect(await new Header(page).htmlLang()).toBe('fi')
    expect(await axeViolations(page)).toEqual([])
    await survey.answer({ overall: 5, seamless: 4, contacts: 4, helped: 5 }, 'Kiitos avusta')
    expect(await axeViolations(page)).toEqual([])
    // The link works once: opened again, it says so clearly.
    await page.goto('about:blank')
    await survey.open(link)
    await survey.gone().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  }, 120_000)

  test('the coordinator sees the month’s figures in fi, sv and en and downloads the export', async () => {
    const { context, page } = await ownSession(browser, app.url)
    await (await new SignInPage(page).open()).submit('coordinator1', DEMO_PASSWORD)
    await page.waitForURL(/\/network$/)
    const dashboard = await new MonitoringPage(page).open()
    // Aino's ending is this month's: one ending, fewer than 5, hidden.
    expect(await dashboard.grandTotal('ended').textContent()).toBe('alle 5')
    expect(await axeViolations(page)).toEqual([])
    const download = await dashboard.downloadCsv()
    expect(download.suggestedFilename()).toMatch(/^monitoring-\d{4}-\d{2}-municipality\.csv$/)
    const csv = fs.readFileSync(await download.path(), 'utf8')
    expect(csv).toContain('month;dimension;group_id;group_name;table;figure;value;suppressed')
    expect(csv).toMatch(/;ended;total;alle 5;primary/)
    // The same file made as a background job: progress, then a download of the same figures.
    const later = await dashboard.exportInBackground('csv')
    expect(later.suggestedFilename()).toMatch(/^monitoring-\d{4}-\d{2}-municipality\.csv$/)
    expect(fs.readFileSync(await later.path(), 'utf8')).toBe(csv)
    expect(await qa(page, 'export-job-status').first().textContent()).toBe('Valmis')
    expect(await axeViolations(page)).toEqual([])
    // A machine client's key: shown once, then revoked after a confirmation.
    await qa(page, 'api-key-name').fill('KEHA')
    await qa(page, 'api-key-create').click()
    expect(await qa(page, 'api-key-value').textContent()).toMatch(/^smk_/)
    await qa(page, 'api-key-revoke').click()
    await answerConfirmDialog(page, 'api-key-revoke-dialog', true)
    await qa(page, 'api-key-revoke').waitFor({ state: 'detached' })
    expect(await axeViolations(page)).toEqual([])
    const header = new Header(page)
    for (const [lang, hidden] of [
      ['sv', 'färre än 5'],
      ['en', 'fewer than 5'],
    ] as const) {
      await header.switchLanguage(lang)
      await dashboard.grandTotal('ended').waitFor()
      expect(await dashboard.grandTotal('ended').textContent()).toBe(hidden)
      expect(await axeViolations(page)).toEqual([])
    }
    await context.close()
  }, 120_000)

  test("an organisation lead sees their own organisation's figures, not the coordinator's tools", async () => {
    const { context, page } = await ownSession(browser, app.url)
    await (await new SignInPage(page).open()).submit('lead1', DEMO_PASSWORD)
    await page.waitForURL(/\/monitoring$/)
    const dashboard = await new MonitoringPage(page).open()
    expect(await qa(page, 'monitoring-own-organisation').textContent()).toContain(
      'Organisaation vastuuhenkilö',
    )
    expect(await qa(page, 'api-keys').count()).toBe(0)
    expect(await qa(page, 'export-jobs-empty').isVisible()).toBe(true)
    await dashboard.figure('referralsStarted').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  }, 120_000)
})
