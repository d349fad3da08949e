import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq, isNull } from 'drizzle-orm'
import { writeAuditEvent } from '../../platform/audit/audit'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Forbidden, NotFound, Unauthenticated } from '../../platform/errors'
import { apiKey } from './schema'

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

function actingOrganisation(ctx: Ctx): { organisationId: string; userId: string } {
  if (ctx.actor.kind !== 'user' || !ctx.actor.organisationId)
    throw new Forbidden('not_permitted', 'Only a member of an organisation manages its keys.')
  return { organisationId: ctx.actor.organisationId, userId: ctx.actor.userId }
}

/** Creates a key for the coordinator's organisation; the key itself is answered only now. */
export async function createApiKey(ctx: Ctx, name: string) {
  const { organisationId, userId } = actingOrganisation(ctx)
  const key = `smk_${randomBytes(32).toString('base64url')}`
  const [row] = await ctx.db
    .insert(apiKey)
    .values({
      organisationId,
      name,
      prefix: key.slice(0, 10),
      keyHash: sha256(key),
      createdByUserId: userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: apiKey.id })
  ctx.audit.touch([], [row!.id])
  return { id: row!.id, key }
}

export async function listApiKeys(ctx: Ctx) {
  const { organisationId } = actingOrganisation(ctx)
  const rows = await ctx.db
    .select()
    .from(apiKey)
    .where(eq(apiKey.organisationId, organisationId))
    .orderBy(desc(apiKey.createdAt))
    .limit(200)
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }))
}

export async function revokeApiKey(ctx: Ctx, id: string): Promise<void> {
  const { organisationId } = actingOrganisation(ctx)
  const [row] = await ctx.db
    .update(apiKey)
    .set({ revokedAt: ctx.now, updatedAt: ctx.now })
    .where(
      and(eq(apiKey.id, id), eq(apiKey.organisationId, organisationId), isNull(apiKey.revokedAt)),
    )
    .returning({ id: apiKey.id })
  if (!row) throw new NotFound('not_found', 'No such key in use.')
  ctx.audit.touch([], [id])
}

/**
 * The organisation a machine client's `Authorization: Bearer <key>` stands for; every use is
 * audited (a refused key too), in its own transaction, before the answer.
 */
export async function authenticateApiKey(
  db: Queryable,
  header: string | undefined,
  now: Date,
  requestId: string,
  action: string,
): Promise<{ organisationId: string }> {
  const key = /^Bearer (smk_[\w-]{20,100})$/.exec(header ?? '')?.[1]
  const [row] = key
    ? await db
        .select()
        .from(apiKey)
        .where(and(eq(apiKey.keyHash, sha256(key)), isNull(apiKey.revokedAt)))
    : []
  await db.transaction(async (tx) => {
    if (row) {
      await tx.update(apiKey).set({ lastUsedAt: now }).where(eq(apiKey.id, row.id))
    }
    await writeAuditEvent(tx, {
      occurredAt: now,
      requestId,
      actorUserId: null,
      actorOrganisationId: row?.organisationId ?? null,
      actorRole: 'api_key',
      action,
      purpose: 'monitoring',
      outcome: row ? 'success' : 'denied',
      personIds: [],
      recordIds: row ? [row.id] : [],
    })
  })
  if (!row) throw new Unauthenticated('sign_in_required', 'A valid API key is required.')
  return { organisationId: row.organisationId }
}
