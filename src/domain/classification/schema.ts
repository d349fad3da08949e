import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps } from '../../platform/db/columns'
import {
  conceptTypes,
  reuseLevels,
  skillRelationTypes,
  skillTypes,
  type ConceptType,
  type ReuseLevel,
  type SkillRelationType,
  type SkillType,
} from '../../shared/enums'

/**
 * A skill or an occupation of a classification (ESCO, or our demo classification in its shape),
 * named by its URI. `search_text` holds every label of every language, for the text-search and
 * trigram indexes of the migration's hand-written part (docs/classification.md).
 */
export const classificationConcept = pgTable(
  'classification_concept',
  {
    id: idColumn(),
    // A constraint, not only an index: the relations' foreign keys refer to it.
    uri: text('uri').notNull().unique('classification_concept_uri_key'),
    type: text('type').$type<ConceptType>().notNull(),
    skillType: text('skill_type').$type<SkillType>(),
    reuseLevel: text('reuse_level').$type<ReuseLevel>(),
    iscoGroup: text('isco_group'),
    labelFi: text('label_fi').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    altLabelsFi: text('alt_labels_fi').array().notNull().default([]),
    altLabelsSv: text('alt_labels_sv').array().notNull().default([]),
    altLabelsEn: text('alt_labels_en').array().notNull().default([]),
    searchText: text('search_text').notNull(),
    ...timestamps,
  },
  (t) => [
    index('classification_concept_type_idx').on(t.type, t.skillType),
    check('classification_concept_type_check', inList('type', conceptTypes)),
    check('classification_concept_skill_type_check', inList('skill_type', skillTypes)),
    check('classification_concept_reuse_level_check', inList('reuse_level', reuseLevels)),
  ],
)

/** How an occupation needs a skill: ESCO's occupation–skill relations. */
export const occupationSkillRelation = pgTable(
  'occupation_skill_relation',
  {
    id: idColumn(),
    occupationUri: text('occupation_uri')
      .notNull()
      .references(() => classificationConcept.uri),
    relationType: text('relation_type').$type<SkillRelationType>().notNull(),
    skillUri: text('skill_uri')
      .notNull()
      .references(() => classificationConcept.uri),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('occupation_skill_relation_key').on(t.occupationUri, t.skillUri),
    index('occupation_skill_relation_skill_uri_idx').on(t.skillUri),
    check('occupation_skill_relation_type_check', inList('relation_type', skillRelationTypes)),
  ],
)
