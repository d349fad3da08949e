import { z } from 'zod'
import type { Queryable } from '../../platform/db/database'
import { defineRoleAction, role } from '../../platform/access'
import { cursorPageOf, cursorQuery } from '../../platform/http/paging'
import { defineRoute } from '../../platform/http/route'
import { localisedTextSchema } from '../../platform/localised'
import { contentAudiences, contentPageKinds, contentStatuses } from '../../shared/enums'
import {
  contentEventById,
  contentPageById,
  createContentEvent,
  createContentPage,
  listContentEvents,
  listContentPages,
  publishContentEvent,
  publishContentPage,
  unpublishContentEvent,
  unpublishContentPage,
  updateContentEvent,
  updateContentPage,
  type ContentEventRow,
  type ContentPageRow,
} from './content'
import { programmeMunicipalities } from '../organisations/organisations'
import { answerFeedback, feedbackById, listFeedback } from './feedback'
import { renderMarkdown } from './markdown'
import {
  MAX_IMAGE_BYTES,
  removeStoryImage,
  storyImageForEditor,
  storyImagePath,
  storyImagesOf,
  uploadStoryImage,
  type StoryImageMeta,
} from './story-images'
import {
  createStory,
  listStories,
  publishStory,
  recordPublicationConsent,
  storyById,
  unpublishStory,
  updateStory,
  withdrawPublicationConsent,
  type CareerStoryRow,
} from './stories'

/**
 * The public website's content is edited by content editors (and coordinators); it names nobody,
 * so these are role actions. Feedback may carry a visitor's contact: coordinators only. Every
 * change is audited by the route wrapper.
 */
export const siteContentActions = {
  edit: defineRoleAction('site_content.edit', [role('content_editor'), role('coordinator')]),
  readFeedback: defineRoleAction('site_feedback.read', [role('coordinator')]),
  answerFeedback: defineRoleAction('site_feedback.answer', [role('coordinator')]),
}

const tags = ['public website']
const feedbackParams = z.object({ feedbackId: z.uuid() })
const feedbackSchema = z
  .object({
    id: z.string(),
    message: z.string(),
    page: z.string().nullable(),
    contact: z.string().nullable(),
    lang: z.string(),
    receivedAt: z.string(),
    dueOn: z.string(),
    overdue: z.boolean(),
    answeredAt: z.string().nullable(),
    answer: z.string().nullable(),
  })
  .meta({ id: 'SiteFeedback' })
const text = localisedTextSchema
const publication = {
  status: z.enum(contentStatuses),
  publishAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
}
const iso = (d: Date | null) => d?.toISOString() ?? null

const pageSchema = z
  .object({
    id: z.string(),
    kind: z.enum(contentPageKinds),
    municipalityId: z.string().nullable(),
    title: text,
    body: text,
    ...publication,
  })
  .meta({ id: 'ContentPage' })
const pageView = (r: ContentPageRow): z.infer<typeof pageSchema> => ({
  id: r.id,
  kind: r.kind,
  municipalityId: r.municipalityId,
  title: r.title,
  body: r.body,
  status: r.status,
  publishAt: iso(r.publishAt),
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
})

const eventSchema = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    audience: z.enum(contentAudiences),
    title: text,
    description: text,
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    priceCents: z.number().int().nullable(),
    signUpUrl: z.string().nullable(),
    ...publication,
  })
  .meta({ id: 'ContentEvent' })
const eventView = (r: ContentEventRow): z.infer<typeof eventSchema> => ({
  id: r.id,
  municipalityId: r.municipalityId,
  audience: r.audience,
  title: r.title,
  description: r.description,
  startsAt: r.startsAt.toISOString(),
  endsAt: r.endsAt.toISOString(),
  place: r.place,
  priceCents: r.priceCents,
  signUpUrl: r.signUpUrl,
  status: r.status,
  publishAt: iso(r.publishAt),
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
})

