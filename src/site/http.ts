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

/** Brotli or gzip by what the client accepts; small bodies go as they are. */
function encode(req: FastifyRequest, body: Buffer): { body: Buffer; encoding: string | null } {
  if (body.length < 1024) return { body, encoding: null }
  const accepts = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepts)) {
    const params = { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length }
    return { body: brotliCompressSync(body, { params }), encoding: 'br' }
  }
  if (/\bgzip\b/.test(accepts)) return { body: gzipSync(body, { level: 6 }), encoding: 'gzip' }
  return { body, encoding: null }
}

export interface Cacheable {
  status?: number
  contentType: string
  body: string | Buffer
  lastModified: Date | null
  cacheControl?: string
  language?: string
}

/** Sends a public answer with its validators, answering 304 when the client has it already. */
export function sendCacheable(req: FastifyRequest, reply: FastifyReply, a: Cacheable) {
  const raw = typeof a.body === 'string' ? Buffer.from(a.body) : a.body
  const etag = etagOf(raw)
  void reply
    .header('Cache-Control', a.cacheControl ?? PAGE_CACHE_CONTROL)
    .header('ETag', etag)
    .header('Vary', 'Accept-Encoding')
  if (a.lastModified) void reply.header('Last-Modified', a.lastModified.toUTCString())
  if (a.language) void reply.header('Content-Language', a.language)
  const status = a.status ?? 200
  if (status === 200 && notModified(req, etag, a.lastModified)) {
    return reply.code(304).send()
  }
  const encoded = encode(req, raw)
  if (encoded.encoding) void reply.header('Content-Encoding', encoded.encoding)
  return reply.code(status).type(a.contentType).send(encoded.body)
}
