import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq, sql } from 'drizzle-orm'
import { writeAuditEvent } from '../../platform/audit/audit'
import type { Ctx } from '../../platform/context'
import { Gone, NotFound } from '../../platform/errors'
import type { CustomerId } from '../../platform/ids'
import type { Locale, ShareSection } from '../../shared/enums'
import { mayReadCategory } from '../cases/relations'
import { listMunicipalities } from '../organisations/organisations'
import { labelsFor } from './competence'
import { emptyProfile, type ProfileContent } from './content'
import { urisOf } from './references'
import { competenceProfileVersion, competenceShareLink } from './schema'

/**
 * Share links (docs/competence.md): 32 random bytes as the token, in the link's path only; the
 * database keeps its SHA-256, so a copy of the database opens no link. A plain hash suffices:
 * the token has 256 bits of entropy, nothing to guess or to stretch.
 */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/
const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex')

/** The action the audit records for an opening; the access log words it. */
export const SHARE_OPEN_ACTION = 'competence.share_link.open'

export interface ShareLinkView {
  id: string
  label: string
  sections: ShareSection[]
  createdAt: string
  expiresAt: string
  revokedAt: string | null
  status: 'active' | 'expired' | 'revoked'
}

function viewOf(r: typeof competenceShareLink.$inferSelect, now: Date): ShareLinkView {
  return {
    id: r.id,
    label: r.label,
    sections: r.sections,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    status: r.revokedAt ? 'revoked' : r.expiresAt <= now ? 'expired' : 'active',
  }
}

export async function createShareLink(
  ctx: Ctx,
  customerId: CustomerId,
  input: { sections: ShareSection[]; validDays: number; label: string },
): Promise<ShareLinkView & { token: string; path: string }> {
  const token = randomBytes(32).toString('base64url')
  const [row] = await ctx.db
    .insert(competenceShareLink)
    .values({
      customerId,
      tokenHash: hashOf(token),
      sections: [...new Set(input.sections)],
      label: input.label,
      expiresAt: new Date(ctx.now.getTime() + input.validDays * 86_400_000),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning()
  ctx.audit.touch([], [row!.id])
  // The token is shown once, now; afterwards nobody can read it back.
  return { ...viewOf(row!, ctx.now), token, path: `/competence/share/${token}` }
}

export async function listShareLinks(ctx: Ctx, customerId: CustomerId): Promise<ShareLinkView[]> {
  const rows = await ctx.db
    .select()
    .from(competenceShareLink)
    .where(
      and(
        eq(competenceShareLink.customerId, customerId),
        mayReadCategory(ctx.actor, ctx.now, competenceShareLink.customerId, sql`'competence'`),
      ),
    )
    .orderBy(desc(competenceShareLink.createdAt), desc(competenceShareLink.id))
    .limit(100)
  return rows.map((r) => viewOf(r, ctx.now))
}

export async function revokeShareLink(
  ctx: Ctx,
  customerId: CustomerId,
  linkId: string,
): Promise<ShareLinkView> {
  const [row] = await ctx.db
    .update(competenceShareLink)
    .set({
      revokedAt: sql`coalesce(${competenceShareLink.revokedAt}, ${ctx.now.toISOString()}::timestamptz)`,
      updatedAt: ctx.now,
    })
    .where(and(eq(competenceShareLink.id, linkId), eq(competenceShareLink.customerId, customerId)))
    .returning()
  if (!row) throw new NotFound('not_found', 'No such share link.')
  ctx.audit.touch([], [row.id])
  return viewOf(row, ctx.now)
}

function only(content: ProfileContent, sections: readonly ShareSection[]): ProfileContent {
  const empty = emptyProfile()
  const shown = { ...empty } as Record<ShareSection, unknown>
  for (const s of sections) shown[s] = content[s]
  return shown as ProfileContent
}

/**
 * Opens a link without signing in: the chosen sections of the newest version. Every opening is
 * an audit event of the young person (shown in their access log); a revoked or expired link
 * answers 410 at once, an unknown token 404.
 */
export async function openShareLink(ctx: Ctx, token: string, lang: Locale) {
  const [link] = await ctx.db
    .select()
    .from(competenceShareLink)
    .where(eq(competenceShareLink.tokenHash, hashOf(token)))
  if (!link) throw new NotFound('not_found', 'No such share link.')
  if (link.revokedAt) throw new Gone('share_link_revoked', 'The link was revoked.')
  if (link.expiresAt <= ctx.now) throw new Gone('share_link_expired', 'The link has expired.')
  const customerId = link.customerId as CustomerId
  // The token is the access: the owner's newest version, narrowed to the sections they chose.
  const [current] = await ctx.db
    .select()
    .from(competenceProfileVersion)
    .where(eq(competenceProfileVersion.customerId, customerId))
    .orderBy(desc(competenceProfileVersion.version))
    .limit(1)
  const version = current?.version ?? 0
  const content = current?.content ?? emptyProfile()
  const shown = only(content, link.sections)
  await writeAuditEvent(ctx.db, {
    occurredAt: ctx.now,
    requestId: ctx.requestId,
    actorUserId: null,
    actorOrganisationId: null,
    actorRole: 'share_link',
    action: SHARE_OPEN_ACTION,
    purpose: 'job_search_support',
    outcome: 'success',
    personIds: [customerId],
    recordIds: [link.id],
  })
  return {
    sections: link.sections,
    expiresAt: link.expiresAt.toISOString(),
    version,
    content: shown,
    concepts: await labelsFor(ctx.db, urisOf(shown), lang),
    // The wished municipalities shown, named in the reader's language (as the profile's are).
    municipalities: (await listMunicipalities(ctx.db))
      .filter((m) => shown.wishedMunicipalities.includes(m.code))
      .map((m) => ({ code: m.code, name: m.name[lang] })),
  }
}
