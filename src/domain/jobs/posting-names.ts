import { inArray } from 'drizzle-orm'
import type { Queryable } from '../../platform/db/database'
import { conceptsByUri } from '../classification/classification'
import { municipality } from '../organisations/schema'
import type { PresentedPosting } from './postings'

type Names = { fi: string; sv: string; en: string }

/**
 * Postings with their municipality's and occupation's names in every language, read for the
 * whole list in two queries. A code or URI that names nothing known gets null, and the page
 * shows the code itself.
 */
export async function namePostings<T extends PresentedPosting>(
  db: Queryable,
  postings: readonly T[],
): Promise<(T & { municipalityName: Names | null; occupationLabel: Names | null })[]> {
  const codes = [...new Set(postings.map((p) => p.municipalityCode))]
  const uris = postings.flatMap((p) => (p.occupationUri ? [p.occupationUri] : []))
  const [places, concepts] = await Promise.all([
    codes.length === 0
      ? []
      : db
          .select({
            code: municipality.code,
            fi: municipality.nameFi,
            sv: municipality.nameSv,
            en: municipality.nameEn,
          })
          .from(municipality)
          .where(inArray(municipality.code, codes)),
    conceptsByUri(db, uris),
  ])
  const placeByCode = new Map(places.map(({ code, ...names }) => [code, names]))
  return postings.map((p) => ({
    ...p,
    municipalityName: placeByCode.get(p.municipalityCode) ?? null,
    occupationLabel: (p.occupationUri && concepts.get(p.occupationUri)?.labels) || null,
  }))
}

/** One posting with its names. */
export async function namePosting<T extends PresentedPosting>(db: Queryable, posting: T) {
  const [named] = await namePostings(db, [posting])
  return named!
}

/** Items that hold a posting as `job`, each posting with its names. */
export async function nameJobsOf<T extends { job: PresentedPosting }>(
  db: Queryable,
  items: readonly T[],
) {
  const jobs = await namePostings(
    db,
    items.map((i) => i.job),
  )
  return items.map((item, i) => ({ ...item, job: jobs[i]! }))
}
