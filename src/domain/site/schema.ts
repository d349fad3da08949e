import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { idColumn, inList, timestamps, type LocalisedText } from '../../platform/db/columns'
import { userAccount } from '../../platform/auth/schema'
import { municipality } from '../organisations/schema'
import {
  contentAudiences,
  contentPageKinds,
  contentStatuses,
  type ContentAudience,
  type ContentPageKind,
  type ContentStatus,
} from '../../shared/enums'

/**
 * The public website's editable content. Texts are `{ fi, sv, en }` Markdown, rendered safely
 * (markdown.ts). A record is public when `status = 'published'` and `publish_at` has come:
 * publishing with a future time schedules it; unpublishing returns it to a draft at once.
 * Nothing here is personal data; the editor is kept as the account id.
 */
const localised = (name: string) => jsonb(name).$type<LocalisedText>().notNull()
const publication = {
  status: text('status').$type<ContentStatus>().notNull(),
  publishAt: timestamp('publish_at', { withTimezone: true }),
  /** Raised by every change: an edit naming an older version is refused (409). */
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => userAccount.id, { onDelete: 'set null' }),
}

/** A page such as "For employers", once per municipality (null: the whole region). */
export const contentPage = pgTable(
  'content_page',
  {
    id: idColumn(),
    kind: text('kind').$type<ContentPageKind>().notNull(),
    municipalityId: uuid('municipality_id').references(() => municipality.id),
    title: localised('title'),
    body: localised('body'),
    ...publication,
    ...timestamps,
  },
  (t) => [
    index('content_page_municipality_id_idx').on(t.municipalityId),
    index('content_page_updated_by_idx').on(t.updatedBy),
    check('content_page_kind_check', inList('kind', contentPageKinds)),
    check('content_page_status_check', inList('status', contentStatuses)),
    check('content_page_published_check', sql`(${t.status} = 'draft') = (${t.publishAt} is null)`),
  ],
)

/** An event of the calendar: when, where, for whom, at what price, where to sign up. */
export const contentEvent = pgTable(
  'content_event',
  {
    id: idColumn(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    audience: text('audience').$type<ContentAudience>().notNull(),
    title: localised('title'),
    description: localised('description'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    /** Null: free of charge. */
    priceCents: integer('price_cents'),
    signUpUrl: text('sign_up_url'),
    ...publication,
    ...timestamps,
  },
  (t) => [
    index('content_event_municipality_id_idx').on(t.municipalityId, t.startsAt),
    index('content_event_updated_by_idx').on(t.updatedBy),
    check('content_event_audience_check', inList('audience', contentAudiences)),
    check('content_event_status_check', inList('status', contentStatuses)),
    check('content_event_published_check', sql`(${t.status} = 'draft') = (${t.publishAt} is null)`),
    check('content_event_period_check', sql`${t.endsAt} >= ${t.startsAt}`),
    check('content_event_price_check', sql`${t.priceCents} is null or ${t.priceCents} >= 0`),
  ],
)

/**
 * Feedback from the website's form (Act 306/2019 § 15: answered within 14 days). The contact is
 * optional and seen only by coordinators.
 */
export const siteFeedback = pgTable(
  'site_feedback',
  {
    id: idColumn(),
    message: text('message').notNull(),
    page: text('page'),
    contact: text('contact'),
    lang: text('lang').notNull(),
    dueOn: date('due_on').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** What was answered (or how), as the coordinator records it; seen by coordinators only. */
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => userAccount.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('site_feedback_created_idx').on(t.createdAt, t.id),
    index('site_feedback_answered_by_idx').on(t.answeredBy),
    check('site_feedback_message_check', sql`length(${t.message}) between 1 and 4000`),
  ],
)

/**
 * A career story of a young person who found work. It is public only while the person's consent
 * to its publication is on record and not withdrawn: withdrawal takes it off the site at once.
 * The story names the person only as they agreed (a first name, or none).
 */
export const careerStory = pgTable(
  'career_story',
  {
    id: idColumn(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipality.id),
    title: localised('title'),
    body: localised('body'),
    ...publication,
    /** The consent to publication: when given, who recorded it, and its withdrawal. */
    consentGivenAt: timestamp('consent_given_at', { withTimezone: true }),
    consentRecordedBy: uuid('consent_recorded_by').references(() => userAccount.id, {
      onDelete: 'set null',
    }),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('career_story_municipality_id_idx').on(t.municipalityId),
    index('career_story_updated_by_idx').on(t.updatedBy),
    index('career_story_consent_recorded_by_idx').on(t.consentRecordedBy),
    check('career_story_status_check', inList('status', contentStatuses)),
    check('career_story_published_check', sql`(${t.status} = 'draft') = (${t.publishAt} is null)`),
  ],
)

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
})

/**
 * A career story's picture: the upload decoded and re-encoded as WebP (metadata such as EXIF and
 * GPS left behind), with its size and alt text in every language. One per story; a new upload
 * replaces it under a new id, so its URL can be cached for good.
 */
export const careerStoryImage = pgTable(
  'career_story_image',
  {
    id: idColumn(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => careerStory.id, { onDelete: 'cascade' }),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    alt: localised('alt'),
    uploadedBy: uuid('uploaded_by').references(() => userAccount.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('career_story_image_story_id_key').on(t.storyId),
    index('career_story_image_uploaded_by_idx').on(t.uploadedBy),
    check('career_story_image_type_check', sql`${t.contentType} in ('image/webp')`),
    check('career_story_image_size_check', sql`${t.width} > 0 and ${t.height} > 0`),
  ],
)

/**
 * How far the public website's sources have changed, one counter per source table, raised by a
 * statement trigger on each (see the migration). The sum is the site's content version: the page
 * cache (src/site/page-cache.ts) keeps a rendered page only while the sum is what it was.
 * One row per table, so writers of different tables never wait for each other.
 */
export const siteContentVersion = pgTable('site_content_version', {
  id: idColumn(),
  source: text('source').notNull().unique(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  ...timestamps,
})
