import { desc, eq } from 'drizzle-orm'
import type { JobQueue } from '../../platform/background/background'
import type { Queryable } from '../../platform/db/database'
import type { CefrLevel, CompetenceQualificationLevel } from '../../shared/enums'
import { conceptsByUri } from '../classification/classification'
import { competenceProfileVersion } from './schema'

/**
 * What the matching engine reads of a profile (docs/competence.md): facts of the current version,
 * as URIs and codes. It checks no access: the caller is the matching job (a system actor) or a
 * route that has authorized the read already.
 */
export interface CompetenceFacts {
  /** Skills named by a concept (certificates excluded: see certificateUris). */
  skillUris: string[]
  /**
   * Those of `skillUris` whose concept is transversal (ESCO reuse level `transversal`: customer
   * service, teamwork…). Matching counts them in the score but does not let them alone make a job
   * a candidate (docs/job-feed.md, "Matching").
   */
  transversalSkillUris: string[]
  /** Wished occupations. */
  occupationUris: string[]
  municipalityCodes: string[]
  languages: { code: string; cefr: CefrLevel }[]
  /** Driving licences and cards: concepts of skill type `certificate`, from both sections. */
  certificateUris: string[]
  qualifications: { level: CompetenceQualificationLevel; field: string }[]
}

export async function competenceFacts(db: Queryable, customerId: string): Promise<CompetenceFacts> {
  const [row] = await db
    .select({ content: competenceProfileVersion.content })
    .from(competenceProfileVersion)
    .where(eq(competenceProfileVersion.customerId, customerId))
    .orderBy(desc(competenceProfileVersion.version))
    .limit(1)
  const empty: CompetenceFacts = {
    skillUris: [],
    transversalSkillUris: [],
    occupationUris: [],
    municipalityCodes: [],
    languages: [],
    certificateUris: [],
    qualifications: [],
  }
  if (!row) return empty
  const c = row.content
  const skillUris = [...new Set(c.skills.flatMap((s) => (s.conceptUri ? [s.conceptUri] : [])))]
  // A card entered as a skill is still a card to an employer who requires it.
  const concepts = await conceptsByUri(db, skillUris)
  const isCertificate = (uri: string) => concepts.get(uri)?.skillType === 'certificate'
  return {
    skillUris: skillUris.filter((u) => !isCertificate(u)),
    transversalSkillUris: skillUris.filter(
      (u) => !isCertificate(u) && concepts.get(u)?.reuseLevel === 'transversal',
    ),
    occupationUris: [...new Set(c.wishedOccupations)],
    municipalityCodes: [...new Set(c.wishedMunicipalities)],
    languages: c.languages.map((l) => ({ code: l.code, cefr: l.cefr })),
    certificateUris: [
      ...new Set([...c.certificates.map((x) => x.conceptUri), ...skillUris.filter(isCertificate)]),
    ],
    qualifications: c.qualifications.map((q) => ({ level: q.level, field: q.field })),
  }
}

/**
 * Called after every save of a profile, inside the saving transaction (`db` is that
 * transaction): the place where matching is told to recompute. A listener that throws undoes the
 * save, so a listener should enqueue work rather than do it — through `queue` on `db`, so that the
 * job exists exactly when the save commits (`queue` is absent where no background jobs run).
 */
export type ProfileChangedListener = (
  db: Queryable,
  customerId: string,
  queue: JobQueue | undefined,
) => Promise<void> | void

export const profileChangedListeners: ProfileChangedListener[] = []

export async function onProfileChanged(
  db: Queryable,
  customerId: string,
  queue: JobQueue | undefined,
): Promise<void> {
  for (const listener of profileChangedListeners) await listener(db, customerId, queue)
}
