import { and, eq, inArray } from 'drizzle-orm'
import sharp from 'sharp'
import type { Ctx } from '../../platform/context'
import type { LocalisedText } from '../../platform/db/columns'
import type { Queryable } from '../../platform/db/database'
import { Invalid, NotFound } from '../../platform/errors'
import { careerStoryImage } from './schema'
import { publicStoryById, storyById } from './stories'

/**
 * A career story's picture (docs/public-website.md, "Story images"). The upload is checked by
 * its size and its first bytes (JPEG, PNG or WebP), decoded, turned upright, scaled to fit
 * 1600 × 1600 and re-encoded as WebP: what is stored holds pixels only — no EXIF, GPS or other
 * metadata of the original — and a file that does not decode is refused.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const MAX_SIDE = 1600
const MAX_PIXELS = 50_000_000

type Kind = 'jpeg' | 'png' | 'webp'
function kindOf(b: Buffer): Kind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (
    b.length >= 8 &&
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png'
  if (
    b.length >= 12 &&
    b.toString('latin1', 0, 4) === 'RIFF' &&
    b.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp'
  return null
}

const unsupported = () =>
  new Invalid('image_unsupported', 'The file is not a JPEG, PNG or WebP image.', [
    { field: 'data', code: 'invalid_format', message: 'JPEG, PNG or WebP' },
  ])

/** The picture re-encoded, or a 400 that says why not. */
export async function reencode(input: Buffer) {
  if (input.length > MAX_IMAGE_BYTES)
    throw new Invalid('image_too_large', 'The image is larger than 5 MB.', [
      { field: 'data', code: 'too_big', message: 'At most 5 MB', params: { max: MAX_IMAGE_BYTES } },
    ])
  const kind = kindOf(input)
  if (!kind) throw unsupported()
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height, contentType: 'image/webp' as const }
  } catch {
    throw unsupported()
  }
}

export interface StoryImageInput {
  /** The file, base64-encoded. */
  data: string
  alt: LocalisedText
}

const editor = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)

/** Sets (or replaces) a story's picture; the new one has a new id, so its URL is new too. */
export async function uploadStoryImage(ctx: Ctx, storyId: string, input: StoryImageInput) {
  await storyById(ctx.db, storyId)
  const missingAlt = (['fi', 'sv', 'en'] as const).filter((l) => input.alt[l].trim() === '')
  if (missingAlt.length > 0)
    throw new Invalid(
      'validation_failed',
      'The picture needs its alt text in every language.',
      missingAlt.map((l) => ({
        field: `alt.${l}`,
        code: 'required' as const,
        message: 'Alt text',
      })),
    )
  const image = await reencode(Buffer.from(input.data, 'base64'))
  await ctx.db.delete(careerStoryImage).where(eq(careerStoryImage.storyId, storyId))
  const [row] = await ctx.db
    .insert(careerStoryImage)
    .values({
      storyId,
      contentType: image.contentType,
      data: image.data,
      width: image.width,
      height: image.height,
      alt: {
        fi: input.alt.fi.trim(),
        sv: input.alt.sv.trim(),
        en: input.alt.en.trim(),
      },
      uploadedBy: editor(ctx),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning(imageMeta)
  ctx.audit.touch([], [storyId, row!.id])
  return row!
}

export async function removeStoryImage(ctx: Ctx, storyId: string) {
  await storyById(ctx.db, storyId)
  await ctx.db.delete(careerStoryImage).where(eq(careerStoryImage.storyId, storyId))
  ctx.audit.touch([], [storyId])
}

const imageMeta = {
  id: careerStoryImage.id,
  storyId: careerStoryImage.storyId,
  width: careerStoryImage.width,
  height: careerStoryImage.height,
  alt: careerStoryImage.alt,
  updatedAt: careerStoryImage.updatedAt,
}
export type StoryImageMeta = {
  id: string
  storyId: string
  width: number
  height: number
  alt: LocalisedText
  updatedAt: Date
}

/** The pictures of these stories (without their bytes), by story id. */
export async function storyImagesOf(db: Queryable, storyIds: string[]) {
  if (storyIds.length === 0) return new Map<string, StoryImageMeta>()
  const rows = await db
    .select(imageMeta)
    .from(careerStoryImage)
    .where(inArray(careerStoryImage.storyId, storyIds))
  return new Map(rows.map((r) => [r.storyId, r]))
}

/** A picture's bytes for the website: only while its story is public. */
export async function publicStoryImage(db: Queryable, imageId: string, now: Date) {
  const [row] = await db
    .select()
    .from(careerStoryImage)
    .where(and(eq(careerStoryImage.id, imageId)))
  if (!row) return null
  return (await publicStoryById(db, row.storyId, now)) ? row : null
}

/** Where the website serves a picture; the id changes with every upload. */
export const storyImagePath = (imageId: string) => `/media/story-images/${imageId}.webp`

/** A story's stored (re-encoded) picture as base64, for the editor's preview in any status. */
export async function storyImageForEditor(db: Queryable, storyId: string) {
  await storyById(db, storyId)
  const [row] = await db
    .select({ id: careerStoryImage.id, data: careerStoryImage.data })
    .from(careerStoryImage)
    .where(eq(careerStoryImage.storyId, storyId))
  if (!row) throw new NotFound('not_found', 'The story has no picture.')
  return { id: row.id, data: Buffer.from(row.data).toString('base64') }
}
