import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import type { ConceptType, Locale, ReuseLevel, SkillType } from '../../shared/enums'
import { classificationConcept } from './schema'

export interface Concept {
  uri: string
  type: ConceptType
  skillType: SkillType | null
  reuseLevel: ReuseLevel | null
  /** The preferred label in the asked language, and the others for a picker's second line. */
  label: string
  labels: { fi: string; sv: string; en: string }
  altLabels: string[]
}

type ConceptRow = typeof classificationConcept.$inferSelect

function toConcept(r: ConceptRow, lang: Locale): Concept {
  const labels = { fi: r.labelFi, sv: r.labelSv, en: r.labelEn }
  const alts = { fi: r.altLabelsFi, sv: r.altLabelsSv, en: r.altLabelsEn }
  return {
    uri: r.uri,
    type: r.type,
    skillType: r.skillType,
    reuseLevel: r.reuseLevel,
    label: labels[lang],
    labels,
    altLabels: alts[lang],
  }
}

export interface ConceptSearch {
  q?: string | undefined
  type?: ConceptType | undefined
  skillType?: SkillType | undefined
  lang: Locale
  limit: number
}

/** The words of a query as a prefix tsquery (`asiakas:* & palv:*`), or null if none remain. */
function prefixQuery(q: string): string | null {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ')
}

// The same expression as the index of the migration's hand-written part.
const documentOf = sql`(to_tsvector('finnish', ${classificationConcept.searchText}) || to_tsvector('simple', ${classificationConcept.searchText}))`

/**
 * Concepts whose labels in any language match: by words and their beginnings (Finnish stemming
 * and plain words), or, for a misspelling, by trigram word similarity. Exact word matches rank
 * first, then the closest spellings.
 */
export async function searchConcepts(db: Queryable, s: ConceptSearch): Promise<Concept[]> {
  const filters: SQL[] = []
  if (s.type) filters.push(eq(classificationConcept.type, s.type))
  if (s.skillType) filters.push(eq(classificationConcept.skillType, s.skillType))
  const q = (s.q ?? '').trim()
  const tsq = prefixQuery(q)
  const labelColumn = {
    fi: classificationConcept.labelFi,
    sv: classificationConcept.labelSv,
    en: classificationConcept.labelEn,
  }[s.lang]
  if (!tsq) {
    const rows = await db
      .select()
      .from(classificationConcept)
      .where(and(...filters))
      .orderBy(labelColumn, classificationConcept.uri)
      .limit(s.limit)
    return rows.map((r) => toConcept(r, s.lang))
  }
  const query = sql`(to_tsquery('finnish', ${tsq}) || to_tsquery('simple', ${tsq}))`
  const wordMatch = sql`${documentOf} @@ ${query}`
  const rows = await db
    .select()
    .from(classificationConcept)
    .where(and(...filters, sql`(${wordMatch} or ${q} <% ${classificationConcept.searchText})`))
    .orderBy(
      sql`${wordMatch} desc`,
      sql`word_similarity(${q}, ${classificationConcept.searchText}) desc`,
      labelColumn,
      classificationConcept.uri,
    )
    .limit(s.limit)
  return rows.map((r) => toConcept(r, s.lang))
}

/** The concepts of these URIs that exist. */
export async function conceptsByUri(
  db: Queryable,
  uris: readonly string[],
  lang: Locale = 'fi',
): Promise<Map<string, Concept>> {
  if (uris.length === 0) return new Map()
  const rows = await db
    .select()
    .from(classificationConcept)
    .where(inArray(classificationConcept.uri, [...new Set(uris)]))
  return new Map(rows.map((r) => [r.uri, toConcept(r, lang)]))
}

/**
 * The preferred labels of these URIs in one language, in one query; a URI the classification
 * does not know is left out, for the caller's fallback.
 */
export async function conceptLabels(
  db: Queryable,
  uris: readonly string[],
  lang: Locale,
): Promise<Map<string, string>> {
  if (uris.length === 0) return new Map()
  const label = {
    fi: classificationConcept.labelFi,
    sv: classificationConcept.labelSv,
    en: classificationConcept.labelEn,
  }[lang]
  const rows = await db
    .select({ uri: classificationConcept.uri, label })
    .from(classificationConcept)
    .where(inArray(classificationConcept.uri, [...new Set(uris)]))
  return new Map(rows.map((r) => [r.uri, r.label]))
}
