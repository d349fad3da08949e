import { and, desc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { LocalisedText } from '../../platform/db/columns'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Invalid, NotFound } from '../../platform/errors'
import {
  cursorPageFrom,
  decodePosition,
  encodePosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { careerStory } from './schema'

/**
 * Career stories: public only while published, its time has come, and the person's consent to
 * publication is on record and not withdrawn — one predicate, used by every public read.
 */
export const storyIsPublic = (now: Date) =>
  and(
    eq(careerStory.status, 'published'),
    lte(careerStory.publishAt, now),
    isNotNull(careerStory.consentGivenAt),
    isNull(careerStory.consentWithdrawnAt),
  )

export type CareerStoryRow = typeof careerStory.$inferSelect
export interface StoryInput {
  municipalityId: string
  title: LocalisedText
  body: LocalisedText
}

const editor = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)
const missing = () => new NotFound('not_found', 'No such story.')

export async function storyById(db: Queryable, id: string) {
  const [row] = await db.select().from(careerStory).where(eq(careerStory.id, id))
  if (!row) throw missing()
  return row
}

/** The editor's list, newest edit first, keyset-paged (docs/paging.md). */
export async function listStories(db: Queryable, q: CursorQuery) {
  const position = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select()
    .from(careerStory)
    .where(
      position
        ? sql`(${careerStory.updatedAt}, ${careerStory.id}) < (${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`
        : undefined,
    )
    .orderBy(desc(careerStory.updatedAt), desc(careerStory.id))
    .limit(q.limit + 1)
  return cursorPageFrom(
    rows,
    q.limit,
    (shown) => shown,
    (r) => encodePosition({ at: r.updatedAt, id: r.id }),
  )
}

export async function createStory(ctx: Ctx, input: StoryInput) {
  const [row] = await ctx.db
    .insert(careerStory)
    .values({ ...input, status: 'draft', updatedBy: editor(ctx) })
    .returning()
  ctx.audit.touch([], [row!.id])
  return row!
}

async function change(
  ctx: Ctx,
  id: string,
  version: number,
  values: Partial<typeof careerStory.$inferInsert>,
) {
  const [row] = await ctx.db
    .update(careerStory)
    .set({
      ...values,
      version: sql`${careerStory.version} + 1`,
      updatedBy: editor(ctx),
      updatedAt: ctx.now,
    })
    .where(and(eq(careerStory.id, id), eq(careerStory.version, version)))
    .returning()
  if (!row) {
    await storyById(ctx.db, id)
    throw new Conflict('changed_meanwhile', 'Someone changed this story meanwhile.')
  }
  ctx.audit.touch([], [id])
  return row
}

export const updateStory = (ctx: Ctx, id: string, input: StoryInput & { version: number }) => {
  const { version, ...values } = input
  return change(ctx, id, version, values)
}

/** The editor records that the person consented to the story's publication (e.g. signed form). */
export const recordPublicationConsent = (ctx: Ctx, id: string, version: number) =>
  change(ctx, id, version, {
    consentGivenAt: ctx.now,
    consentRecordedBy: editor(ctx),
    consentWithdrawnAt: null,
  })

/** The person withdraws: the story leaves the site on the next request and goes back to draft. */
export const withdrawPublicationConsent = (ctx: Ctx, id: string, version: number) =>
  change(ctx, id, version, { consentWithdrawnAt: ctx.now, status: 'draft', publishAt: null })

export async function publishStory(
  ctx: Ctx,
  id: string,
  body: { version: number; publishAt?: string | null | undefined },
) {
  const before = await storyById(ctx.db, id)
  if (!before.consentGivenAt || before.consentWithdrawnAt)
    throw new Conflict('publication_consent_missing', 'No consent to publication on record.')
  const problems = (['title', 'body'] as const).flatMap((field) =>
    (['fi', 'sv', 'en'] as const)
      .filter((l) => before[field][l].trim() === '')
      .map((l) => ({
        field: `${field}.${l}`,
        code: 'translation_missing' as const,
        message: 'Translate before publishing',
      })),
  )
  if (problems.length > 0)
    throw new Invalid('validation_failed', 'Every language is needed to publish.', problems)
  return change(ctx, id, body.version, {
    status: 'published',
    publishAt: body.publishAt ? new Date(body.publishAt) : ctx.now,
  })
}

export const unpublishStory = (ctx: Ctx, id: string, version: number) =>
  change(ctx, id, version, { status: 'draft', publishAt: null })

export function publicStories(
  db: Queryable,
  q: { municipalityId?: string | undefined; now: Date; limit: number },
) {
  return db
    .select()
    .from(careerStory)
    .where(
      and(
        storyIsPublic(q.now),
        q.municipalityId ? eq(careerStory.municipalityId, q.municipalityId) : undefined,
      ),
    )
    .orderBy(desc(careerStory.publishAt), desc(careerStory.id))
    .limit(q.limit)
}

export async function publicStoryById(db: Queryable, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(careerStory)
    .where(and(eq(careerStory.id, id), storyIsPublic(now)))
  return row ?? null
}
