import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps } from '../db/columns'
import { locales, type Locale } from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export { locales, type Locale }

export const userAccount = pgTable(
  'user_account',
  {
    id: idColumn(),
    username: text('username').notNull(),
    passwordHash: text('password_hash'),
    displayName: text('display_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale').$type<Locale>().notNull().default('fi'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('user_account_username_key').on(sql`lower(${t.username})`),
    check('user_account_locale_check', inList('locale', locales)),
  ],
)

export const userSession = pgTable(
  'user_session',
  {
    id: idColumn(),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    userAccountId: uuid('user_account_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('user_session_token_hash_key').on(t.tokenHash),
    index('user_session_user_account_id_idx').on(t.userAccountId),
  ],
)

/** Failed sign-ins, counted per username so that guessing is slowed on every app process. */
export const loginFailure = pgTable(
  'login_failure',
  {
    id: idColumn(),
    usernameKey: text('username_key').notNull(),
    failures: integer('failures').notNull().default(1),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [uniqueIndex('login_failure_username_key_key').on(t.usernameKey)],
)

/**
 * A strong-identification sign-in under way: what the callback must check (state, nonce) and
 * prove (the PKCE verifier), kept on the server and keyed by a digest of the browser's flow
 * cookie. Short-lived and single use: the callback deletes the row as it reads it.
 */
export const oidcSignIn = pgTable(
  'oidc_sign_in',
  {
    id: idColumn(),
    flowKeyHash: text('flow_key_hash').notNull(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    locale: text('locale').$type<Locale>().notNull().default('fi'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('oidc_sign_in_flow_key_hash_key').on(t.flowKeyHash),
    index('oidc_sign_in_expires_at_idx').on(t.expiresAt),
    check('oidc_sign_in_locale_check', inList('locale', locales)),
  ],
)
