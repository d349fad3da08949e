import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { APP_PATH, publicUrl, type Config } from '../platform/config'
import type { Clock } from '../platform/context'
import type { Db } from '../platform/db/database'
import { locales } from '../shared/enums'
import fastifyFormbody from '@fastify/formbody'
import { publicEventById, publicEvents } from '../domain/site/content'
import { receiveFeedback } from '../domain/site/feedback'
import { publicStoryImage } from '../domain/site/story-images'
import { sendProblem } from '../platform/http/problems'
import { calendarOf } from './calendar'
import { IMMUTABLE_CACHE_CONTROL, prepare, sendCacheable } from './http'
import { PageCache, siteContentVersion } from './page-cache'
import { municipalityBySlug } from './municipalities'
import { siteTexts } from './i18n'
import { registerJobForm } from './job-form'
import { renderDocument, type Alternates } from './layout'
import { matchPages, pagePath, splitPath } from './paths'
import { site as defaultSite } from './pages'
import { notFoundContent } from './pages/services'
import type { Lang, SiteContext, SiteDefinition, SitePage } from './registry'
import { sitemapXml } from './sitemap'
import { stylesheet, stylesheetPath } from './stylesheet'

export interface SiteDeps {
  config: Config
  db: Db
  clock: Clock
  site?: SiteDefinition
  /** Rendered pages kept by this process; a fresh one per app unless given. */
  pageCache?: PageCache
}

const firstValues = (query: unknown): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).map(([k, v]) => [
      k,
      Array.isArray(v) ? String(v[0] as string) : typeof v === 'string' ? v : undefined,
    ]),
  )

/** Builds the context a page renders with; `href` finds pages by id in the same registry. */
export function siteContext(
  deps: SiteDeps,
  definition: SiteDefinition,
  lang: Lang,
  query: Record<string, string | undefined>,
): SiteContext {
  const byId = new Map(definition.pages.map((p) => [p.id, p]))
  return {
    db: deps.db,
    lang,
    t: siteTexts[lang],
    now: deps.clock(),
    query,
    origin: publicUrl(deps.config),
    href: (pageId, params, other) => {
      const page = byId.get(pageId)
      if (!page) throw new Error(`No site page ${pageId}`)
      return pagePath(page, other ?? lang, params)
    },
  }
}

const alternatesOf = (page: SitePage, params: Record<string, string>): Alternates =>
  Object.fromEntries(locales.map((l) => [l, pagePath(page, l, params)])) as Alternates

/**
 * The public website (docs/public-website.md): its pages at `/`, `/sv/` and `/en/`, its
 * stylesheet, robots.txt and sitemap.xml. A GET for any other path outside `/api/` and `/app/`
 * is an old app link: it goes on to the app under `/app`, query string and all.
 */
