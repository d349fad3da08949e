import type { Queryable } from '../../platform/db/database'
import type { FieldProblem } from '../../platform/errors'
import { conceptsByUri, type Concept } from '../classification/classification'
import type { ProfileContent } from './content'

/** What kind of concept each reference of a profile must name. */
type Need = 'skill' | 'certificate' | 'occupation'

interface Reference {
  path: string
  uri: string
  need: Need
}

function fits(concept: Concept | undefined, need: Need): boolean {
  if (!concept) return false
  if (need === 'occupation') return concept.type === 'occupation'
  if (need === 'certificate') return concept.skillType === 'certificate'
  return concept.type === 'skill'
}

export function referencesOf(content: ProfileContent, prefix: string): Reference[] {
  return [
    ...content.skills.flatMap((s, i) =>
      s.conceptUri
        ? [{ path: `${prefix}.skills.${i}.conceptUri`, uri: s.conceptUri, need: 'skill' as const }]
        : [],
    ),
    ...content.workExperience.flatMap((w, i) =>
      w.occupationUri
        ? [
            {
              path: `${prefix}.workExperience.${i}.occupationUri`,
              uri: w.occupationUri,
              need: 'occupation' as const,
            },
          ]
        : [],
    ),
    ...content.certificates.map((c, i) => ({
      path: `${prefix}.certificates.${i}.conceptUri`,
      uri: c.conceptUri,
      need: 'certificate' as const,
    })),
    ...content.wishedOccupations.map((uri, i) => ({
      path: `${prefix}.wishedOccupations.${i}`,
      uri,
      need: 'occupation' as const,
    })),
  ]
}

/** The references that name no concept of the kind they need, as field problems. */
export async function referenceProblems(
  db: Queryable,
  references: readonly Reference[],
): Promise<FieldProblem[]> {
  const concepts = await conceptsByUri(
    db,
    references.map((r) => r.uri),
  )
  return references
    .filter((r) => !fits(concepts.get(r.uri), r.need))
    .map((r) => ({
      field: r.path,
      code: 'unknown_reference' as const,
      message: `No ${r.need} concept ${r.uri} in the classification`,
      params: { expected: r.need },
    }))
}

/** Every concept URI a profile names, for labels in the reader's language. */
export function urisOf(content: ProfileContent): string[] {
  return referencesOf(content, '').map((r) => r.uri)
}
