/** Typed domain errors; one handler (src/platform/http/problems.ts) maps them to RFC 9457. */
import type { FieldProblem, ProblemCode } from '../shared/problem-codes'

export type { FieldProblem, ProblemCode }

/**
 * `code` is the stable machine code the web app translates; `detail` is English for developers
 * and logs, never shown to a user.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number
  abstract readonly type: string
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly fields: FieldProblem[] = [],
    /** The record a conflict points to (e.g. the indicator already active), for the UI's link. */
    readonly existingId: string | null = null,
  ) {
    super(detail)
    this.name = new.target.name
  }
}

export class Invalid extends DomainError {
  readonly status = 400
  readonly type = 'invalid'
}
export class Unauthenticated extends DomainError {
  readonly status = 401
  readonly type = 'unauthenticated'
}
export class Forbidden extends DomainError {
  readonly status = 403
  readonly type = 'forbidden'
}
export class NotFound extends DomainError {
  readonly status = 404
  readonly type = 'not-found'
}
export class Conflict extends DomainError {
  readonly status = 409
  readonly type = 'conflict'
}
/** It existed, and is no more: an expired link. */
export class Gone extends DomainError {
  readonly status = 410
  readonly type = 'gone'
}
export class TooManyRequests extends DomainError {
  readonly status = 429
  readonly type = 'too-many-requests'
  constructor(
    code: ProblemCode,
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, detail)
  }
}

/** The data folder is nearly full: the write was refused before anything was written. */
export class InsufficientStorage extends DomainError {
  readonly status = 507
  readonly type = 'insufficient-storage'
  constructor() {
    super('insufficient_storage', 'There is no room to save changes right now; nothing was saved.')
  }
}

/** A service the request depends on cannot be reached (an identification service). */
export class Unavailable extends DomainError {
  readonly status = 503
  readonly type = 'unavailable'
}
