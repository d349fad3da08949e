import { locales } from '../shared/enums'
import { pagePath } from './paths'
import type { SiteContext, SiteDefinition } from './registry'

const escapeXml = (s: string): string =>
  s.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  )

/**
 * Every public page in every language (sitemaps.org), each with its alternates in the other
 * languages (`xhtml:link rel="alternate" hreflang`), so that search engines pair them.
 */
export async function sitemapXml(ctx: SiteContext, definition: SiteDefinition): Promise<string> {
  const byId = new Map(definition.pages.map((p) => [p.id, p]))
  const entries = (
    await Promise.all(definition.sitemapSources.map((source) => source(ctx.db, ctx.now)))
  ).flat()
  const urls: string[] = []
  for (const e of entries) {
    const page = byId.get(e.pageId)
    if (!page) continue
    const hrefs = locales.map((l) => [l, `${ctx.origin}${pagePath(page, l, e.params)}`] as const)
    const alternates = hrefs
      .map(([l, h]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(h)}"/>`)
      .join('')
    const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ''
    for (const [, href] of hrefs) {
      urls.push(`<url><loc>${escapeXml(href)}</loc>${lastmod}${alternates}</url>`)
    }
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  )
}
