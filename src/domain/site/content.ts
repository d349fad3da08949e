import { and, asc, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { LocalisedText } from '../../platform/db/columns'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Invalid, NotFound, type FieldProblem } from '../../platform/errors'
import {
  cursorPageFrom,
  decodePosition,
  encodePosition,
  type CursorQuery,
} from '../../platform/http/paging'
import type { ContentAudience, ContentPageKind } from '../../shared/enums'
import { contentEvent, contentPage } from './schema'

/**
 * The website's editable content — pages and events — with one publication rule: public when
 * published and its `publish_at` has come. Editors draft, publish now or at a time (scheduling),
 * and unpublish (back to a draft at once). The route wrapper audits every change.
 */
const langs = ['fi', 'sv', 'en'] as const

export const isPublic = (
  table: typeof contentPage | typeof contentEvent,
  now: Date,
): SQL | undefined => and(eq(table.status, 'published'), lte(table.publishAt, now))

function untranslated(fields: [string, LocalisedText][]): FieldProblem[] {
  return fields.flatMap(([field, text]) =>
    langs
      .filter((l) => text[l].trim() === '')
      .map((l): FieldProblem => ({
        field: `${field}.${l}`,
        code: 'translation_missing',
        message: 'Translate before publishing',
      })),
  )
}

const stale = () =>
  new Conflict('changed_meanwhile', 'Someone changed this meanwhile. Reload to see their change.')
const missing = () => new NotFound('not_found', 'No such content.')
const editor = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)

export interface PageInput {
  kind: ContentPageKind
  municipalityId: string | null
  title: LocalisedText
  body: LocalisedText
}

export type ContentPageRow = typeof contentPage.$inferSelect
export type ContentEventRow = typeof contentEvent.$inferSelect

export async function listContentPages(db: Queryable) {
  return db.select().from(contentPage).orderBy(asc(contentPage.kind), desc(contentPage.updatedAt))
}

export async function contentPageById(db: Queryable, id: string) {
  const [row] = await db.select().from(contentPage).where(eq(contentPage.id, id))
  if (!row) throw missing()
  return row
}

export async function createContentPage(ctx: Ctx, input: PageInput) {
  const [row] = await ctx.db
    .insert(contentPage)
    .values({ ...input, status: 'draft', updatedBy: editor(ctx) })
    .returning()
  ctx.audit.touch([], [row!.id])
  return row!
}

export async function updateContentPage(
  ctx: Ctx,
  id: string,
  input: PageInput & { version: number },
) {
  const { version, ...values } = input
  const [row] = await ctx.db
    .update(contentPage)
    .set({
      ...values,
      version: sql`${contentPage.version} + 1`,
      updatedBy: editor(ctx),
      updatedAt: ctx.now,
    })
    .where(and(eq(contentPage.id, id), eq(contentPage.version, version)))
    .returning()
  if (!row) {
    await contentPageById(ctx.db, id)
    throw stale()
  }
  if (row.status === 'published')
    assertComplete([
      ['title', row.title],
      ['body', row.body],
    ])
  return row
}

function assertComplete(fields: [string, LocalisedText][]) {
  const problems = untranslated(fields)
  if (problems.length > 0)
    throw new Invalid('validation_failed', 'Every language is needed to publish.', problems)
}

/** Publishes now, or at `publishAt` (scheduled); a published record is public from then on. */
export async function publishContentPage(
  ctx: Ctx,
  id: string,
  change: { version: number; publishAt?: string | null | undefined },
) {
  const before = await contentPageById(ctx.db, id)
  assertComplete([
    ['title', before.title],
    ['body', before.body],
  ])
  return setPublication(ctx, contentPage, id, change.version, {
    status: 'published',
    publishAt: change.publishAt ? new Date(change.publishAt) : ctx.now,
  })
}

export function unpublishContentPage(ctx: Ctx, id: string, version: number) {
  return setPublication(ctx, contentPage, id, version, { status: 'draft', publishAt: null })
}

async function setPublication<T extends typeof contentPage | typeof contentEvent>(
  ctx: Ctx,
  table: T,
  id: string,
  version: number,
  values: { status: 'draft' | 'published'; publishAt: Date | null },
): Promise<T['$inferSelect']> {
  const rows = (await ctx.db
    .update(table as typeof contentPage)
    .set({
      ...values,
      version: sql`${table.version} + 1`,
      updatedBy: editor(ctx),
      updatedAt: ctx.now,
    })
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()) as T['$inferSelect'][]
  if (rows.length === 0) {
    const [exists] = await ctx.db
      .select({ id: table.id })
      .from(table as typeof contentPage)
      .where(eq(table.id, id))
    throw exists ? stale() : missing()
  }
  return rows[0]!
}

