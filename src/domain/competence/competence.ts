import { listMunicipalities } from '../organisations/organisations'
import { and, desc, eq, lt, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Invalid, NotFound } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import {
  cursorPageFrom,
  decodeKeyPosition,
  encodeKeyPosition,
  type CursorQuery,
} from '../../platform/http/paging'
import { permittedActions } from '../../platform/access'
import type { Locale } from '../../shared/enums'
import { conceptsByUri, type Concept } from '../classification/classification'
import { mayReadCategory } from '../cases/relations'
import { profileActions } from './actions'
import { emptyProfile, type ProfileContent, type SuggestedChange } from './content'
import { onProfileChanged } from './facts'
import { referenceProblems, referencesOf, urisOf } from './references'
import { competenceProfileVersion, competenceSuggestion, type ProfileSource } from './schema'

export interface ProfileVersionView {
  version: number
  savedAt: string
  source: ProfileSource
  /** Saved by the young person themself, or by accepting a worker's suggestion. */
  content: ProfileContent
}

/**
 * Rows of the customer's profile that this actor may read: the data-category rule of every
 * categorised read (relations.ts), in the query itself, also behind the route's check.
 */
const readable = (ctx: Ctx, customerId: CustomerId) =>
  and(
    eq(competenceProfileVersion.customerId, customerId),
    mayReadCategory(ctx.actor, ctx.now, competenceProfileVersion.customerId, sql`'competence'`),
  )

async function latest(ctx: Ctx, customerId: CustomerId) {
  const [row] = await ctx.db
    .select()
    .from(competenceProfileVersion)
    .where(readable(ctx, customerId))
    .orderBy(desc(competenceProfileVersion.version))
    .limit(1)
  return row
}

const viewOf = (row: typeof competenceProfileVersion.$inferSelect): ProfileVersionView => ({
  version: row.version,
  savedAt: row.createdAt.toISOString(),
  source: row.source,
  content: row.content,
})

export async function labelsFor(
  db: Queryable,
  uris: readonly string[],
  lang: Locale,
): Promise<Concept[]> {
  return [...(await conceptsByUri(db, uris, lang)).values()]
}

export interface SuggestionView {
  id: string
  organisationId: string
  change: SuggestedChange
  status: 'suggested' | 'accepted' | 'rejected'
  suggestedAt: string
}

/** Open suggestions: all of them for the young person, a worker's own organisation's to a worker. */
async function openSuggestions(ctx: Ctx, customerId: CustomerId): Promise<SuggestionView[]> {
  const own = ctx.actor.kind === 'user' && ctx.actor.customerId === customerId
  const org = ctx.actor.kind === 'user' ? ctx.actor.organisationId : null
  if (!own && !org) return []
  const rows = await ctx.db
    .select()
    .from(competenceSuggestion)
    .where(
      and(
        eq(competenceSuggestion.customerId, customerId),
        eq(competenceSuggestion.status, 'suggested'),
        own ? undefined : eq(competenceSuggestion.organisationId, org!),
      ),
    )
    .orderBy(competenceSuggestion.createdAt, competenceSuggestion.id)
    .limit(100)
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    change: r.change,
    status: r.status,
    suggestedAt: r.createdAt.toISOString(),
  }))
}

function suggestionUris(s: SuggestionView): string[] {
  const c = s.change
  if (c.section === 'skills') return c.item.conceptUri ? [c.item.conceptUri] : []
  if (c.section === 'certificates') return [c.item.conceptUri]
  if (c.section === 'wishedOccupations') return [c.item]
  if (c.section === 'workExperience') return c.item.occupationUri ? [c.item.occupationUri] : []
  return []
}

export async function profileView(ctx: Ctx, customerId: CustomerId, lang: Locale) {
  const row = await latest(ctx, customerId)
  const current = row ? viewOf(row) : null
  const suggestions = await openSuggestions(ctx, customerId)
  const content = current?.content ?? emptyProfile()
  const uris = [...urisOf(content), ...suggestions.flatMap(suggestionUris)]
  const permitted = await permittedActions(ctx, profileActions, [customerId])
  return {
    customerId,
    version: current?.version ?? 0,
    savedAt: current?.savedAt ?? null,
    source: current?.source ?? null,
    content,
    concepts: await labelsFor(ctx.db, uris, lang),
    municipalities: (await listMunicipalities(ctx.db)).map((m) => ({
      code: m.code,
      name: m.name[lang],
    })),
    suggestions,
    permittedActions: permitted.get(customerId) ?? [],
  }
}

/**
 * Saves a new version on top of `baseVersion` (0 when there is none yet): a client that read an
 * older version gets 409 and reloads, so nobody's edit is silently overwritten.
 */
