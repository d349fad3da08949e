import { and, eq, isNull, sql } from 'drizzle-orm'
import { userAccount } from '../../platform/auth/schema'
import type { Ctx } from '../../platform/context'
import {
  cursorPageFrom,
  decodeKeyPosition,
  encodeKeyPosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { Forbidden } from '../../platform/errors'
import { organisationMember } from './schema'

const nameKey = sql<string>`lower(${userAccount.displayName}) collate "C"`

/**
 * The workers of the signed-in worker's own organisation, by name, keyset paged: whom a step can
 * be given to. Only one's own organisation's workers are listed, so there is no id to ask about.
 */
export async function listColleagues(ctx: Ctx, query: CursorQuery & { q?: string | undefined }) {
  const actor = ctx.actor
  if (actor.kind !== 'user' || !actor.organisationId)
    throw new Forbidden('workers_only', 'Workers only.')
  const after = query.after ? decodeKeyPosition(query.after, 1) : null
  const prefix = query.q?.trim().toLowerCase()
  const rows = await ctx.db
    .select({
      id: userAccount.id,
      displayName: userAccount.displayName,
      title: organisationMember.title,
      key: nameKey,
    })
    .from(organisationMember)
    .innerJoin(userAccount, eq(userAccount.id, organisationMember.userAccountId))
    .where(
      and(
        eq(organisationMember.organisationId, actor.organisationId),
        eq(organisationMember.role, 'worker'),
        isNull(userAccount.disabledAt),
        prefix
          ? sql`${nameKey} like ${`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`
          : undefined,
        after
          ? sql`(${nameKey}, ${userAccount.id}) > (${after.keys[0]}, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(nameKey, userAccount.id)
    .limit(query.limit + 1)
  return cursorPageFrom(
    rows,
    query.limit,
    (shown) =>
      shown.map((r) => ({
        id: r.id,
        displayName: r.displayName,
        title: r.title,
        isMe: r.id === actor.userId,
      })),
    (r) => encodeKeyPosition({ keys: [r.key], id: r.id }),
  )
}
