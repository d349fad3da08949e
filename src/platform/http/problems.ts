import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { fieldProblemsOf } from '../../shared/field-issues'
import { fieldCodes, problemCodes } from '../../shared/problem-codes'
import { errorChain, isDatabaseUnavailable, isDiskFull } from '../db/availability'
import { DomainError, TooManyRequests, type FieldProblem, type ProblemCode } from '../errors'

/** RFC 9457 problem details with a stable `code` and the failing fields, each with its code. */
export const problemSchema = z
  .object({
    type: z.string(),
    code: z.enum(problemCodes),
    title: z.string(),
    status: z.number().int(),
    /** English, for developers and logs; the web app shows text for `code` instead. */
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    /** The existing record a conflict points to (a 409 for something that exists already). */
    existingId: z.string().optional(),
    fields: z
      .array(
        z
          .object({
            field: z.string(),
            code: z.enum(fieldCodes),
            message: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          })
          .meta({ id: 'FieldProblem' }),
      )
      .optional(),
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
  410: 'Gone',
  413: 'Request body too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal error',
  503: 'Service unavailable',
  507: 'Insufficient storage',
}

/** The code of a problem that has nothing more specific to say than its status. */
const statusCodes: Record<number, ProblemCode> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  431: 'headers_too_large',
  500: 'internal_error',
  503: 'unavailable',
  507: 'insufficient_storage',
}

export interface ProblemExtras {
  /** Defaults to the status's own code. */
  code?: ProblemCode
  fields?: FieldProblem[]
  existingId?: string | null
}

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  extras: ProblemExtras = {},
): FastifyReply {
  const code =
    extras.code ?? statusCodes[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request')
  const body: Problem = {
    type: `/api/problems/${code}`,
    code,
    title: titles[status] ?? 'Error',
    status,
    detail,
    instance: req.url.split('?')[0],
    requestId: String(req.id),
    ...(extras.fields && extras.fields.length > 0 ? { fields: extras.fields } : {}),
    ...(extras.existingId ? { existingId: extras.existingId } : {}),
  }
  return reply.status(status).type('application/problem+json').send(body)
}

/** How long a client should wait before trying again while the database is down. */
export const DATABASE_RETRY_AFTER_SECONDS = 5

// PostgreSQL error codes that are the client's fault, not ours.
const concurrent = {
  status: 409,
  code: 'changed_meanwhile',
  detail: 'A concurrent change got there first; try again.',
} as const
const pgClientErrors: Record<string, { status: number; code: ProblemCode; detail: string }> = {
  '23505': {
    status: 409,
    code: 'duplicate_record',
    detail: 'A record with the same identifying values exists already.',
  },
  '23503': {
    status: 409,
    code: 'missing_reference',
    detail: 'The request refers to a record that does not exist.',
  },
  '23514': { status: 400, code: 'invalid_value', detail: 'A value breaks a rule of the record.' },
  '22P02': { status: 400, code: 'invalid_value', detail: 'A value has the wrong format.' },
  '22007': { status: 400, code: 'invalid_value', detail: 'A date or time has the wrong format.' },
  '22008': { status: 400, code: 'invalid_value', detail: 'A date or time is out of range.' },
  '22001': { status: 400, code: 'invalid_value', detail: 'A value is too long.' },
  // A NUL character in a text value (PostgreSQL text cannot hold one).
  '22021': {
    status: 400,
    code: 'invalid_value',
    detail: 'A value contains a character that is not allowed.',
  },
  '40001': concurrent,
  '40P01': concurrent,
}

/** Fastify's own client errors that say more than their status. */
const fastifyCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
}

/**
 * The type provider hands over zod's issues with their details in `params`; rebuilt as issues,
 * they get the same field codes as the web app's own validation.
 */
function validationFields(error: FastifyError, req: FastifyRequest): FieldProblem[] {
  const context = error.validationContext ?? 'body'
  const data: unknown = (req as unknown as Record<string, unknown>)[
    context === 'querystring' ? 'query' : context
  ]
  const issues = (error.validation ?? []).map((v) => {
    const path = v.instancePath.split('/').filter(Boolean)
    return {
      ...(v.params as object),
      code: v.keyword,
      path,
      message: v.message ?? 'Invalid value',
    } as unknown as z.core.$ZodIssue
  })
  return fieldProblemsOf(issues, data, context)
}

function pgCode(e: unknown): string | undefined {
  for (const { code } of errorChain(e)) {
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(req, reply, 400, 'The request has invalid values.', {
        code: 'validation_failed',
        fields: validationFields(error, req),
      })
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequests) {
        void reply.header('Retry-After', String(error.retryAfterSeconds))
      }
      return sendProblem(req, reply, error.status, error.message, {
        code: error.code,
        fields: error.fields,
        existingId: error.existingId,
      })
    }
    const code = pgCode(error)
    if (code && pgClientErrors[code]) {
      const { status, detail, code: problemCode } = pgClientErrors[code]
      return sendProblem(req, reply, status, detail, { code: problemCode })
    }
    // Fastify's own client errors: malformed JSON, too large, wrong media type, …
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(req, reply, error.statusCode, error.message, {
        code:
          fastifyCodes[error.code] ?? (error instanceof SyntaxError ? 'malformed_body' : undefined),
      })
    }
    if (isDatabaseUnavailable(error)) {
      // Logged without the statement: it may carry personal data in its parameters.
      req.log.warn('database unavailable')
      void reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
      return sendProblem(req, reply, 503, 'The database cannot be reached right now.')
    }
    if (isDiskFull(error)) {
      req.log.error('database disk full')
      return sendProblem(req, reply, 507, 'There is no room to save changes; nothing was saved.')
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
  void sendProblem(req, reply, status, detail, {
    code: status === 414 ? 'uri_too_long' : 'invalid_address',
  })
}
