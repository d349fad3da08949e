import { and, asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { ListCtx } from '../../platform/http/route'
import { cursorPageFrom, decodeKeyPosition, encodeKeyPosition } from '../../platform/http/paging'
import { isOpen, postingById, presentPosting } from './postings'
import { jobMatch, jobPosting } from './schema'

/** A young person's stored matches that are still open, best first (read, never computed). */
export async function storedMatchesOf(ctx: Ctx, customerId: string) {
  const rows = await ctx.db
    .select({ m: jobMatch, j: jobPosting })
    .from(jobMatch)
    .innerJoin(jobPosting, eq(jobPosting.id, jobMatch.jobPostingId))
    .where(and(eq(jobMatch.customerId, customerId), isOpen(ctx.now)))
    .orderBy(asc(jobMatch.rank))
  ctx.audit.touch([customerId])
  return {
    computedAt: rows[0]?.m.computedAt.toISOString() ?? null,
    items: rows.map(({ m, j }) => ({
      rank: m.rank,
      score: m.score,
      reasons: m.reasons,
      missing: m.missing,
      job: presentPosting(j),
    })),
  }
}

/**
 * For a job, the joint customers it matches, best first — only those whose competence data the
 * worker's organisation may see (the list action's filter, in the query).
 */
export async function matchingCustomersOf(
  ctx: ListCtx,
  jobPostingId: string,
  q: { after?: string | undefined; limit: number },
) {
  await postingById(ctx.db, jobPostingId)
  const after = q.after ? decodeKeyPosition(q.after, 1) : null
  const rows = await ctx.db
    .select()
    .from(jobMatch)
    .where(
      and(
        eq(jobMatch.jobPostingId, jobPostingId),
        ctx.list.filter(jobMatch.customerId),
        after
          ? sql`(-${jobMatch.score}, ${jobMatch.customerId}) > (-${Number(after.keys[0])}::int, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${jobMatch.score} desc, ${jobMatch.customerId}`)
    .limit(q.limit + 1)
  return cursorPageFrom(
    rows,
    q.limit,
    (shown) =>
      shown.map((m) => ({
        customerId: m.customerId,
        score: m.score,
        reasons: m.reasons,
        missing: m.missing,
      })),
    (m) => encodeKeyPosition({ keys: [String(m.score)], id: m.customerId }),
  )
}
