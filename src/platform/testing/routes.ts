import type { FastifyInstance } from 'fastify'

export interface RouteKey {
  method: string
  /** Fastify's form: `/api/v1/customers/:customerId`. */
  url: string
}

/**
 * Every route the app registered, read from `app.printRoutes()` (Fastify keeps no public list),
 * so that tests over "every route" cover new routes without being told. HEAD is left out:
 * Fastify adds it to every GET by itself.
 */
export function registeredRoutes(app: FastifyInstance): RouteKey[] {
  const lines = app.printRoutes({ commonPrefix: false }).split('\n')
  const stack: string[] = []
  const routes: RouteKey[] = []
  for (const line of lines) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line)
    if (!m) continue
    const depth = m[1]!.length / 4
    stack.length = depth
    const url = (stack[depth - 1] ?? '') + m[2]!
    stack[depth] = url
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      if (method && method !== 'HEAD') routes.push({ method, url })
    }
  }
  return routes
}

export interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Record<string, JsonSchema> }
}

export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[]
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, unknown>
}

export interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  enum?: unknown[]
  format?: string
  $ref?: string
  [k: string]: unknown
}

export interface DocumentedOperation extends RouteKey {
  /** OpenAPI's form: `/api/v1/customers/{customerId}`. */
  path: string
  operation: OpenApiOperation
}

export function documentedOperations(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, operation]) => ({
      method: method.toUpperCase(),
      url: path.replace(/\{(\w+)\}/g, ':$1'),
      path,
      operation,
    })),
  )
}

/** The API's own routes: everything under /api but the documentation itself. */
export const isApiRoute = (r: RouteKey): boolean =>
  r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json'
