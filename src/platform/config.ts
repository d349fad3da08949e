import { z } from 'zod'

const booleanish = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((v) => v === 'true' || v === '1')

/** Every environment variable the app reads; the README's configuration table mirrors this. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** A streaming replica of DATABASE_URL that reports read from (docs/scaling.md). */
  REPLICA_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DEMO: booleanish.default(false),
  /** Embedded database: writes are refused (507) while less than this is free in DATA_DIR. */
  DATA_DIR_MIN_FREE_MB: z.coerce.number().int().min(0).default(64),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  COOKIE_SECURE: booleanish.default(false),
  /** Behind a reverse proxy: `true`, or the proxies' addresses/CIDRs, comma-separated. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === 'false' ? false : v === 'true' ? true : v)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'smtp://host:port or smtps://user:pass@host:port')
    .optional(),
  MAIL_FROM: z.string().default('Saumaton <no-reply@saumaton.invalid>'),
  // Keys the audit chain (docs/audit.md); unset: a key generated into DATA_DIR.
  AUDIT_KEY: z.string().optional(),
  // Default: DATA_DIR/audit-checkpoint.json.
  AUDIT_CHECKPOINT: z.string().optional(),
  /** Where users reach the app (links in mail); default: http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  // Strong identification (docs/sign-in.md): unset OIDC_ISSUER means no identification service.
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Default: PUBLIC_URL/app/signin/callback. */
  OIDC_REDIRECT_URL: z.url().optional(),
  /** In demo mode without OIDC_ISSUER, the local identification service listens here. */
  /**
   * Keys the pseudonymous ids of the fee table's customer-level basis (HMAC of the referral id):
   * stable while the secret stays. Set it in production; the default suits demo and tests only.
   */
  FEE_PSEUDONYM_SECRET: z.string().min(16).default('saumaton-demo-fee-pseudonyms'),
  DEMO_OIDC_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** The job feed (docs/job-feed.md): a file path or an http(s) URL; unset: no import. */
  JOB_FEED_LOCATION: z.string().optional(),
  /** When the job feed is imported: cron, UTC (default hourly). */
  JOB_FEED_SCHEDULE: z.string().default('17 * * * *'),
  /** Run background jobs in this process (docs/background-jobs.md). */
  BACKGROUND_JOBS: booleanish.default(true),
  /** The satisfaction survey's one reminder, this many days after the invitation (docs/survey.md). */
  SURVEY_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** An unanswered survey invitation is deleted after this many days. */
  SURVEY_VALID_DAYS: z.coerce.number().int().min(2).max(365).default(60),
})

export type Config = z.infer<typeof configSchema>

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  )
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${problems}`)
  }
  return parsed.data
}

/** Where the React app lives under the public address (the public website owns the root). */
export const APP_PATH = '/app'

/** The app's own address, without a trailing slash. */
export const publicUrl = (config: Config): string =>
  (
    config.PUBLIC_URL ??
    `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`
  ).replace(/\/+$/, '')

/** The strong identification service the app uses, or null when none is configured. */
export function oidcSettings(config: Config) {
  if (!config.OIDC_ISSUER) return null
  if (!config.OIDC_CLIENT_ID) throw new Error('Invalid configuration: OIDC_CLIENT_ID is required')
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET ?? null,
    redirectUrl: config.OIDC_REDIRECT_URL ?? `${publicUrl(config)}${APP_PATH}/signin/callback`,
  }
}
export type OidcSettings = NonNullable<ReturnType<typeof oidcSettings>>

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), LOG_LEVEL: 'silent', ...overrides }
}
