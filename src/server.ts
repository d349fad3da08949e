import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import type { DestinationStream } from 'pino'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import { actorForAccount } from './actor'
import { resumeSession } from './platform/auth/auth'
import { SESSION_COOKIE } from './platform/auth/routes'
import { apiRoutes } from './routes'
import { APP_PATH, oidcSettings, publicUrl, type Config } from './platform/config'
import { systemClock, type Actor, type Clock } from './platform/context'
import type { Db } from './platform/db/database'
import { primaryPosition, READ_YOUR_WRITES_COOKIE, replicaOf } from './platform/db/replica'
import type { StorageGuard } from './platform/db/storage-guard'
import { Forbidden, InsufficientStorage } from './platform/errors'
import {
  frameworkErrorProblem,
  registerProblemHandlers,
  sendProblem,
} from './platform/http/problems'
import { registerRoute } from './platform/http/route'
import type { JobQueue } from './platform/background/background'
import { webDistFolder } from './platform/paths'
import { registerSite } from './site/site'

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor
  }
}

export interface AppOptions {
  config: Config
  db: Db
  clock?: Clock
  /** The built web app (vite's output); null serves the API only. */
  webDist?: string | null
  /** Where the log goes (stdout by default); tests keep it to read it back. */
  logStream?: DestinationStream
  /** Refuses writes while the embedded database's disk is nearly full (storage-guard.ts). */
  storageGuard?: StorageGuard
  /** A streaming replica for reports (db/replica.ts). */
  replica?: Db
  /** Background jobs that requests enqueue (platform/background); none: nothing is queued. */
  queue?: JobQueue
}

export const defaultWebDist = webDistFolder

// Errors are logged without their messages where those may carry query parameters (personal data).
function safeError(err: Error & { code?: unknown }) {
  const isQueryError = /Failed query|params:/i.test(err.message)
  return {
    type: err.name,
    code: err.code,
    message: isQueryError ? '[query error; parameters withheld]' : err.message,
    stack: err.stack?.split('\n').slice(1).join('\n') ?? '',
  }
}

/**
 * A request in the log: its route's pattern (`/api/v1/customers/:customerId`), never the query
 * string, which may carry a searched name; an unrouted request by its path alone.
 */
function safeRequest(req: FastifyRequest) {
  return {
    method: req.method,
    url: req.routeOptions?.url ?? req.url.split('?')[0],
    remoteAddress: req.ip,
  }
}

/**
 * The headers of every response. Scripts only from our own origin — no inline script anywhere,
 * neither in the web app (Vite emits module files) nor in the API docs (swagger-ui's page loads
 * its scripts as files). Styles may be inline: styled-components (suomifi-ui) and swagger-ui set
 * them at run time. No framing at all; HSTS and upgrading only when served over HTTPS.
 */
function securityHeaders(secure: boolean) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  }
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (a request line or headers over
 * 16 KB, a malformed request): answered as problem documents too, written on the socket.
 */
function clientErrorProblem(err: Error & { code?: string }, socket: Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const [status, title, detail] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large', 'The address or the headers are too long.']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request timeout', 'The request took too long to arrive.']
        : [400, 'Invalid request', 'The request is not valid HTTP.']
  const type = `/api/problems/${status === 431 ? 'headers-too-large' : 'invalid'}`
  const body = JSON.stringify({ type, title, status, detail })
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy()
}

