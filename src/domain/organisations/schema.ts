import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, nameColumns, timestamps } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import {
  organisationKinds,
  memberRoles,
  qualificationLevels,
  type OrganisationKind,
  type MemberRole,
  type QualificationLevel,
} from '../../shared/enums'

// The enumerations are defined in src/shared/enums, with the web app.
export {
  organisationKinds,
  memberRoles,
  qualificationLevels,
  type OrganisationKind,
  type MemberRole,
  type QualificationLevel,
}

export const region = pgTable(
  'region',
  { id: idColumn(), code: text('code').notNull(), ...nameColumns(), ...timestamps },
  (t) => [uniqueIndex('region_code_key').on(t.code)],
)

export const municipality = pgTable(
  'municipality',
  {
    id: idColumn(),
    /** Statistics Finland's three-digit municipality code. */
    code: text('code').notNull(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    ...nameColumns(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('municipality_code_key').on(t.code),
    index('municipality_region_id_idx').on(t.regionId),
    check('municipality_code_check', sql`${t.code} ~ '^[0-9]{3}$'`),
  ],
)

export const organisation = pgTable(
  'organisation',
  {
    id: idColumn(),
    code: text('code').notNull(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    regionId: uuid('region_id').references(() => region.id),
    municipalityId: uuid('municipality_id').references(() => municipality.id),
    /** The statute on which this organisation's own work with a customer rests. */
    legalBasis: text('legal_basis'),
    ...nameColumns(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisation_code_key').on(t.code),
    index('organisation_region_id_idx').on(t.regionId),
    index('organisation_municipality_id_idx').on(t.municipalityId),
    check('organisation_kind_check', inList('kind', organisationKinds)),
  ],
)

export const organisationMember = pgTable(
  'organisation_member',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    userAccountId: uuid('user_account_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    role: text('role').$type<MemberRole>().notNull(),
    title: text('title'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisation_member_key').on(t.organisationId, t.userAccountId, t.role),
    index('organisation_member_user_account_id_idx').on(t.userAccountId),
    check('organisation_member_role_check', inList('role', memberRoles)),
  ],
)

/** A programme and its target-group rules, as data (DOMAIN.md: "can be extended later"). */
export const programme = pgTable(
  'programme',
  {
    id: idColumn(),
    code: text('code').notNull(),
    ...nameColumns(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    coordinatingOrganisationId: uuid('coordinating_organisation_id').references(
      () => organisation.id,
    ),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    maxAgeExclusive: integer('max_age_exclusive').notNull(),
    minQualification: text('min_qualification').$type<QualificationLevel>().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('programme_code_key').on(t.code),
    index('programme_region_id_idx').on(t.regionId),
    index('programme_coordinating_organisation_id_idx').on(t.coordinatingOrganisationId),
    check('programme_period_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('programme_max_age_check', sql`${t.maxAgeExclusive} between 15 and 100`),
  ],
)

export const programmeMunicipality = pgTable(
  'programme_municipality',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.municipalityId] }),
    index('programme_municipality_municipality_id_idx').on(t.municipalityId),
  ],
)

/** The partner organisations of a programme's network. */
export const programmePartner = pgTable(
  'programme_partner',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.organisationId] }),
    index('programme_partner_organisation_id_idx').on(t.organisationId),
  ],
)