const boundedText = z.object({
  fi: z.string().max(20_000),
  sv: z.string().max(20_000),
  en: z.string().max(20_000),
})
const shortText = z.object({
  fi: z.string().max(200),
  sv: z.string().max(200),
  en: z.string().max(200),
})
const pageInput = z.object({
  kind: z.enum(contentPageKinds),
  municipalityId: z.uuid().nullable(),
  title: shortText,
  body: boundedText,
})
const eventInput = z.object({
  municipalityId: z.uuid(),
  audience: z.enum(contentAudiences),
  title: shortText,
  description: boundedText,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: z.string().min(1).max(300),
  priceCents: z.number().int().min(0).max(100_000_00).nullable(),
  signUpUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .nullable(),
})
const storySchema = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    title: text,
    body: text,
    consentGivenAt: z.string().nullable(),
    consentWithdrawnAt: z.string().nullable(),
    image: z
      .object({
        id: z.string(),
        url: z.string(),
        width: z.number().int(),
        height: z.number().int(),
        alt: text,
      })
      .nullable(),
    ...publication,
  })
  .meta({ id: 'CareerStory' })
const storyView = (
  r: CareerStoryRow,
  image: StoryImageMeta | undefined,
): z.infer<typeof storySchema> => ({
  image: image
    ? {
        id: image.id,
        url: storyImagePath(image.id),
        width: image.width,
        height: image.height,
        alt: image.alt,
      }
    : null,
  id: r.id,
  municipalityId: r.municipalityId,
  title: r.title,
  body: r.body,
  consentGivenAt: iso(r.consentGivenAt),
  consentWithdrawnAt: iso(r.consentWithdrawnAt),
  status: r.status,
  publishAt: iso(r.publishAt),
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
})
const storyInput = z.object({ municipalityId: z.uuid(), title: shortText, body: boundedText })
const storyParams = z.object({ storyId: z.uuid() })
/** One story as the editor sees it, with its picture. */
const storyOut = async (db: Queryable, r: CareerStoryRow) =>
  storyView(r, (await storyImagesOf(db, [r.id])).get(r.id))
const imageInput = z.object({
  // base64 of at most 5 MB (4 characters per 3 bytes); larger files are refused by size.
  data: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  alt: z.object({
    fi: z.string().max(300),
    sv: z.string().max(300),
    en: z.string().max(300),
  }),
})

const versioned = z.object({ version: z.number().int().min(1) })
const publishBody = versioned.extend({ publishAt: z.iso.datetime({ offset: true }).nullish() })
const pageParams = z.object({ pageId: z.uuid() })
const eventParams = z.object({ eventId: z.uuid() })

