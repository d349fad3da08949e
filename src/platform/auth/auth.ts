import { createHash, randomBytes } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'
import { and, eq, gt, sql } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { TooManyRequests, Unauthenticated } from '../errors'
import type { UserAccountId } from '../ids'
import { loginFailure, userAccount, userSession, type Locale } from './schema'

// OWASP's argon2id minimum (19 MiB, 2 passes); the library's defaults match it.
export const hashPassword = (password: string): Promise<string> => hash(password)

// Verified against when the username is unknown, so that timing does not tell which names exist.
let dummyHash: Promise<string> | undefined

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')
const SESSION_MAX_HOURS = 12

export interface SignedInAccount {
  userId: UserAccountId
  displayName: string
  locale: Locale
}

export interface SessionLimits {
  /** Failed sign-ins per account (username) in a window, from all addresses together. */
  maxFailures: number
  /** Failed sign-ins per client address in a window, across all usernames. */
  maxFailuresPerAddress: number
  windowMinutes: number
}

/**
 * The counters an attempt is charged to: its username (whether or not such an account exists)
 * and the address it came from. Only digests are stored. IPv6 clients are counted per /64, the
 * block one subscriber usually holds, so that rotating through it does not reset the count.
 */
function attemptKeys(username: string, clientAddress: string) {
  return {
    account: sha256(`account|${username.trim().toLowerCase()}`),
    address: sha256(`address|${addressBlock(clientAddress)}`),
  }
}

export function addressBlock(address: string): string {
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (v4) return v4[1]!
  if (!address.includes(':')) return address
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = tail === undefined ? 0 : Math.max(8 - left.length - right.length, 0)
  const groups = [...left, ...Array<string>(zeros).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * Charges one attempt to every counter before the password is checked, in one statement, so
 * that parallel attempts cannot all read the same old count: each one gets its own number back,
 * and only the first `max` of a window go on to the (slow) password check. A window that has run
 * out starts again at 1. Returns the seconds to wait when a limit is reached, else null.
 */
async function chargeAttempt(
  db: Queryable,
  keys: ReturnType<typeof attemptKeys>,
  now: Date,
  limits: SessionLimits,
): Promise<number | null> {
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000)
  const fresh = sql`${loginFailure.windowStartedAt} > ${windowStart}`
  const rows = await db
    .insert(loginFailure)
    .values([
      { usernameKey: keys.account, failures: 1, windowStartedAt: now, updatedAt: now },
      { usernameKey: keys.address, failures: 1, windowStartedAt: now, updatedAt: now },
    ])
    .onConflictDoUpdate({
      target: loginFailure.usernameKey,
      set: {
        failures: sql`case when ${fresh} then ${loginFailure.failures} + 1 else 1 end`,
        windowStartedAt: sql`case when ${fresh} then ${loginFailure.windowStartedAt} else ${now} end`,
        updatedAt: now,
      },
    })
    .returning({
      key: loginFailure.usernameKey,
      failures: loginFailure.failures,
      windowStartedAt: loginFailure.windowStartedAt,
    })
  const over = rows.filter(
    (r) =>
      r.failures > (r.key === keys.account ? limits.maxFailures : limits.maxFailuresPerAddress),
  )
  if (over.length === 0) return null
  const windowEnds =
    Math.max(...over.map((r) => r.windowStartedAt.getTime())) + limits.windowMinutes * 60_000
  return Math.max(Math.ceil((windowEnds - now.getTime()) / 1000), 1)
}

/**
 * Signs in with a local account. Failures are limited per account across all addresses and per
 * address across all accounts (SessionLimits); the attempt is counted before the password is
 * checked, and a success takes its own attempt back. `previousToken` is the session the browser
 * had: it ends here, and the new session gets a new token (no fixation, no second live session).
 */
export async function signIn(
  db: Queryable,
  username: string,
  password: string,
  now: Date,
  limits: SessionLimits,
  clientAddress = '',
  previousToken?: string,
): Promise<{ token: string; account: SignedInAccount }> {
  const keys = attemptKeys(username, clientAddress)
  const retryAfter = await chargeAttempt(db, keys, now, limits)
  if (retryAfter !== null) {
    throw new TooManyRequests(
      'too_many_sign_in_attempts',
      'Too many failed sign-ins. Try again later.',
      retryAfter,
    )
  }
  const [account] = await db
    .select()
    .from(userAccount)
    .where(sql`lower(${userAccount.username}) = ${username.trim().toLowerCase()}`)
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  const ok =
    account?.passwordHash && !account.disabledAt
      ? await verify(account.passwordHash, password)
      : (await verify(await dummyHash, password), false)
  if (!ok || !account) throw new Unauthenticated('wrong_credentials', 'Wrong username or password.')
  // The account's owner has shown the password: its count starts over. The address keeps the
  // failures it has made, less this attempt, which was not one.
  await db.delete(loginFailure).where(eq(loginFailure.usernameKey, keys.account))
  await db
    .update(loginFailure)
    .set({ failures: sql`greatest(${loginFailure.failures} - 1, 0)`, updatedAt: now })
    .where(eq(loginFailure.usernameKey, keys.address))
  const token = await startSession(db, account.id as UserAccountId, now, previousToken)
  return {
    token,
    account: {
      userId: account.id as UserAccountId,
      displayName: account.displayName,
      locale: account.locale,
    },
  }
}

/**
 * Opens a session for an account whose owner has just proven who they are (a password, or a
 * strong identification); returns the cookie's token. The browser's previous session ends.
 */
export async function startSession(
  db: Queryable,
  userId: UserAccountId,
  now: Date,
  previousToken?: string,
): Promise<string> {
  if (previousToken) await endSessionOfToken(db, previousToken)
  const token = randomBytes(32).toString('base64url')
  await db.insert(userSession).values({
    tokenHash: sha256(token),
    csrfToken: randomBytes(24).toString('base64url'),
    userAccountId: userId,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3_600_000),
  })
  return token
}

