import { createHash, randomBytes } from 'node:crypto'
import { and, eq, isNull, sql } from 'drizzle-orm'
import { createAccount, hashPassword } from '../../platform/auth/auth'
import { userAccount, type Locale } from '../../platform/auth/schema'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Forbidden, Gone, NotFound } from '../../platform/errors'
import type { CustomerId, UserAccountId } from '../../platform/ids'
import { queueNotification } from '../../platform/mail/outbox'
import { customer, invitation } from './schema'

/** How long an invitation link works (it works once). */
export const INVITATION_DAYS = 7

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

export interface PersonAccount {
  userId: UserAccountId
  customerId: CustomerId
}

/**
 * The account of the customer a strong identification names, created on their first sign-in.
 * The identity code is the link; it is never stored on the account. Nobody is made a customer
 * here: an identity code that is not a customer's is refused and nothing is written.
 */
export async function accountOfIdentifiedPerson(
  db: Queryable,
  identityCode: string,
  locale: Locale,
  now: Date,
): Promise<PersonAccount> {
  const [person] = await db
    .select({
      id: customer.id,
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      userAccountId: customer.userAccountId,
      disabledAt: userAccount.disabledAt,
    })
    .from(customer)
    .leftJoin(userAccount, eq(userAccount.id, customer.userAccountId))
    .where(eq(customer.identityCode, identityCode))
  if (!person) {
    throw new Forbidden(
      'identity_not_a_customer',
      'The identified person is not a customer of the network.',
    )
  }
  if (person.disabledAt) throw new Forbidden('not_permitted', 'The account is disabled.')
  if (person.userAccountId) {
    return { userId: person.userAccountId as UserAccountId, customerId: person.id as CustomerId }
  }
  // A username nobody types: this account signs in by identification only (no password).
  const userId = await createAccount(db, {
    username: `identified:${person.id}`,
    passwordHash: null,
    displayName: `${person.firstName} ${person.lastName}`,
    locale,
    email: person.email,
  })
  await db
    .update(customer)
    .set({ userAccountId: userId, updatedAt: now })
    .where(eq(customer.id, person.id))
  return { userId, customerId: person.id as CustomerId }
}

/**
 * Invites a newly enrolled young person by e-mail to set a password, in the enrolment's
 * transaction — where no strong identification is configured (`ctx.invitations`), the person
 * has an e-mail address and no account yet. The token is only in the mail's link.
 */
export async function createInvitation(ctx: Ctx, customerId: CustomerId): Promise<void> {
  if (!ctx.invitations) return
  const [person] = await ctx.db
    .select({ email: customer.email, userAccountId: customer.userAccountId })
    .from(customer)
    .where(eq(customer.id, customerId))
  if (!person?.email || person.userAccountId) return
  const token = randomBytes(32).toString('base64url')
  const [row] = await ctx.db
    .insert(invitation)
    .values({
      customerId,
      tokenHash: sha256(token),
      expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: invitation.id })
  // The token travels in the fragment: browsers send no fragment to a server or in a Referer.
  const link = `${ctx.invitations.linkBase}/app/invitation#${token}`
  await queueNotification(
    ctx.db,
    [{ email: person.email, locale: 'fi' }],
    'invitation',
    ctx.now,
    link,
  )
  ctx.audit.touch([customerId], [row!.id])
}

/** The invitation a token opens, if it may still be used; else the reason as a problem. */
async function usableInvitation(db: Queryable, token: string, now: Date, lock: boolean) {
  const query = db
    .select({
      id: invitation.id,
      customerId: invitation.customerId,
      expiresAt: invitation.expiresAt,
      usedAt: invitation.usedAt,
      email: customer.email,
      firstName: customer.firstName,
      lastName: customer.lastName,
      userAccountId: customer.userAccountId,
    })
    .from(invitation)
    .innerJoin(customer, eq(customer.id, invitation.customerId))
    .where(eq(invitation.tokenHash, sha256(token)))
  const [row] = lock ? await query.for('update', { of: invitation }) : await query
  if (!row) throw new NotFound('invitation_not_found', 'No such invitation.')
  if (row.usedAt || row.userAccountId)
    throw new Conflict('invitation_used', 'The invitation has been used.')
  if (row.expiresAt <= now) throw new Gone('invitation_expired', 'The invitation has expired.')
  if (!row.email) throw new NotFound('invitation_not_found', 'The invitation has no address.')
  return { ...row, email: row.email }
}

/** What the set-password page shows before the password is chosen: the username to be. */
export async function checkInvitation(
  db: Queryable,
  token: string,
  now: Date,
): Promise<{ username: string }> {
  const found = await usableInvitation(db, token, now, false)
  return { username: found.email }
}

/**
 * Sets the young person's password: creates their account (username: their e-mail address),
 * links it to their customer record and uses the invitation up, all in the caller's transaction.
 */
export async function acceptInvitation(
  db: Queryable,
  token: string,
  password: string,
  locale: Locale,
  now: Date,
): Promise<{ username: string; customerId: CustomerId; userId: UserAccountId }> {
  const found = await usableInvitation(db, token, now, true)
  const [taken] = await db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(sql`lower(${userAccount.username}) = ${found.email.toLowerCase()}`)
  if (taken) throw new Conflict('username_taken', 'An account with this username exists already.')
  const userId = await createAccount(db, {
    username: found.email,
    passwordHash: await hashPassword(password),
    displayName: `${found.firstName} ${found.lastName}`,
    locale,
    email: found.email,
  })
  await db
    .update(customer)
    .set({ userAccountId: userId, updatedAt: now })
    .where(and(eq(customer.id, found.customerId), isNull(customer.userAccountId)))
  // Every invitation of the person is spent: one account, however many links were sent.
  await db
    .update(invitation)
    .set({ usedAt: now, updatedAt: now })
    .where(and(eq(invitation.customerId, found.customerId), isNull(invitation.usedAt)))
  return { username: found.email, customerId: found.customerId as CustomerId, userId }
}
