import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DomainError, TooManyRequests, type FieldProblem } from '../errors'

/** RFC 9457 problem details, with the failing fields. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' })

export type Problem = z.infer<typeof problemSchema>

const titles: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Request body too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
}

const typeNames: Record<number, string> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  500: 'internal',
  503: 'unavailable',
}

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  fields?: FieldProblem[],
  type?: string,
): FastifyReply {
  const body: Problem = {
    type: `/api/problems/${type ?? typeNames[status] ?? 'error'}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    instance: req.url.split('?')[0],
    requestId: String(req.id),
    ...(fields && fields.length > 0 ? { fields } : {}),
  }
  return reply.status(status).type('application/problem+json').send(body)
}

// PostgreSQL error codes that are the client's fault, not ours.
const pgClientErrors: Record<string, { status: number; detail: string }> = {
  '23505': { status: 409, detail: 'A record with the same identifying values exists already.' },
  '23503': { status: 409, detail: 'The request refers to a record that does not exist.' },
  '23514': { status: 400, detail: 'A value breaks a rule of the record.' },
  '22P02': { status: 400, detail: 'A value has the wrong format.' },
  '22007': { status: 400, detail: 'A date or time has the wrong format.' },
  '22008': { status: 400, detail: 'A date or time is out of range.' },
  '22001': { status: 400, detail: 'A value is too long.' },
  // A NUL character in a text value (PostgreSQL text cannot hold one).
  '22021': { status: 400, detail: 'A value contains a character that is not allowed.' },
  '40001': { status: 409, detail: 'A concurrent change got there first; try again.' },
  '40P01': { status: 409, detail: 'A concurrent change got there first; try again.' },
}

function pgCode(e: unknown): string | undefined {
  let cur: unknown = e
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    cur = (cur as { cause?: unknown }).cause
  }
  return undefined
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Invalid value',
      }))
      return sendProblem(req, reply, 400, 'The request has invalid values.', fields)
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequests) {
        void reply.header('Retry-After', String(error.retryAfterSeconds))
      }
      return sendProblem(req, reply, error.status, error.message, error.fields)
    }
    const code = pgCode(error)
    if (code && pgClientErrors[code]) {
      const { status, detail } = pgClientErrors[code]
      return sendProblem(req, reply, status, detail)
    }
    // Fastify's own client errors: malformed JSON, too large, wrong media type, …
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(req, reply, error.statusCode, error.message)
    }
    req.log.error({ err: error }, 'unhandled error')
    return sendProblem(req, reply, 500, 'Something went wrong on our side. It has been logged.')
  })
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before routing (a path that does not
 * decode, a path parameter over the length limit) never reach the error handler above, and would
 * otherwise answer in Fastify's own format instead of a problem document.
 */
export function frameworkErrorProblem(
  error: FastifyError,
  req: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode === 414 ? 414 : 400
  const detail = status === 414 ? 'A part of the address is too long.' : 'The address is not valid.'
  void sendProblem(req, reply, status, detail)
}