/** Ends the session a token opens, whoever's it is (signing in again over it). */
async function endSessionOfToken(db: Queryable, token: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.tokenHash, sha256(token)))
}

export interface ActiveSession {
  sessionId: string
  csrfToken: string
  account: SignedInAccount
}

/** `last_seen_at` is written at most this often: most requests then write nothing. */
export const SEEN_RESOLUTION_MS = 60_000

/**
 * Finds the live session of a token and marks it seen. The mark is written only when it is
 * over a minute old, so most requests only read (one commit fewer); the idle timeout is thus
 * exact to within a minute.
 */
export async function resumeSession(
  db: Queryable,
  token: string,
  now: Date,
  idleMinutes: number,
): Promise<ActiveSession | null> {
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000)
  const live = and(
    eq(userSession.tokenHash, sha256(token)),
    gt(userSession.lastSeenAt, idleSince),
    gt(userSession.expiresAt, now),
  )
  const columns = {
    id: userSession.id,
    csrfToken: userSession.csrfToken,
    userId: userSession.userAccountId,
    lastSeenAt: userSession.lastSeenAt,
  }
  // The session and its account in one statement: this runs before every signed-in request.
  let [row] = await db
    .select({
      ...columns,
      displayName: userAccount.displayName,
      locale: userAccount.locale,
      disabledAt: userAccount.disabledAt,
    })
    .from(userSession)
    .innerJoin(userAccount, eq(userAccount.id, userSession.userAccountId))
    .where(live)
  if (!row || row.disabledAt) return null
  if (now.getTime() - row.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
    const [seen] = await db
      .update(userSession)
      .set({ lastSeenAt: now })
      .where(and(live, eq(userSession.id, row.id)))
      .returning(columns)
    if (!seen) return null
    row = { ...row, ...seen }
  }
  return {
    sessionId: row.id,
    csrfToken: row.csrfToken,
    account: {
      userId: row.userId as UserAccountId,
      displayName: row.displayName,
      locale: row.locale,
    },
  }
}

export async function signOut(db: Queryable, sessionId: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.id, sessionId))
}

export async function setLocale(
  db: Queryable,
  userId: UserAccountId,
  locale: Locale,
  now: Date,
): Promise<void> {
  await db.update(userAccount).set({ locale, updatedAt: now }).where(eq(userAccount.id, userId))
}

export async function createAccount(
  db: Queryable,
  input: {
    username: string
    passwordHash: string | null
    displayName: string
    locale?: Locale
    email?: string | null
    phone?: string | null
  },
): Promise<UserAccountId> {
  const [row] = await db
    .insert(userAccount)
    .values({ ...input, locale: input.locale ?? 'fi' })
    .returning({ id: userAccount.id })
  return row!.id as UserAccountId
}

/** Names, contact details and language of accounts (team contacts, notifications). */
export async function accountContacts(db: Queryable, ids: readonly string[]) {
  type Contact = { displayName: string; email: string | null; phone: string | null; locale: Locale }
  if (ids.length === 0) return new Map<string, Contact>()
  const rows = await db
    .select({
      id: userAccount.id,
      displayName: userAccount.displayName,
      email: userAccount.email,
      phone: userAccount.phone,
      locale: userAccount.locale,
    })
    .from(userAccount)
    .where(
      sql`${userAccount.id} in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    )
  return new Map<string, Contact>(rows.map(({ id, ...c }) => [id, c]))
}
