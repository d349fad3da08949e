import { loadConfig } from './platform/config'
import { openConfiguredDatabase } from './platform/db/open'
import { buildApp } from './server'
import { startConfiguredAuditSealer } from './platform/audit/seal'
import { smtpTransport, startMailSender } from './platform/mail/smtp'
import { startConsentExpiryCheck } from './domain/consent/expiry'
import { DEMO_PASSWORD, loadDemoData } from './demo/demo-data'

async function main(): Promise<void> {
  const config = loadConfig()
  const database = await openConfiguredDatabase(config)
  const logins = config.DEMO ? await loadDemoData(database.db) : []
  const app = await buildApp({ config, db: database.db })
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
  const shutdown = async (): Promise<void> => {
    await stopExpiryCheck()
    await stopMail?.()
    await app.close()
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
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
