import { call, client } from './client'
import type { components } from './schema'

export type ContentPage = components['schemas']['ContentPage']
export type ContentEvent = components['schemas']['ContentEvent']
export type CareerStory = components['schemas']['CareerStory']
export type ContentPageInput = Pick<ContentPage, 'kind' | 'municipalityId' | 'title' | 'body'>
export type ContentEventInput = Omit<
  ContentEvent,
  'id' | 'status' | 'publishAt' | 'version' | 'updatedAt'
>
export type CareerStoryInput = Pick<CareerStory, 'municipalityId' | 'title' | 'body'>
export type StoryImageInput = { data: string; alt: CareerStory['title'] }

const inPage = (pageId: string) => ({ params: { path: { pageId } } })
const inEvent = (eventId: string) => ({ params: { path: { eventId } } })
const inStory = (storyId: string) => ({ params: { path: { storyId } } })
const page = (after: string | null) => ({
  params: { query: { limit: 20, after: after ?? undefined } },
})

/** The public website's content, as its editors keep it. */
export const siteContentApi = {
  municipalities: () => call(client.GET('/api/v1/site/municipalities')),
  pages: () => call(client.GET('/api/v1/site/pages')),
  page: (pageId: string) => call(client.GET('/api/v1/site/pages/{pageId}', inPage(pageId))),
  createPage: (body: ContentPageInput) => call(client.POST('/api/v1/site/pages', { body })),
  updatePage: (pageId: string, body: ContentPageInput & { version: number }) =>
    call(client.PUT('/api/v1/site/pages/{pageId}', { ...inPage(pageId), body })),
  publishPage: (p: ContentPage, publishAt: string | null) =>
    call(
      client.POST('/api/v1/site/pages/{pageId}/publish', {
        ...inPage(p.id),
        body: { version: p.version, publishAt },
      }),
    ),
  unpublishPage: (p: ContentPage) =>
    call(
      client.POST('/api/v1/site/pages/{pageId}/unpublish', {
        ...inPage(p.id),
        body: { version: p.version },
      }),
    ),
  events: (after: string | null) => call(client.GET('/api/v1/site/events', page(after))),
  event: (eventId: string) => call(client.GET('/api/v1/site/events/{eventId}', inEvent(eventId))),
  createEvent: (body: ContentEventInput) => call(client.POST('/api/v1/site/events', { body })),
  updateEvent: (eventId: string, body: ContentEventInput & { version: number }) =>
    call(client.PUT('/api/v1/site/events/{eventId}', { ...inEvent(eventId), body })),
  publishEvent: (e: ContentEvent, publishAt: string | null = null) =>
    call(
      client.POST('/api/v1/site/events/{eventId}/publish', {
        ...inEvent(e.id),
        body: { version: e.version, publishAt },
      }),
    ),
  unpublishEvent: (e: ContentEvent) =>
    call(
      client.POST('/api/v1/site/events/{eventId}/unpublish', {
        ...inEvent(e.id),
        body: { version: e.version },
      }),
    ),
  stories: (after: string | null) => call(client.GET('/api/v1/site/stories', page(after))),
  story: (storyId: string) => call(client.GET('/api/v1/site/stories/{storyId}', inStory(storyId))),
  createStory: (body: CareerStoryInput) => call(client.POST('/api/v1/site/stories', { body })),
  updateStory: (storyId: string, body: CareerStoryInput & { version: number }) =>
    call(client.PUT('/api/v1/site/stories/{storyId}', { ...inStory(storyId), body })),
  recordStoryConsent: (s: CareerStory) =>
    call(
      client.POST('/api/v1/site/stories/{storyId}/consent', {
        ...inStory(s.id),
        body: { version: s.version },
      }),
    ),
  withdrawStoryConsent: (s: CareerStory) =>
    call(
      client.POST('/api/v1/site/stories/{storyId}/consent/withdraw', {
        ...inStory(s.id),
        body: { version: s.version },
      }),
    ),
  publishStory: (s: CareerStory, publishAt: string | null) =>
    call(
      client.POST('/api/v1/site/stories/{storyId}/publish', {
        ...inStory(s.id),
        body: { version: s.version, publishAt },
      }),
    ),
  unpublishStory: (s: CareerStory) =>
    call(
      client.POST('/api/v1/site/stories/{storyId}/unpublish', {
        ...inStory(s.id),
        body: { version: s.version },
      }),
    ),
  storyImage: (storyId: string) =>
    call(client.GET('/api/v1/site/stories/{storyId}/image', inStory(storyId))),
  uploadStoryImage: (storyId: string, body: StoryImageInput) =>
    call(client.PUT('/api/v1/site/stories/{storyId}/image', { ...inStory(storyId), body })),
  removeStoryImage: (storyId: string) =>
    call(client.DELETE('/api/v1/site/stories/{storyId}/image', inStory(storyId))),
  preview: (markdown: string) => call(client.POST('/api/v1/site/preview', { body: { markdown } })),
}
