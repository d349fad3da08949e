import { locales } from '../shared/enums'
import type { Lang, SitePage } from './registry'

/** Finnish is at the root; Swedish and English under their codes (`/sv/`, `/en/`). */
export const langPrefix = (lang: Lang): string => (lang === 'fi' ? '' : `/${lang}`)

export function pagePath(page: SitePage, lang: Lang, params: Record<string, string> = {}): string {
  const segments = page.segments[lang].map((s) =>
    s.startsWith(':') ? encodeURIComponent(params[s.slice(1)] ?? '') : s,
  )
  if (segments.length === 0) return `${langPrefix(lang)}/`
  return `${langPrefix(lang)}/${segments.join('/')}`
}

/** The language and the segments of a path, without the query string. */
export function splitPath(url: string): { lang: Lang; segments: string[] } {
  const pathname = url.split('?')[0] ?? '/'
  const parts = pathname.split('/').filter((s) => s !== '')
  const first = parts[0]
  const lang = locales.find((l) => l !== 'fi' && l === first)
  return lang ? { lang, segments: parts.slice(1) } : { lang: 'fi', segments: parts }
}

/** The pages whose pattern fits the segments, in the registry's order, with their parameters. */
export function matchPages(
  pages: readonly SitePage[],
  lang: Lang,
  segments: readonly string[],
): { page: SitePage; params: Record<string, string> }[] {
  const found: { page: SitePage; params: Record<string, string> }[] = []
  for (const page of pages) {
    const pattern = page.segments[lang]
    if (pattern.length !== segments.length) continue
    const params: Record<string, string> = {}
    let fits = true
    for (const [i, p] of pattern.entries()) {
      const s = segments[i]!
      if (p.startsWith(':')) {
        try {
          params[p.slice(1)] = decodeURIComponent(s)
        } catch {
          fits = false
        }
      } else if (p !== s) fits = false
      if (!fits) break
    }
    if (fits) found.push({ page, params })
  }
  return found
}

/** A municipality's part of the site's paths: `Pudasjärvi` → `pudasjarvi`. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
