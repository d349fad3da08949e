import type { ReactElement } from 'react'
import type { Queryable } from '../platform/db/database'
import type { Locale } from '../shared/enums'
import type { SiteTexts } from './i18n'

/**
 * The public website's parts, as data: its pages, its main navigation and the sources of its
 * sitemap. A module adds its pages by listing them in `pages/index.ts` (the job postings' list
 * and job page plug in there, with an "Open jobs" navigation item and a sitemap source).
 */
export type Lang = Locale

/** What every page is rendered with: the language, its texts and how to link to other pages. */
export interface SiteContext {
  db: Queryable
  lang: Lang
  t: SiteTexts
  now: Date
  /** The query string's single values (GET forms, paging). */
  query: Record<string, string | undefined>
  /** The path of a page in this language (or another). */
  href(pageId: string, params?: Record<string, string>, lang?: Lang): string
  /** The site's own origin, for canonical URLs and feeds. */
  origin: string
}

export interface Crumb {
  label: string
  href: string
}

export interface HeadLink {
  rel: string
  type: string
  href: string
  title: string
}

/** A rendered page's parts; the layout around it is the same everywhere (layout.tsx). */
export interface PageContent {
  title: string
  description: string
  /** Between the front page and this page (the front page itself is always the first). */
  breadcrumbs: Crumb[]
  body: ReactElement
  /** The newest change among the data shown (Last-Modified); null when unknown. */
  lastModified: Date | null
  links?: HeadLink[]
  /** The page's picture for link previews (Open Graph); `url` is a path of this site. */
  image?: { url: string; width: number; height: number; alt: string }
  /** schema.org objects, written as JSON-LD. */
  jsonLd?: object[]
  /** 404 for a page of the site whose record is gone; 410 for one removed for good. */
  status?: number
}

export interface SitePage {
  id: string
  /** The path after the language prefix, per language; `:name` is a parameter. */
  segments: Record<Lang, readonly string[]>
  /**
   * The page, or null when these parameters name nothing here (an unknown municipality): the
   * path is then not the site's — an old app link under `/` goes on to the app.
   */
  render(ctx: SiteContext, params: Record<string, string>): Promise<PageContent | null>
}

export interface NavItem {
  pageId: string
  label: (t: SiteTexts) => string
}

export interface SitemapEntry {
  pageId: string
  params?: Record<string, string>
  lastModified: Date | null
}

/** Lists public pages for /sitemap.xml; every entry is listed in every language. */
export type SitemapSource = (db: Queryable, now: Date) => Promise<SitemapEntry[]>

export interface SiteDefinition {
  pages: readonly SitePage[]
  navigation: readonly NavItem[]
  sitemapSources: readonly SitemapSource[]
}
