import { call, client } from './client'
import type { components } from './schema'

export type ContentPage = components['schemas']['ContentPage']
export type ContentEvent = components['schemas']['ContentEvent']
export type ContentPageInput = Pick<ContentPage, 'kind' | 'municipalityId' | 'title' | 'body'>

const inPage = (pageId: string) => ({ params: { path: { pageId } } })
const inEvent = (eventId: string) => ({ params: { path: { eventId } } })

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
  events: () => call(client.GET('/api/v1/site/events')),
  publishEvent: (e: ContentEvent) =>
    call(
      client.POST('/api/v1/site/events/{eventId}/publish', {
        ...inEvent(e.id),
        body: { version: e.version },
      }),
    ),
  unpublishEvent: (e: ContentEvent) =>
    call(
      client.POST('/api/v1/site/events/{eventId}/unpublish', {
        ...inEvent(e.id),
        body: { version: e.version },
      }),
    ),
  preview: (markdown: string) => call(client.POST('/api/v1/site/preview', { body: { markdown } })),
}