/** The public page of a kind for a municipality, or the region's when it has none of its own. */
export async function publicContentPage(
  db: Queryable,
  kind: ContentPageKind,
  municipalityId: string | null,
  now: Date,
) {
  const rows = await db
    .select()
    .from(contentPage)
    .where(
      and(
        eq(contentPage.kind, kind),
        isPublic(contentPage, now),
        municipalityId
          ? or(eq(contentPage.municipalityId, municipalityId), isNull(contentPage.municipalityId))
          : isNull(contentPage.municipalityId),
      ),
    )
    .orderBy(sql`${contentPage.municipalityId} is null`, desc(contentPage.publishAt))
    .limit(1)
  return rows[0] ?? null
}

export interface EventInput {
  municipalityId: string
  audience: ContentAudience
  title: LocalisedText
  description: LocalisedText
  startsAt: string
  endsAt: string
  place: string
  priceCents: number | null
  signUpUrl: string | null
}

function eventValues(input: EventInput) {
  const startsAt = new Date(input.startsAt)
  const endsAt = new Date(input.endsAt)
  if (endsAt < startsAt)
    throw new Invalid('validation_failed', 'An event cannot end before it starts.', [
      { field: 'endsAt', code: 'invalid_value', message: 'Ends before it starts' },
    ])
  return { ...input, startsAt, endsAt }
}

/** The editor's list, latest start first, keyset-paged (docs/paging.md). */
export async function listContentEvents(db: Queryable, q: CursorQuery) {
  const position = q.after ? decodePosition(q.after) : null
  const rows = await db
    .select()
    .from(contentEvent)
    .where(
      position
        ? sql`(${contentEvent.startsAt}, ${contentEvent.id}) < (${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`
        : undefined,
    )
    .orderBy(desc(contentEvent.startsAt), desc(contentEvent.id))
    .limit(q.limit + 1)
  return cursorPageFrom(
    rows,
    q.limit,
    (shown) => shown,
    (r) => encodePosition({ at: r.startsAt, id: r.id }),
  )
}

export async function contentEventById(db: Queryable, id: string) {
  const [row] = await db.select().from(contentEvent).where(eq(contentEvent.id, id))
  if (!row) throw missing()
  return row
}

export async function createContentEvent(ctx: Ctx, input: EventInput) {
  const [row] = await ctx.db
    .insert(contentEvent)
    .values({ ...eventValues(input), status: 'draft', updatedBy: editor(ctx) })
    .returning()
  ctx.audit.touch([], [row!.id])
  return row!
}

export async function updateContentEvent(
  ctx: Ctx,
  id: string,
  input: EventInput & { version: number },
) {
  const { version, ...rest } = input
  const [row] = await ctx.db
    .update(contentEvent)
    .set({
      ...eventValues(rest),
      version: sql`${contentEvent.version} + 1`,
      updatedBy: editor(ctx),
      updatedAt: ctx.now,
    })
    .where(and(eq(contentEvent.id, id), eq(contentEvent.version, version)))
    .returning()
  if (!row) {
    await contentEventById(ctx.db, id)
    throw stale()
  }
  if (row.status === 'published')
    assertComplete([
      ['title', row.title],
      ['description', row.description],
    ])
  return row
}

export async function publishContentEvent(
  ctx: Ctx,
  id: string,
  change: { version: number; publishAt?: string | null | undefined },
) {
  const before = await contentEventById(ctx.db, id)
  assertComplete([
    ['title', before.title],
    ['description', before.description],
  ])
  return setPublication(ctx, contentEvent, id, change.version, {
    status: 'published',
    publishAt: change.publishAt ? new Date(change.publishAt) : ctx.now,
  })
}

export function unpublishContentEvent(ctx: Ctx, id: string, version: number) {
  return setPublication(ctx, contentEvent, id, version, { status: 'draft', publishAt: null })
}

/** A municipality's public events that have not ended, soonest first. */
export async function publicEvents(
  db: Queryable,
  q: { municipalityId?: string | undefined; now: Date; limit: number },
) {
  return db
    .select()
    .from(contentEvent)
    .where(
      and(
        isPublic(contentEvent, q.now),
        gte(contentEvent.endsAt, q.now),
        q.municipalityId ? eq(contentEvent.municipalityId, q.municipalityId) : undefined,
      ),
    )
    .orderBy(asc(contentEvent.startsAt), asc(contentEvent.id))
    .limit(q.limit)
}

export async function publicEventById(db: Queryable, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(contentEvent)
    .where(and(eq(contentEvent.id, id), isPublic(contentEvent, now)))
  return row ?? null
}