export async function saveProfile(
  ctx: Ctx,
  customerId: CustomerId,
  baseVersion: number,
  content: ProfileContent,
  source: ProfileSource,
  fieldPrefix = 'body.content',
): Promise<number> {
  const problems = await referenceProblems(ctx.db, referencesOf(content, fieldPrefix))
  if (problems.length > 0)
    throw new Invalid('validation_failed', 'The profile names unknown concepts.', problems)
  const current = (await latest(ctx, customerId))?.version ?? 0
  if (current !== baseVersion)
    throw new Conflict(
      'changed_meanwhile',
      `The profile is at version ${current}, not ${baseVersion}.`,
    )
  const version = baseVersion + 1
  const inserted = await ctx.db
    .insert(competenceProfileVersion)
    .values({
      customerId,
      version,
      content,
      source,
      savedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    // Two saves on the same version: the second one inserts nothing and is told so.
    .onConflictDoNothing()
    .returning({ id: competenceProfileVersion.id })
  if (inserted.length === 0)
    throw new Conflict('changed_meanwhile', `Version ${version} was saved meanwhile.`)
  ctx.audit.touch([], [inserted[0]!.id])
  await onProfileChanged(ctx.db, customerId, ctx.queue)
  return version
}

export async function currentContent(ctx: Ctx, customerId: CustomerId) {
  const row = await latest(ctx, customerId)
  return { version: row?.version ?? 0, content: row?.content ?? emptyProfile() }
}

export async function listVersions(ctx: Ctx, customerId: CustomerId, query: CursorQuery) {
  const after = query.after ? Number(decodeKeyPosition(query.after, 1).keys[0]) : null
  const rows = await ctx.db
    .select()
    .from(competenceProfileVersion)
    .where(
      and(
        readable(ctx, customerId),
        after !== null && Number.isFinite(after)
          ? lt(competenceProfileVersion.version, after)
          : undefined,
      ),
    )
    .orderBy(desc(competenceProfileVersion.version))
    .limit(query.limit + 1)
  return cursorPageFrom(
    rows,
    query.limit,
    (shown) =>
      shown.map((r) => ({
        id: r.id,
        version: r.version,
        savedAt: r.createdAt.toISOString(),
        source: r.source,
      })),
    (r) => encodeKeyPosition({ keys: [String(r.version)], id: r.id }),
  )
}

export async function versionView(
  ctx: Ctx,
  customerId: CustomerId,
  versionId: string,
  lang: Locale,
) {
  const [row] = await ctx.db
    .select()
    .from(competenceProfileVersion)
    .where(and(readable(ctx, customerId), eq(competenceProfileVersion.id, versionId)))
  if (!row) throw new NotFound('not_found', 'No such version of the profile.')
  const view = viewOf(row)
  return { ...view, concepts: await labelsFor(ctx.db, urisOf(view.content), lang) }
}

/** The profile with one suggested (or imported) item added; an item already there is kept once. */
export function withChange(content: ProfileContent, change: SuggestedChange): ProfileContent {
  const next = structuredClone(content)
  switch (change.section) {
    case 'skills': {
      const same = (s: ProfileContent['skills'][number]) =>
        change.item.conceptUri
          ? s.conceptUri === change.item.conceptUri
          : !s.conceptUri && s.label?.toLowerCase() === change.item.label?.toLowerCase()
      if (!next.skills.some(same)) next.skills.push(change.item)
      break
    }
    case 'qualifications':
      next.qualifications.push(change.item)
      break
    case 'workExperience':
      next.workExperience.push(change.item)
      break
    case 'languages':
      next.languages = [...next.languages.filter((l) => l.code !== change.item.code), change.item]
      break
    case 'certificates':
      next.certificates = [
        ...next.certificates.filter((c) => c.conceptUri !== change.item.conceptUri),
        change.item,
      ]
      break
    case 'interests':
      if (!next.interests.includes(change.item)) next.interests.push(change.item)
      break
    case 'wishedOccupations':
      if (!next.wishedOccupations.includes(change.item)) next.wishedOccupations.push(change.item)
      break
    case 'wishedMunicipalities':
      if (!next.wishedMunicipalities.includes(change.item))
        next.wishedMunicipalities.push(change.item)
      break
  }
  return next
}

export async function suggestChange(ctx: Ctx, customerId: CustomerId, change: SuggestedChange) {
  if (ctx.actor.kind !== 'user' || !ctx.actor.organisationId)
    throw new Invalid('workers_only', 'Only a worker of an organisation suggests changes.')
  const probe = withChange(emptyProfile(), change)
  const problems = await referenceProblems(ctx.db, referencesOf(probe, 'body.change.item'))
  if (problems.length > 0)
    throw new Invalid('validation_failed', 'The suggestion names an unknown concept.', problems)
  const [row] = await ctx.db
    .insert(competenceSuggestion)
    .values({
      customerId,
      organisationId: ctx.actor.organisationId,
      suggestedByUserId: ctx.actor.userId,
      change,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: competenceSuggestion.id })
  ctx.audit.touch([], [row!.id])
  return { id: row!.id }
}

/** Accepting adds the suggested item as a new version; rejecting only closes the suggestion. */
export async function answerSuggestion(
  ctx: Ctx,
  customerId: CustomerId,
  suggestionId: string,
  accept: boolean,
): Promise<void> {
  const [s] = await ctx.db
    .select()
    .from(competenceSuggestion)
    .where(
      and(
        eq(competenceSuggestion.id, suggestionId),
        eq(competenceSuggestion.customerId, customerId),
      ),
    )
    .for('update')
  if (!s) throw new NotFound('not_found', 'No such suggestion.')
  if (s.status !== 'suggested')
    throw new Conflict('changed_meanwhile', 'The suggestion is answered already.')
  ctx.audit.touch([], [s.id])
  let resultingVersion: number | null = null
  if (accept) {
    const { version, content } = await currentContent(ctx, customerId)
    resultingVersion = await saveProfile(
      ctx,
      customerId,
      version,
      withChange(content, s.change),
      'suggestion',
      'change.item',
    )
  }
  await ctx.db
    .update(competenceSuggestion)
    .set({
      status: accept ? 'accepted' : 'rejected',
      answeredAt: ctx.now,
      resultingVersion,
      updatedAt: ctx.now,
    })
    .where(eq(competenceSuggestion.id, s.id))
}
