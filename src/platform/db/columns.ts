import { timestamp, uuid } from 'drizzle-orm/pg-core'

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
