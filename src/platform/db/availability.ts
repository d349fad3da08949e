/**
 * Errors that mean "the database cannot be reached right now", not "this request is wrong": the
 * server stopped or restarts, a connection broke, the pool could not connect in time. They answer
 * 503 with Retry-After, and the pool connects anew by itself once the server is back.
 */

// SQLSTATE class 08 (connection exception) and the server's own shutdown and start-up states.
const unavailableStates = new Set(['57P01', '57P02', '57P03', '53300'])
const unavailableSystemCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
// node-postgres raises these without a code.
const unavailableMessages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection is not open/i,
]

/** An error and its causes, outermost first (drizzle wraps the driver's error). */
export function* errorChain(e: unknown): Generator<{ code?: unknown; message?: unknown }> {
  let cur: unknown = e
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    yield cur
    cur = (cur as { cause?: unknown }).cause
  }
}

/** Whether an error or one of its causes is a sign of an outage. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (const { code, message } of errorChain(e)) {
    if (typeof code === 'string') {
      if (code.startsWith('08') && code.length === 5) return true
      if (unavailableStates.has(code) || unavailableSystemCodes.has(code)) return true
    }
    if (typeof message === 'string' && unavailableMessages.some((m) => m.test(message))) return true
  }
  return false
}

/** PostgreSQL's "disk full" (53100), or the file system's: nothing of the statement was written. */
export function isDiskFull(e: unknown): boolean {
  for (const { code } of errorChain(e)) if (code === '53100' || code === 'ENOSPC') return true
  return false
}
