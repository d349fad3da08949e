import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * How the website's answers are cached: every page is the same for everyone (no cookies, no
 * personal data), so browsers and shared caches may keep it for a minute and revalidate it with
 * the ETag or Last-Modified — a 304 costs no body.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable'

const etagOf = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`

function notModified(req: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const inm = req.headers['if-none-match']
  if (inm) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t === '*')
  const ims = req.headers['if-modified-since']
  if (!ims || !lastModified) return false
  const since = Date.parse(ims)
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

export interface Cacheable {
  status?: number
  contentType: string
  body: string | Buffer
  lastModified: Date | null
  cacheControl?: string
  language?: string
}

/** An answer ready to send again and again: its body, validators and compressed forms. */
export interface Prepared extends Omit<Cacheable, 'body'> {
  raw: Buffer
  etag: string
  br?: Buffer
  gzip?: Buffer
}

export function prepare(a: Cacheable): Prepared {
  const raw = typeof a.body === 'string' ? Buffer.from(a.body) : a.body
  const { status, contentType, lastModified, cacheControl, language } = a
  return { status, contentType, lastModified, cacheControl, language, raw, etag: etagOf(raw) }
}

/** Brotli or gzip by what the client accepts, made once per prepared answer; small bodies go as they are. */
function encode(req: FastifyRequest, p: Prepared): { body: Buffer; encoding: string | null } {
  if (p.raw.length < 1024) return { body: p.raw, encoding: null }
  const accepts = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepts)) {
    const params = { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: p.raw.length }
    p.br ??= brotliCompressSync(p.raw, { params })
    return { body: p.br, encoding: 'br' }
  }
  if (/\bgzip\b/.test(accepts)) {
    p.gzip ??= gzipSync(p.raw, { level: 6 })
    return { body: p.gzip, encoding: 'gzip' }
  }
  return { body: p.raw, encoding: null }
}

/** Sends a public answer with its validators, answering 304 when the client has it already. */
export function sendCacheable(req: FastifyRequest, reply: FastifyReply, a: Cacheable | Prepared) {
  const p = 'raw' in a ? a : prepare(a)
  void reply
    .header('Cache-Control', p.cacheControl ?? PAGE_CACHE_CONTROL)
    .header('ETag', p.etag)
    .header('Vary', 'Accept-Encoding')
  if (p.lastModified) void reply.header('Last-Modified', p.lastModified.toUTCString())
  if (p.language) void reply.header('Content-Language', p.language)
  const status = p.status ?? 200
  if (status === 200 && notModified(req, p.etag, p.lastModified)) {
    return reply.code(304).send()
  }
  const encoded = encode(req, p)
  if (encoded.encoding) void reply.header('Content-Encoding', encoded.encoding)
  return reply.code(status).type(p.contentType).send(encoded.body)
}
