import { sql, type SQL } from 'drizzle-orm'
import { text, timestamp, uuid } from 'drizzle-orm/pg-core'

/** Columns every table has (ARCHITECTURE.md, database conventions). */
export const idColumn = () => uuid('id').primaryKey().defaultRandom()

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}

/** Translated names: Finnish and Swedish are required by law, English for everyone else. */
export interface LocalisedText {
  fi: string
  sv: string
  en: string
}

/** The three name columns of anything named in fi, sv and en. */
export const nameColumns = () => ({
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
})

/** A CHECK body for an enumeration kept as text: `column in ('a', 'b', …)`. */
export const inList = (column: string, values: readonly string[]): SQL =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)
