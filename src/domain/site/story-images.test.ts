import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_IMAGE_BYTES, reencode } from './story-images'

/** Story pictures: type and size checks, re-encoding without metadata. */
describe('story images', () => {
  let jpegWithExif: Buffer
  beforeAll(async () => {
    jpegWithExif = await sharp({
      create: { width: 2400, height: 1200, channels: 3, background: '#3366aa' },
    })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'synthetic', Artist: 'test' } })
      .toBuffer()
  })
  afterAll(() => undefined)

  it('re-encodes a JPEG as WebP within 1600 px, without its EXIF', async () => {
    expect((await sharp(jpegWithExif).metadata()).exif).toBeDefined()
    const out = await reencode(jpegWithExif)
    expect(out).toMatchObject({ width: 1600, height: 800, contentType: 'image/webp' })
    const meta = await sharp(out.data).metadata()
    expect(meta.format).toBe('webp')
    expect(meta.exif).toBeUndefined()
  })

  it('refuses what is not a JPEG, PNG or WebP, or is too large, with a 4xx code', async () => {
    await expect(reencode(Buffer.from('GIF89a not really'))).rejects.toMatchObject({
      status: 400,
      code: 'image_unsupported',
    })
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100)])
    await expect(reencode(broken)).rejects.toMatchObject({ code: 'image_unsupported' })
    await expect(reencode(Buffer.alloc(MAX_IMAGE_BYTES + 1))).rejects.toMatchObject({
      status: 400,
      code: 'image_too_large',
    })
  })
})
