/** Typed domain errors; one handler (src/platform/http/problems.ts) maps them to RFC 9457. */
export interface FieldProblem {
  field: string
  message: string
}

export abstract class DomainError extends Error {
  abstract readonly status: number
  abstract readonly type: string
  constructor(
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message)
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
export class TooManyRequests extends DomainError {
  readonly status = 429
  readonly type = 'too-many-requests'
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
  }
}
