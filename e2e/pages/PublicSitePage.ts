import type { Page } from 'playwright-core'

/** A page of the public website (server-rendered; works without JavaScript). */
export class PublicSitePage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<number> {
    const res = await this.page.goto(path)
    return res?.status() ?? 0
  }

  heading() {
    return this.page.locator('main h1')
  }
  languageLink(lang: 'fi' | 'sv' | 'en') {
    return this.page.locator(`.langs a[hreflang="${lang}"]`)
  }
  skipLink() {
    return this.page.locator('a.skip')
  }
  signInLink() {
    return this.page.locator('a.sign-in[href="/app/"]')
  }
}

/** Every path the sitemap lists (its URLs carry the server's public address). */
export async function sitemapPaths(page: Page, baseUrl: string): Promise<string[]> {
  const res = await page.request.get(`${baseUrl}/sitemap.xml`)
  const xml = await res.text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}