async function actorFor(db: Db, token: string | undefined, now: Date, idleMinutes: number) {
  if (!token) return { actor: { kind: 'anonymous' } as Actor, session: null }
  const session = await resumeSession(db, token, now, idleMinutes)
  if (!session) return { actor: { kind: 'anonymous' } as Actor, session: null }
  const actor = await actorForAccount(db, session.account)
  return { actor, session: { sessionId: session.sessionId, csrfToken: session.csrfToken } }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { config, db } = opts
  const clock = opts.clock ?? systemClock
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      serializers: { err: safeError, req: safeRequest },
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    bodyLimit: 64 * 1024,
    frameworkErrors: frameworkErrorProblem,
    clientErrorHandler: clientErrorProblem,
    trustProxy: config.TRUST_PROXY,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerProblemHandlers(app)

  await app.register(fastifyHelmet, securityHeaders(config.COOKIE_SECURE))
  await app.register(fastifyCookie)
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Saumaton API',
        version: '1',
        description:
          'The joint-customership platform of a youth-employment partnership network. ' +
          'Errors are RFC 9457 problem documents. Writes with a session cookie need the ' +
          '`X-CSRF-Token` header from `GET /api/v1/me`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' })
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger())

  app.decorateRequest('actor', null as never)
  app.decorateRequest('session', null)
  app.addHook('onRequest', async (req, reply) => {
    req.actor = { kind: 'anonymous' }
    req.session = null
    if (!req.url.startsWith('/api/v1/')) return
    // Personal data (and every problem about it) stays out of browser and proxy caches.
    void reply.header('Cache-Control', 'no-store')
    const resolved = await actorFor(
      db,
      req.cookies[SESSION_COOKIE],
      clock(),
      config.SESSION_IDLE_MINUTES,
    )
    req.actor = resolved.actor
    req.session = resolved.session
  })
  // CSRF: a cookie-authenticated write must echo the session's token in a header.
  app.addHook('preHandler', (req, _reply, done) => {
    const safe = ['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !req.session
    if (!safe && req.headers['x-csrf-token'] !== req.session?.csrfToken) {
      done(new Forbidden('csrf_token_invalid', 'Missing or wrong X-CSRF-Token header.'))
      return
    }
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(req.method)
    if (isWrite && opts.storageGuard && !opts.storageGuard.roomToWrite()) {
      done(new InsufficientStorage())
      return
    }
    done()
  })

  const replica = opts.replica ? replicaOf(opts.replica) : undefined
  if (replica) {
    // Read-your-writes: a successful write tells the browser how far the primary had come.
    app.addHook('onSend', async (req, reply) => {
      const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(req.method)
      if (!isWrite || !req.url.startsWith('/api/v1/') || reply.statusCode >= 400) return
      void reply.setCookie(READ_YOUR_WRITES_COOKIE, await primaryPosition(db), {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE,
        maxAge: 600,
      })
    })
  }
  const deps = {
    db,
    clock,
    actorOf: (req: { actor: Actor }) => req.actor,
    replica,
    // Without strong identification, enrolment invites the young person to set a password.
    invitations: oidcSettings(config) ? undefined : { linkBase: publicUrl(config) },
    queue: opts.queue,
    surveys: { linkBase: publicUrl(config), validDays: config.SURVEY_VALID_DAYS },
  }
  const routes = apiRoutes(config)
  for (const route of routes) registerRoute(app, deps, route)

  const sitePath = registerSite(app, { config, db, clock })

  const webDist = opts.webDist === undefined ? defaultWebDist : opts.webDist
  const indexHtml = webDist ? path.join(webDist, 'index.html') : null
  if (webDist && fs.existsSync(webDist)) {
    // wildcard: files built after start are served too; a missing one falls to the not-found handler.
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: `${APP_PATH}/`,
      wildcard: true,
      index: false,
      // Vite names the bundles by their content: they never change under one name.
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          void res.header('Cache-Control', 'public, max-age=31536000, immutable')
        }
      },
    })
  }
  // The single-page app answers every path under /app/; it routes on the client.
  const sendApp = (req: FastifyRequest, reply: FastifyReply) => {
    if (indexHtml && fs.existsSync(indexHtml)) {
      return reply
        .type('text/html')
        .header('Cache-Control', 'no-cache')
        .send(fs.readFileSync(indexHtml))
    }
    return sendProblem(req, reply, 404, 'The web app is not built. Run `npm run build:web`.')
  }
  // The app's root is a folder to the static files (which answer 403 for one): the app answers.
  app.get(`${APP_PATH}/`, { schema: { hide: true } }, sendApp)
  app.get(APP_PATH, { schema: { hide: true } }, (req, reply) =>
    reply.redirect(`${APP_PATH}/${req.url.slice(APP_PATH.length)}`, 302),
  )
  app.setNotFoundHandler((req, reply) => {
    const isApp = req.url.startsWith(`${APP_PATH}/`) && !req.url.startsWith(`${APP_PATH}/assets/`)
    const isRead = ['GET', 'HEAD'].includes(req.method)
    if (isApp && isRead) return sendApp(req, reply)
    const isSite = !/^\/(api|assets|app)(\/|$)/.test(req.url)
    if (isSite && isRead) return sitePath(req, reply)
    return sendProblem(req, reply, 404, `No route ${req.method} ${req.url.split('?')[0]}.`)
  })
  return app
}
