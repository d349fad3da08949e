import { randomUUID } from 'node:crypto'
import type { DocumentedOperation, JsonSchema, OpenApiDocument } from './routes'

/**
 * Input generators for the hostile-input suite, driven by the OpenAPI document so that every
 * route, also one added later, gets the same treatment.
 */

export function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  let s = schema
  for (let i = 0; s.$ref && i < 10; i++) {
    const name = s.$ref.replace('#/components/schemas/', '')
    const target = doc.components?.schemas?.[name]
    if (!target) throw new Error(`Unresolvable $ref ${s.$ref}`)
    s = target
  }
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
  if (alternatives) {
    const nonNull = alternatives.find((a) => a.type !== 'null' && !('not' in a))
    if (nonNull) return resolve(nonNull, doc)
  }
  return s
}

/** A value of the right shape for `schema` (not necessarily one the domain accepts). */
export function plausibleValue(schema: JsonSchema, doc: OpenApiDocument): unknown {
  const s = resolve(schema, doc)
  if (s.enum) return s.enum[0]
  switch (s.type) {
    case 'string': {
      if (s.format === 'uuid') return randomUUID()
      if (s.format === 'date-time') return '2030-01-01T00:00:00Z'
      if (s.format === 'date') return '2030-01-01'
      if (s.format === 'email') return 'someone@example.invalid'
      const min = typeof s.minLength === 'number' ? s.minLength : 1
      return 'x'.repeat(Math.max(min, 1))
    }
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1
    case 'boolean':
      return true
    case 'array': {
      const min = typeof s.minItems === 'number' ? s.minItems : 1
      const items = (s.items ?? {}) as JsonSchema
      return Array.from({ length: Math.max(min, 1) }, () => plausibleValue(items, doc))
    }
    case 'object':
    case undefined:
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausibleValue(v, doc)]),
      )
    default:
      return null
  }
}

/** A value of the wrong type for `schema`. */
export function wrongValue(schema: JsonSchema, doc: OpenApiDocument): unknown {
  const s = resolve(schema, doc)
  if (s.enum) return 'not-one-of-the-choices'
  switch (s.type) {
    case 'string':
      return 12345
    case 'integer':
    case 'number':
      return 'not-a-number'
    case 'boolean':
      return 'yes'
    case 'array':
      return 'not-an-array'
    default:
      return 'not-an-object'
  }
}

export function requestBodySchema(
  op: DocumentedOperation,
  doc: OpenApiDocument,
): JsonSchema | null {
  const schema = op.operation.requestBody?.content['application/json']?.schema
  return schema ? resolve(schema, doc) : null
}

export function pathParams(op: DocumentedOperation): string[] {
  return (op.operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
}

/** The path parameters that are ids (UUIDs); others are e.g. enumerations. */
export function idParams(op: DocumentedOperation, doc: OpenApiDocument): string[] {
  return (op.operation.parameters ?? [])
    .filter((p) => p.in === 'path' && resolve(p.schema ?? {}, doc).format === 'uuid')
    .map((p) => p.name)
}

export function queryParams(op: DocumentedOperation, doc: OpenApiDocument) {
  return (op.operation.parameters ?? [])
    .filter((p) => p.in === 'query')
    .map((p) => ({ name: p.name, schema: resolve(p.schema ?? {}, doc) }))
}

/**
 * The URL of `op` with its path parameters filled in: from `values`, else a value of the right
 * shape (an unknown UUID for an id, the first choice of an enumeration).
 */
export function urlOf(
  op: DocumentedOperation,
  doc: OpenApiDocument,
  values: Record<string, string> = {},
): string {
  const schemas = new Map(
    (op.operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema]),
  )
  return op.url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? String(plausibleValue(schemas.get(name) ?? {}, doc))),
  )
}

export const notUuids = [
  'not-a-uuid',
  '123',
  "1' or '1'='1",
  '00000000-0000-0000-0000-00000000000g',
  'ffffffff-ffff-ffff-ffff-fffffffffffff',
  '../../etc/passwd',
  '\u0000',
  'ä'.repeat(40),
]

export const malformedJson = ['{', '{"a":', '[1, 2', '{"a": 1}}', "{'a': 1}", 'nul', '\u0000']

/** Whole bodies of the wrong kind. */
export const wrongBodies = ['[]', '"text"', '42', 'null', 'true']

export const badIntegers = ['abc', '-1', '0', '1.5', '1e309', '99999999999999999999', '']

export const badStrings = ['\u0000', 'x'.repeat(5000), '%', '\\', "'; drop table customer; --"]
