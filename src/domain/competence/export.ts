import { and, asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { CustomerId } from '../../platform/ids'
import { mayReadCategory } from '../cases/relations'
import { labelsFor } from './competence'
import { urisOf } from './references'
import { competenceProfileVersion } from './schema'

/**
 * The data-portability export (GDPR art. 20): every version in the structure the API uses, the
 * current one with the concepts' labels in the young person's language. Only the young person
 * asks for it (the route's action); the query carries the category rule all the same.
 */
export async function exportProfile(ctx: Ctx, customerId: CustomerId) {
  const rows = await ctx.db
    .select()
    .from(competenceProfileVersion)
    .where(
      and(
        eq(competenceProfileVersion.customerId, customerId),
        mayReadCategory(ctx.actor, ctx.now, competenceProfileVersion.customerId, sql`'competence'`),
      ),
    )
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
