import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type TestDatabase } from '../testing/database'
import { queryRows } from './database'

/**
 * The database conventions of ARCHITECTURE.md, read from the migrated catalogue itself (eVaka
 * keeps the same kind of test), so that a new migration cannot quietly depart from them.
 */

// Append-only tables: rows are never updated, so an `updated_at` would only mislead.
const appendOnly = new Set(['audit_event'])

interface Column {
  table: string
  column: string
  type: string
  nullable: boolean
  defaultValue: string | null
}
interface Constraint {
  table: string
  kind: 'p' | 'f'
  name: string
  columns: string[]
}
interface Index {
  table: string
  name: string
  columns: string[]
  partial: boolean
}

describe('database conventions', () => {
  let database: TestDatabase
  let tables: string[]
  let columns: Column[]
  let constraints: Constraint[]
  let indexes: Index[]

  beforeAll(async () => {
    database = await freshDatabase()
    const db = database.db
    tables = (
      await queryRows<{ name: string }>(
        db,
        sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
      )
    ).map((r) => r.name)
    columns = await queryRows<Column>(
      db,
      sql`select table_name as "table", column_name as "column", data_type as type,
            is_nullable = 'YES' as nullable, column_default as "defaultValue"
          from information_schema.columns where table_schema = 'public'`,
    )
    constraints = await queryRows<Constraint>(
      db,
      sql`select c.conrelid::regclass::text as "table", c.contype as kind, c.conname as name,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n
                  order by k.i) as columns
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' and c.contype in ('p', 'f')`,
    )
    indexes = await queryRows<Index>(
      db,
      sql`select i.indrelid::regclass::text as "table", i.indexrelid::regclass::text as name,
            array(select coalesce(a.attname::text, '(expression)')
                  from unnest(i.indkey::int2[]) with ordinality k(n, o)
                  left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n
                  order by k.o) as columns,
            i.indpred is not null as partial
          from pg_index i join pg_class c on c.oid = i.indrelid
          join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'`,
    )
  })
  afterAll(() => database?.close())

  const columnOf = (table: string, column: string) =>
    columns.find((c) => c.table === table && c.column === column)

  it('finds the tables it checks', () => {
    expect(tables).toEqual(expect.arrayContaining(['customer', 'consent', 'audit_event']))
  })

  it('names tables in singular snake_case', () => {
    const snake = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/
    // A last word ending in a lone "s" is a plural (status, address and analysis are not).
    const plural = /(^|_)[a-z0-9]*[^su_]s$/
    expect(tables.filter((t) => !snake.test(t) || plural.test(t))).toEqual([])
  })

  it('keys entity tables by a uuid `id`, and join tables by their foreign keys', () => {
    const offenders = tables.flatMap((table) => {
      const pk = constraints.find((c) => c.table === table && c.kind === 'p')
      if (!pk) return [`${table}: no primary key`]
      if (pk.columns.length === 1) {
        const id = columnOf(table, 'id')
        const ok =
          pk.columns[0] === 'id' &&
          id?.type === 'uuid' &&
          /gen_random_uuid/.test(id.defaultValue ?? '')
        return ok
          ? []
          : [`${table}: primary key ${pk.columns.join(', ')} is not a generated uuid id`]
      }
      const fkColumns = constraints
        .filter((c) => c.table === table && c.kind === 'f')
        .flatMap((c) => c.columns)
      const joinTable = !columnOf(table, 'id') && pk.columns.every((c) => fkColumns.includes(c))
      return joinTable
        ? []
        : [`${table}: composite key (${pk.columns.join(', ')}) on an entity table`]
    })
    expect(offenders).toEqual([])
  })

  it('gives entity tables created_at and updated_at as timestamptz', () => {
    const entityTables = tables.filter((t) => columnOf(t, 'id'))
    const offenders = entityTables.flatMap((table) =>
      ['created_at', ...(appendOnly.has(table) ? [] : ['updated_at'])].flatMap((name) => {
        const c = columnOf(table, name)
        return c?.type === 'timestamp with time zone' && !c.nullable ? [] : [`${table}.${name}`]
      }),
    )
    expect(offenders).toEqual([])
  })

  it('stores every point in time with its time zone', () => {
    const naive = columns.filter((c) => c.type === 'timestamp without time zone')
    expect(naive.map((c) => `${c.table}.${c.column}`)).toEqual([])
  })

  it('indexes every foreign key (a whole index led by its columns, not a partial one)', () => {
    const unindexed = constraints
      .filter((c) => c.kind === 'f')
      .filter(
        (fk) =>
          !indexes.some(
            (i) =>
              i.table === fk.table &&
              !i.partial &&
              fk.columns.every((col) => i.columns.slice(0, fk.columns.length).includes(col)),
          ),
      )
      .map((fk) => `${fk.table}(${fk.columns.join(', ')})`)
    expect(unindexed).toEqual([])
  })
})
