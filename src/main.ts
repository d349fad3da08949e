import { APP_PATH, loadConfig, publicUrl, type Config } from './platform/config'
import { startLocalOidcProvider, type LocalOidcProvider } from './platform/auth/local-oidc-provider'
import { demoTestPersons } from './demo/test-persons'
import { openConfiguredDatabase } from './platform/db/open'
import { buildApp } from './server'
import { startConfiguredAuditSealer } from './platform/audit/seal'
import { smtpTransport, startMailSender } from './platform/mail/smtp'
import { startConsentExpiryCheck } from './domain/consent/expiry'
import { startSurveyReminders } from './domain/survey/reminders'
import { DEMO_PASSWORD, loadDemoData } from './demo/demo-data'
import { storageGuard } from './platform/db/storage-guard'
import { startBackground } from './platform/background/background'
import { backgroundJobs } from './background'

/**
 * In demo mode without an identification service, a local one with test persons, so that the
 * young people can sign in as they would with Suomi.fi (docs/sign-in.md).
 */
async function demoIdentification(
  config: Config,
): Promise<{ config: Config; provider: LocalOidcProvider | null }> {
  if (!config.DEMO || config.OIDC_ISSUER) return { config, provider: null }
  const redirectUrl = config.OIDC_REDIRECT_URL ?? `${publicUrl(config)}${APP_PATH}/signin/callback`
  const provider = await startLocalOidcProvider({
    port: config.DEMO_OIDC_PORT,
    redirectUrl,
    persons: demoTestPersons(),
  })
  return {
    config: {
      ...config,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URL: redirectUrl,
    },
    provider,
  }
}

async function main(): Promise<void> {
  const base = loadConfig()
  const database = await openConfiguredDatabase(base)
  const { config, provider } = await demoIdentification(base)
  const logins = config.DEMO ? await loadDemoData(database.db) : []
  const log = (msg: string) => console.warn(msg)
  // Background jobs (docs/background-jobs.md): pg-boss in the same database.
  const background = config.BACKGROUND_JOBS
    ? await startBackground(database, backgroundJobs(config, log), { clock: () => new Date(), log })
    : null
  const app = await buildApp({
    ...(background ? { queue: background } : {}),
    config,
    db: database.db,
    ...(database.replica ? { replica: database.replica } : {}),
    ...(database.kind === 'pglite'
      ? { storageGuard: storageGuard(config.DATA_DIR, config.DATA_DIR_MIN_FREE_MB * 1024 * 1024) }
      : {}),
  })
  const stopAuditSealer = startConfiguredAuditSealer(config, database, app.log)
  const stopMail = config.SMTP_URL
    ? startMailSender(
        database.db,
        smtpTransport(config.SMTP_URL, config.MAIL_FROM),
        () => new Date(),
        (msg) => app.log.warn(msg),
      )
    : null
  // Consents that ran out: the case says so and their organisations' steps wait (docs/case-reactions.md).
  const stopExpiryCheck = startConsentExpiryCheck(
    database.db,
    () => new Date(),
    (msg) => app.log.warn(msg),
  )
  // The satisfaction survey's one reminder (docs/survey.md).
  const stopSurveyReminders = startSurveyReminders(
    database.db,
    () => new Date(),
    { linkBase: publicUrl(config), reminderDays: config.SURVEY_REMINDER_DAYS },
    (msg) => app.log.warn(msg),
  )
  const shutdown = async (): Promise<void> => {
    await stopSurveyReminders()
    await stopExpiryCheck()
    await background?.stop()
    await stopMail?.()
    await app.close()
    await provider?.close()
    await stopAuditSealer()
    await database.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
  await app.listen({ port: config.PORT, host: config.HOST })
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`
  const db = database.kind === 'pglite' ? `embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL'
  console.log(`\nSaumaton is running on ${url} (${db}).`)
  if (!config.SMTP_URL)
    console.log('No SMTP_URL: mail waits in the outbox (see /api/v1/dev/mailbox in demo mode).')
  if (logins.length > 0) {
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`)
    for (const l of logins) console.log(`  ${l.username.padEnd(14)} ${l.who}`)
    console.log('')
  }
  if (provider) {
    const people = demoTestPersons().map((p) => p.login)
    console.log(`Strong identification (local test service on ${provider.issuer}): press`)
    console.log(
      `"Sign in with strong identification" and type a test person's login, any password:`,
    )
    console.log(`  ${people.join(', ')} (see the README for who is not enrolled yet)`)
    console.log('')
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
