import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fastifyCookie from '@fastify/cookie'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
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
import type { Config } from './platform/config'
import { systemClock, type Actor, type Clock } from './platform/context'
import type { Db } from './platform/db/database'
import { Forbidden } from './platform/errors'
import {
  frameworkErrorProblem,
  registerProblemHandlers,
  sendProblem,
} from './platform/http/problems'
import { registerRoute } from './platform/http/route'

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
}

export const defaultWebDist = path.resolve(import.meta.dirname, '../dist/web')

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
      serializers: { err: safeError },
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: 64 * 1024,
    frameworkErrors: frameworkErrorProblem,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerProblemHandlers(app)

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
  app.addHook('onRequest', async (req) => {
    req.actor = { kind: 'anonymous' }
    req.session = null
    if (!req.url.startsWith('/api/v1/')) return
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
    done()
  })

  const deps = { db, clock, actorOf: (req: { actor: Actor }) => req.actor }
  const routes = apiRoutes(config)
  for (const route of routes) registerRoute(app, deps, route)

  const webDist = opts.webDist === undefined ? defaultWebDist : opts.webDist
  const indexHtml = webDist ? path.join(webDist, 'index.html') : null
  if (webDist && fs.existsSync(webDist)) {
    // wildcard: files built after start are served too; a missing one falls to the not-found handler.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: false })
  }
  // The single-page app answers every other path; it routes on the client.
  const sendApp = (req: FastifyRequest, reply: FastifyReply) => {
    if (indexHtml && fs.existsSync(indexHtml)) {
      return reply
        .type('text/html')
        .header('Cache-Control', 'no-cache')
        .send(fs.readFileSync(indexHtml))
    }
    return sendProblem(req, reply, 404, 'The web app is not built. Run `npm run build:web`.')
  }
  app.get('/', { schema: { hide: true } }, sendApp)
  app.setNotFoundHandler((req, reply) => {
    const isAsset = req.url.startsWith('/assets/')
    if (isAsset || req.url.startsWith('/api/') || !['GET', 'HEAD'].includes(req.method)) {
      return sendProblem(req, reply, 404, `No route ${req.method} ${req.url.split('?')[0]}.`)
    }
    return sendApp(req, reply)
  })
  return app
}