export const siteContentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/municipalities',
    summary: 'The programme municipalities, each with a page on the website',
    tags,
    action: siteContentActions.edit,
    response: z.object({
      items: z.array(z.object({ id: z.string(), code: z.string(), name: localisedTextSchema })),
    }),
    handler: async (ctx) => ({
      items: (await programmeMunicipalities(ctx.db)).map((m) => ({
        id: m.id,
        code: m.code,
        name: m.name,
      })),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/preview',
    summary: 'Markdown as the public website shows it (sanitised HTML), for the editor’s preview',
    tags,
    action: siteContentActions.edit,
    body: z.object({ markdown: z.string().max(20_000) }),
    response: z.object({ html: z.string() }),
    handler: (_ctx, { body }) => Promise.resolve({ html: renderMarkdown(body.markdown) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/pages',
    summary: 'The website’s editable pages in every status',
    tags,
    action: siteContentActions.edit,
    response: z.object({ items: z.array(pageSchema) }),
    handler: async (ctx) => ({ items: (await listContentPages(ctx.db)).map(pageView) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/pages/:pageId',
    summary: 'One editable page',
    tags,
    action: siteContentActions.edit,
    params: pageParams,
    response: pageSchema,
    handler: async (ctx, { params }) => pageView(await contentPageById(ctx.db, params.pageId)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/pages',
    summary: 'Draft a page',
    tags,
    action: siteContentActions.edit,
    body: pageInput,
    response: pageSchema,
    status: 201,
    handler: async (ctx, { body }) => pageView(await createContentPage(ctx, body)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/site/pages/:pageId',
    summary: 'Edit a page (naming the version edited)',
    tags,
    action: siteContentActions.edit,
    params: pageParams,
    body: pageInput.extend(versioned.shape),
    response: pageSchema,
    handler: async (ctx, { params, body }) =>
      pageView(await updateContentPage(ctx, params.pageId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/pages/:pageId/publish',
    summary: 'Publish a page now, or at `publishAt`',
    tags,
    action: siteContentActions.edit,
    params: pageParams,
    body: publishBody,
    response: pageSchema,
    handler: async (ctx, { params, body }) =>
      pageView(await publishContentPage(ctx, params.pageId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/pages/:pageId/unpublish',
    summary: 'Take a page off the website at once (it stays as a draft)',
    tags,
    action: siteContentActions.edit,
    params: pageParams,
    body: versioned,
    response: pageSchema,
    handler: async (ctx, { params, body }) =>
      pageView(await unpublishContentPage(ctx, params.pageId, body.version)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/events',
    summary: 'The calendar’s events in every status, latest start first (keyset pages)',
    tags,
    action: siteContentActions.edit,
    query: cursorQuery,
    response: cursorPageOf(eventSchema),
    handler: async (ctx, { query }) => {
      const page = await listContentEvents(ctx.db, query)
      return { ...page, items: page.items.map(eventView) }
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/events/:eventId',
    summary: 'One event',
    tags,
    action: siteContentActions.edit,
    params: eventParams,
    response: eventSchema,
    handler: async (ctx, { params }) => eventView(await contentEventById(ctx.db, params.eventId)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/events',
    summary: 'Draft an event',
    tags,
    action: siteContentActions.edit,
    body: eventInput,
    response: eventSchema,
    status: 201,
    handler: async (ctx, { body }) => eventView(await createContentEvent(ctx, body)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/site/events/:eventId',
    summary: 'Edit an event (naming the version edited)',
    tags,
    action: siteContentActions.edit,
    params: eventParams,
    body: eventInput.extend(versioned.shape),
    response: eventSchema,
    handler: async (ctx, { params, body }) =>
      eventView(await updateContentEvent(ctx, params.eventId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/events/:eventId/publish',
    summary: 'Publish an event now, or at `publishAt`',
    tags,
    action: siteContentActions.edit,
    params: eventParams,
    body: publishBody,
    response: eventSchema,
    handler: async (ctx, { params, body }) =>
      eventView(await publishContentEvent(ctx, params.eventId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/events/:eventId/unpublish',
    summary: 'Take an event off the website at once',
    tags,
    action: siteContentActions.edit,
    params: eventParams,
    body: versioned,
    response: eventSchema,
    handler: async (ctx, { params, body }) =>
      eventView(await unpublishContentEvent(ctx, params.eventId, body.version)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/feedback',
    summary: 'Feedback from the website, each with its answer due date (14 days, Act 306/2019)',
    tags,
    action: siteContentActions.readFeedback,
    query: cursorQuery.extend({ open: z.stringbool().optional() }),
    response: cursorPageOf(feedbackSchema),
    handler: async (ctx, { query }) => {
      const page = await listFeedback(ctx.db, query, ctx.now)
      ctx.audit.touch(
        [],
        page.items.map((f) => f.id),
      )
      return page
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/feedback/:feedbackId',
    summary: 'One feedback item with its due date and answer',
    tags,
    action: siteContentActions.readFeedback,
    params: feedbackParams,
    response: feedbackSchema,
    handler: (ctx, { params }) => feedbackById(ctx, params.feedbackId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/feedback/:feedbackId/answered',
    summary: 'Record the answer given to a feedback item and mark it answered',
    tags,
    action: siteContentActions.answerFeedback,
    params: feedbackParams,
    body: z.object({ answer: z.string().max(4000) }),
    response: feedbackSchema,
    handler: (ctx, { params, body }) => answerFeedback(ctx, params.feedbackId, body.answer),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/stories',
    summary:
      'The career stories in every status, with their publication consent, newest edit first (keyset pages)',
    tags,
    action: siteContentActions.edit,
    query: cursorQuery,
    response: cursorPageOf(storySchema),
    handler: async (ctx, { query }) => {
      const page = await listStories(ctx.db, query)
      const images = await storyImagesOf(
        ctx.db,
        page.items.map((r) => r.id),
      )
      return { ...page, items: page.items.map((r) => storyView(r, images.get(r.id))) }
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/stories/:storyId',
    summary: 'One career story',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    response: storySchema,
    handler: async (ctx, { params }) => storyOut(ctx.db, await storyById(ctx.db, params.storyId)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/stories',
    summary: 'Draft a career story',
    tags,
    action: siteContentActions.edit,
    body: storyInput,
    response: storySchema,
    status: 201,
    handler: async (ctx, { body }) => storyOut(ctx.db, await createStory(ctx, body)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/site/stories/:storyId',
    summary: 'Edit a career story (naming the version edited)',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    body: storyInput.extend(versioned.shape),
    response: storySchema,
    handler: async (ctx, { params, body }) =>
      storyOut(ctx.db, await updateStory(ctx, params.storyId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/stories/:storyId/consent',
    summary: 'Record the person’s consent to the story’s publication',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    body: versioned,
    response: storySchema,
    handler: async (ctx, { params, body }) =>
      storyOut(ctx.db, await recordPublicationConsent(ctx, params.storyId, body.version)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/stories/:storyId/consent/withdraw',
    summary: 'Record the withdrawal of the consent: the story leaves the website at once',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    body: versioned,
    response: storySchema,
    handler: async (ctx, { params, body }) =>
      storyOut(ctx.db, await withdrawPublicationConsent(ctx, params.storyId, body.version)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/stories/:storyId/publish',
    summary: 'Publish a story now or at `publishAt` (only with the consent on record)',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    body: publishBody,
    response: storySchema,
    handler: async (ctx, { params, body }) =>
      storyOut(ctx.db, await publishStory(ctx, params.storyId, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/site/stories/:storyId/unpublish',
    summary: 'Take a story off the website at once',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    body: versioned,
    response: storySchema,
    handler: async (ctx, { params, body }) =>
      storyOut(ctx.db, await unpublishStory(ctx, params.storyId, body.version)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/site/stories/:storyId/image',
    summary:
      'Set the story’s picture (JPEG, PNG or WebP up to 5 MB, base64) with its alt text in every language; it is re-encoded without metadata',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    body: imageInput,
    bodyLimit: Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 16 * 1024,
    response: storySchema,
    handler: async (ctx, { params, body }) => {
      await uploadStoryImage(ctx, params.storyId, body)
      return storyOut(ctx.db, await storyById(ctx.db, params.storyId))
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/site/stories/:storyId/image',
    summary: 'The story’s stored picture (WebP, base64) for the editor’s preview in any status',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    response: z.object({ id: z.string(), data: z.string() }),
    handler: (ctx, { params }) => storyImageForEditor(ctx.db, params.storyId),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/site/stories/:storyId/image',
    summary: 'Remove the story’s picture',
    tags,
    action: siteContentActions.edit,
    params: storyParams,
    response: storySchema,
    handler: async (ctx, { params }) => {
      await removeStoryImage(ctx, params.storyId)
      return storyOut(ctx.db, await storyById(ctx.db, params.storyId))
    },
  }),
]
