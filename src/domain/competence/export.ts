import { asc, eq } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { CustomerId } from '../../platform/ids'
import { labelsFor } from './competence'
import { urisOf } from './references'
import { competenceProfileVersion } from './schema'

/**
 * The data-portability export (GDPR art. 20): every version in the structure the API uses, the
 * current one with the concepts' labels in all three languages. Only the young person asks for it
 * (the route's action), so the query needs no category rule of its own.
 */
export async function exportProfile(ctx: Ctx, customerId: CustomerId) {
  const rows = await ctx.db
    .select()
    .from(competenceProfileVersion)
    .where(eq(competenceProfileVersion.customerId, customerId))
    .orderBy(asc(competenceProfileVersion.version))
  const versions = rows.map((r) => ({
    version: r.version,
    savedAt: r.createdAt.toISOString(),
    source: r.source,
    content: r.content,
  }))
  const last = versions.at(-1)
  return {
    format: 'saumaton-competence-profile/1' as const,
    exportedAt: ctx.now.toISOString(),
    current: last
      ? {
          ...last,
          concepts: await labelsFor(
            ctx.db,
            urisOf(last.content),
            ctx.actor.kind === 'user' ? ctx.actor.locale : 'fi',
          ),
        }
      : null,
    versions,
  }
}