export function registerSite(
  app: FastifyInstance,
  deps: SiteDeps,
): (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> {
  const definition = deps.site ?? defaultSite
  const origin = publicUrl(deps.config)

  app.get(stylesheetPath, { schema: { hide: true } }, (req, reply) =>
    sendCacheable(req, reply, {
      contentType: 'text/css; charset=utf-8',
      body: stylesheet,
      lastModified: null,
      cacheControl: IMMUTABLE_CACHE_CONTROL,
    }),
  )
  app.get('/robots.txt', { schema: { hide: true } }, (req, reply) =>
    sendCacheable(req, reply, {
      contentType: 'text/plain; charset=utf-8',
      body: `User-agent: *\nDisallow: ${APP_PATH}/\nDisallow: /api/v1/\nSitemap: ${origin}/sitemap.xml\n`,
      lastModified: null,
    }),
  )
  app.get('/sitemap.xml', { schema: { hide: true } }, async (req, reply) => {
    const ctx = siteContext(deps, definition, 'fi', {})
    return sendCacheable(req, reply, {
      contentType: 'application/xml; charset=utf-8',
      body: await sitemapXml(ctx, definition),
      lastModified: null,
    })
  })

  const langOf = (query: unknown): Lang => {
    const l = firstValues(query).lang
    return locales.find((x) => x === l) ?? 'fi'
  }
  const sendCalendar = (req: FastifyRequest, reply: FastifyReply, body: string) =>
    sendCacheable(req, reply, {
      contentType: 'text/calendar; charset=utf-8',
      body,
      lastModified: null,
    })
  app.get('/feeds/:municipality.ics', { schema: { hide: true } }, async (req, reply) => {
    const { municipality: slug } = req.params as { municipality: string }
    const m = await municipalityBySlug(deps.db, slug)
    if (!m) return sendProblem(req, reply, 404, 'No such calendar.')
    const lang = langOf(req.query)
    const ctx = siteContext(deps, definition, lang, {})
    const events = await publicEvents(deps.db, { municipalityId: m.id, now: ctx.now, limit: 500 })
    const urlOf = (e: { id: string }) => `${origin}${ctx.href('event', { event: e.id })}`
    const name = `${ctx.t.events}: ${m.name[lang]}`
    return sendCalendar(req, reply, calendarOf(name, lang, events, urlOf, ctx.now))
  })
  app.get('/feeds/events/:event.ics', { schema: { hide: true } }, async (req, reply) => {
    const { event: id } = req.params as { event: string }
    const lang = langOf(req.query)
    const ctx = siteContext(deps, definition, lang, {})
    const e = /^[0-9a-f-]{36}$/.test(id) ? await publicEventById(deps.db, id, ctx.now) : null
    if (!e) return sendProblem(req, reply, 404, 'No such calendar.')
    const urlOf = () => `${origin}${ctx.href('event', { event: e.id })}`
    return sendCalendar(req, reply, calendarOf(e.title[lang], lang, [e], urlOf, ctx.now))
  })

  // A story's picture, served only while its story is public, cached like the pages (a minute),
  // so that a withdrawn consent takes it off the web as soon as the story.
  app.get('/media/story-images/:image.webp', { schema: { hide: true } }, async (req, reply) => {
    const { image: id } = req.params as { image: string }
    const row = /^[0-9a-f-]{36}$/.test(id)
      ? await publicStoryImage(deps.db, id, deps.clock())
      : null
    if (!row) return sendProblem(req, reply, 404, 'No such image.')
    return sendCacheable(req, reply, {
      contentType: row.contentType,
      body: row.data,
      lastModified: row.updatedAt,
    })
  })

  // The feedback form posts as a plain form: the parser is for these routes only.
  void app.register(async (scope) => {
    await scope.register(fastifyFormbody, { bodyLimit: 16 * 1024 })
    const feedback = definition.pages.find((p) => p.id === 'feedback')!
    for (const lang of locales) {
      const path = pagePath(feedback, lang)
      scope.post(path, { schema: { hide: true } }, async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>
        const field = (k: string) => (typeof body[k] === 'string' ? body[k] : '')
        if (field('message').trim() === '') return reply.redirect(`${path}?missing=1`, 303)
        await receiveFeedback(
          deps.db,
          { message: field('message'), page: field('page'), contact: field('contact'), lang },
          deps.clock(),
        )
        return reply.redirect(`${path}?sent=1`, 303)
      })
    }
    registerJobForm(scope, {
      deps,
      definition,
      context: (lang, query) => siteContext(deps, definition, lang, query),
    })
  })

  const cache = deps.pageCache ?? new PageCache()
  const renderPath = async (req: FastifyRequest, reply: FastifyReply) => {
    // Asked first, so that a page rendered after it shows at least what this version holds.
    const version = await siteContentVersion(deps.db)
    const now = deps.clock()
    const kept = cache.get(req.url, version, now)
    if (kept) return sendCacheable(req, reply, kept)
    const { lang, segments } = splitPath(req.url)
    const query = firstValues(req.query)
    const ctx = { ...siteContext(deps, definition, lang, query), now }
    for (const { page, params } of matchPages(definition.pages, lang, segments)) {
      const content = await page.render(ctx, params)
      if (!content) continue
      const alternates = alternatesOf(page, params)
      const html = renderDocument({
        ctx,
        content,
        pageId: page.id,
        alternates,
        canonical: `${origin}${alternates[lang]}`,
        navigation: definition.navigation,
      })
      const prepared = prepare({
        status: content.status ?? 200,
        contentType: 'text/html; charset=utf-8',
        body: html,
        lastModified: content.lastModified,
        language: lang,
      })
      cache.set(req.url, version, now, prepared)
      return sendCacheable(req, reply, prepared)
    }
    return null
  }

  // Answers the GETs no route took (the server's not-found handler calls it), so that the API's
  // own answers to bad paths (414 for an over-long id) stay the router's.
  return async (req, reply) => {
    const sent = await renderPath(req, reply)
    if (sent) return sent
    const { lang } = splitPath(req.url)
    if (lang === 'fi') {
      // Not the site's: an app link from before the app moved under /app.
      return reply.redirect(`${APP_PATH}${req.url}`, 302)
    }
    const ctx = siteContext(deps, definition, lang, {})
    const front = definition.pages.find((p) => p.id === 'front')!
    const alternates = alternatesOf(front, {})
    return sendCacheable(req, reply, {
      status: 404,
      contentType: 'text/html; charset=utf-8',
      body: renderDocument({
        ctx,
        content: notFoundContent(ctx),
        pageId: 'not-found',
        alternates,
        canonical: `${origin}${alternates[lang]}`,
        navigation: definition.navigation,
      }),
      lastModified: null,
      language: lang,
    })
  }
}
