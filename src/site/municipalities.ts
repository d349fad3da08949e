import { programmeMunicipalities } from '../domain/organisations/organisations'
import type { Queryable } from '../platform/db/database'
import { slugOf } from './paths'

export type SiteMunicipality = Awaited<ReturnType<typeof siteMunicipalities>>[number]

/** The programme municipalities, each with the slug of its page (`/oulu`, `/sv/oulu`). */
export async function siteMunicipalities(db: Queryable) {
  const rows = await programmeMunicipalities(db)
  return rows.map((m) => ({ ...m, slug: slugOf(m.name.fi) }))
}

export async function municipalityBySlug(db: Queryable, slug: string) {
  return (await siteMunicipalities(db)).find((m) => m.slug === slug) ?? null
}

/** The newest of some times (Last-Modified of a page built from several records). */
export function newest(...times: (Date | string | null | undefined)[]): Date | null {
  let best: number | null = null
  for (const t of times) {
    if (!t) continue
    const ms = new Date(t).getTime()
    if (best === null || ms > best) best = ms
  }
  return best === null ? null : new Date(best)
}
