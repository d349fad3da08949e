import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { projectRoot } from '../../platform/paths'
import {
  locales,
  reuseLevels,
  skillRelationTypes,
  type ConceptType,
  type Locale,
  type ReuseLevel,
  type SkillRelationType,
  type SkillType,
} from '../../shared/enums'
import { parseCsv, type CsvRecord } from '../../platform/import/csv'
import { classificationConcept, occupationSkillRelation } from './schema'

/**
 * Reads a classification in the shape of ESCO's CSV download (docs/classification.md): one file
 * of skills and one of occupations per language (`skills_fi.csv`, `occupations_sv.csv`, …) with
 * the columns `conceptUri`, `preferredLabel`, `altLabels` (one label a line), `skillType`,
 * `reuseLevel`, and the occupation–skill relations (`occupationUri`, `relationType`, `skillUri`).
 * A concept is stored with its labels in fi, sv and en; a language without a file takes the
 * English label. Importing again updates concepts by URI, so an import can be repeated.
 */
export interface EscoFiles {
  skills: Partial<Record<Locale, string>>
  occupations: Partial<Record<Locale, string>>
  relations: string[]
}

export interface ImportSummary {
  concepts: number
  relations: number
}

export class ClassificationImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The classification has ${problems.length} problems:\n${problems.slice(0, 20).join('\n')}`,
    )
  }
}

interface ConceptRow {
  uri: string
  type: ConceptType
  skillType: SkillType | null
  reuseLevel: ReuseLevel | null
  iscoGroup: string | null
  labels: Partial<Record<Locale, string>>
  altLabels: Partial<Record<Locale, string[]>>
}

const escoSkillTypes: Record<string, SkillType> = {
  'skill/competence': 'skill',
  skill: 'skill',
  knowledge: 'knowledge',
  certificate: 'certificate',
}

function need(header: string[], columns: string[], file: string, problems: string[]): boolean {
  const missing = columns.filter((c) => !header.includes(c))
  if (missing.length > 0) problems.push(`${file}: missing columns ${missing.join(', ')}`)
  return missing.length === 0
}

function readConcepts(
  files: Partial<Record<Locale, string>>,
  type: ConceptType,
  concepts: Map<string, ConceptRow>,
  problems: string[],
): void {
  for (const lang of locales) {
    const text = files[lang]
    if (text === undefined) continue
    const file = `${type === 'skill' ? 'skills' : 'occupations'}_${lang}.csv`
    const table = parseCsv(text)
    if (!need(table.header, ['conceptUri', 'preferredLabel'], file, problems)) continue
    for (const r of table.records) readConcept(r, type, lang, file, concepts, problems)
  }
}

function readConcept(
  r: CsvRecord,
  type: ConceptType,
  lang: Locale,
  file: string,
  concepts: Map<string, ConceptRow>,
  problems: string[],
): void {
  const at = `${file} line ${r.line}`
  const uri = r.values.conceptUri ?? ''
  if (!/^https?:\/\/\S+$/.test(uri)) return void problems.push(`${at}: conceptUri is not a URI`)
  const label = r.values.preferredLabel ?? ''
  if (!label) return void problems.push(`${at}: preferredLabel is empty`)
  const rawSkillType = r.values.skillType ?? ''
  const rawReuse = r.values.reuseLevel ?? ''
  const skillType = type === 'skill' && rawSkillType ? escoSkillTypes[rawSkillType] : undefined
  if (type === 'skill' && rawSkillType && !skillType)
    problems.push(`${at}: unknown skillType ${JSON.stringify(rawSkillType)}`)
  if (rawReuse && !(reuseLevels as readonly string[]).includes(rawReuse))
    problems.push(`${at}: unknown reuseLevel ${JSON.stringify(rawReuse)}`)
  const existing = concepts.get(uri)
  if (existing && existing.type !== type) problems.push(`${at}: ${uri} is also a ${existing.type}`)
  const row: ConceptRow = existing ?? {
    uri,
    type,
    skillType: skillType ?? null,
    reuseLevel: rawReuse ? (rawReuse as ReuseLevel) : null,
    iscoGroup: r.values.iscoGroup || null,
    labels: {},
    altLabels: {},
  }
  row.labels[lang] = label
  row.altLabels[lang] = (r.values.altLabels ?? '')
    .split(/\r?\n/)
    .map((a) => a.trim())
    .filter(Boolean)
  concepts.set(uri, row)
}

interface RelationRow {
  occupationUri: string
  skillUri: string
  relationType: SkillRelationType
}

function readRelations(
  texts: string[],
  concepts: Map<string, ConceptRow>,
  problems: string[],
): RelationRow[] {
  const relations = new Map<string, RelationRow>()
  texts.forEach((text, n) => {
    const file = `relations file ${n + 1}`
    const table = parseCsv(text)
    if (!need(table.header, ['occupationUri', 'relationType', 'skillUri'], file, problems)) return
    for (const r of table.records) {
      const at = `${file} line ${r.line}`
      const { occupationUri = '', skillUri = '', relationType = '' } = r.values
      if (concepts.get(occupationUri)?.type !== 'occupation')
        problems.push(`${at}: no occupation ${occupationUri}`)
      else if (concepts.get(skillUri)?.type !== 'skill')
        problems.push(`${at}: no skill ${skillUri}`)
      else if (!(skillRelationTypes as readonly string[]).includes(relationType))
        problems.push(`${at}: unknown relationType ${JSON.stringify(relationType)}`)
      else
        relations.set(`${occupationUri} ${skillUri}`, {
          occupationUri,
          skillUri,
          relationType: relationType as SkillRelationType,
        })
    }
  })
  return [...relations.values()]
}

/** Checks every file first and stores nothing if any line is wrong. */
export async function importEsco(db: Queryable, files: EscoFiles): Promise<ImportSummary> {
  const problems: string[] = []
  const concepts = new Map<string, ConceptRow>()
  try {
    readConcepts(files.skills, 'skill', concepts, problems)
    readConcepts(files.occupations, 'occupation', concepts, problems)
  } catch (e) {
    problems.push((e as Error).message)
  }
  const relations = problems.length === 0 ? readRelations(files.relations, concepts, problems) : []
  if (problems.length > 0) throw new ClassificationImportError(problems)
  const rows = [...concepts.values()].map((c) => {
    const label = (l: Locale) => c.labels[l] ?? c.labels.en ?? c.labels.fi ?? c.labels.sv ?? ''
    const alts = (l: Locale) => c.altLabels[l] ?? []
    return {
      uri: c.uri,
      type: c.type,
      skillType: c.skillType,
      reuseLevel: c.reuseLevel,
      iscoGroup: c.iscoGroup,
      labelFi: label('fi'),
      labelSv: label('sv'),
      labelEn: label('en'),
      altLabelsFi: alts('fi'),
      altLabelsSv: alts('sv'),
      altLabelsEn: alts('en'),
      searchText: [...new Set(locales.flatMap((l) => [label(l), ...alts(l)]))].join('\n'),
    }
  })
  const work = async (tx: Queryable) => {
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(classificationConcept)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: classificationConcept.uri,
          set: {
            type: sql`excluded.type`,
            skillType: sql`excluded.skill_type`,
            reuseLevel: sql`excluded.reuse_level`,
            iscoGroup: sql`excluded.isco_group`,
            labelFi: sql`excluded.label_fi`,
            labelSv: sql`excluded.label_sv`,
            labelEn: sql`excluded.label_en`,
            altLabelsFi: sql`excluded.alt_labels_fi`,
            altLabelsSv: sql`excluded.alt_labels_sv`,
            altLabelsEn: sql`excluded.alt_labels_en`,
            searchText: sql`excluded.search_text`,
            updatedAt: sql`now()`,
          },
        })
    }
    for (let i = 0; i < relations.length; i += 1000) {
      await tx
        .insert(occupationSkillRelation)
        .values(relations.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: [occupationSkillRelation.occupationUri, occupationSkillRelation.skillUri],
          set: { relationType: sql`excluded.relation_type`, updatedAt: sql`now()` },
        })
    }
  }
  await db.transaction(work)
  return { concepts: rows.length, relations: relations.length }
}

/** The files of an ESCO-shaped folder: `skills_<lang>.csv`, `occupations_<lang>.csv`, `*Relations*.csv`. */
export function readEscoFolder(folder: string): EscoFiles {
  const read = (name: string) => {
    const file = path.join(folder, name)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  }
  const perLanguage = (kind: string) =>
    Object.fromEntries(
      locales.flatMap((l) => {
        const text = read(`${kind}_${l}.csv`)
        return text === undefined ? [] : [[l, text]]
      }),
    ) as Partial<Record<Locale, string>>
  const relations = fs
    .readdirSync(folder)
    .filter((f) => /^occupationSkillRelations.*\.csv$/.test(f))
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'))
  return { skills: perLanguage('skills'), occupations: perLanguage('occupations'), relations }
}

/** The demo classification of our own making (src/domain/classification/data/). */
export const demoClassificationFolder = path.join(
  projectRoot,
  'src',
  'domain',
  'classification',
  'data',
)

export const demoConceptUri = (type: ConceptType, slug: string): string =>
  `https://saumaton.fi/classification/${type}/${slug}`

/** Loads the demo classification unless some classification is loaded already. */
export async function ensureDemoClassification(db: Queryable): Promise<void> {
  const [row] = await db
    .select({ uri: classificationConcept.uri })
    .from(classificationConcept)
    .limit(1)
  if (row) return
  await importEsco(db, readEscoFolder(demoClassificationFolder))
}
