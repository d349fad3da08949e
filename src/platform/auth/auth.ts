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
  maxFailures: number
  windowMinutes: number
  idleMinutes: number
}

export async function signIn(
  db: Queryable,
  username: string,
  password: string,
  now: Date,
  limits: SessionLimits,
  /** The client's address: failures count per username and address, so that guessing from one
   * place cannot lock the user out everywhere. */
  clientAddress = '',
): Promise<{ token: string; account: SignedInAccount }> {
  const usernameKey = sha256(`${username.trim().toLowerCase()}|${clientAddress}`)
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000)
  const [failure] = await db
    .select()
    .from(loginFailure)
    .where(
      and(eq(loginFailure.usernameKey, usernameKey), gt(loginFailure.windowStartedAt, windowStart)),
    )
  if (failure && failure.failures >= limits.maxFailures) {
    const retry = Math.ceil(
      (failure.windowStartedAt.getTime() + limits.windowMinutes * 60_000 - now.getTime()) / 1000,
    )
    throw new TooManyRequests(
      'too_many_sign_in_attempts',
      'Too many failed sign-ins. Try again later.',
      Math.max(retry, 1),
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
  if (!ok || !account) {
    await db
      .insert(loginFailure)
      .values({ usernameKey, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: loginFailure.usernameKey,
        set: {
          failures: sql`case when ${loginFailure.windowStartedAt} > ${windowStart} then ${loginFailure.failures} + 1 else 1 end`,
          windowStartedAt: sql`case when ${loginFailure.windowStartedAt} > ${windowStart} then ${loginFailure.windowStartedAt} else ${now} end`,
          updatedAt: now,
        },
      })
    throw new Unauthenticated('wrong_credentials', 'Wrong username or password.')
  }
  await db.delete(loginFailure).where(eq(loginFailure.usernameKey, usernameKey))
  const token = randomBytes(32).toString('base64url')
  await db.insert(userSession).values({
    tokenHash: sha256(token),
    csrfToken: randomBytes(24).toString('base64url'),
    userAccountId: account.id,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3_600_000),
  })
  return {
    token,
    account: {
      userId: account.id as UserAccountId,
      displayName: account.displayName,
      locale: account.locale,
    },
  }
}

export interface ActiveSession {
  sessionId: string
  csrfToken: string
  account: SignedInAccount
}

/** Finds the live session of a token and marks it seen; idle or expired sessions are gone. */
export async function resumeSession(
  db: Queryable,
  token: string,
  now: Date,
  idleMinutes: number,
): Promise<ActiveSession | null> {
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000)
  const [row] = await db
    .update(userSession)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(userSession.tokenHash, sha256(token)),
        gt(userSession.lastSeenAt, idleSince),
        gt(userSession.expiresAt, now),
      ),
    )
    .returning({
      id: userSession.id,
      csrfToken: userSession.csrfToken,
      userId: userSession.userAccountId,
    })
  if (!row) return null
  const [account] = await db
    .select({
      displayName: userAccount.displayName,
      locale: userAccount.locale,
      disabledAt: userAccount.disabledAt,
    })
    .from(userAccount)
    .where(eq(userAccount.id, row.userId))
  if (!account || account.disabledAt) return null
  return {
    sessionId: row.id,
    csrfToken: row.csrfToken,
    account: {
      userId: row.userId as UserAccountId,
      displayName: account.displayName,
      locale: account.locale,
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
