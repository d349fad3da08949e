import { z } from 'zod'
import { anySignedIn, defineRoleAction } from '../../platform/access'
import { defineRoute } from '../../platform/http/route'
import { conceptTypes, locales, reuseLevels, skillTypes } from '../../shared/enums'
import { searchConcepts } from './classification'

export const classificationActions = {
  /** The classification is public knowledge; any signed-in user may look concepts up. */
  read: defineRoleAction('classification.read', anySignedIn),
}

export const conceptSchema = z
  .object({
    uri: z.string(),
    type: z.enum(conceptTypes),
    skillType: z.enum(skillTypes).nullable(),
    reuseLevel: z.enum(reuseLevels).nullable(),
    label: z.string(),
    labels: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
    altLabels: z.array(z.string()),
  })
  .meta({ id: 'ClassificationConcept' })

export const classificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/classification/concepts',
    summary:
      'Skills and occupations by label in Finnish, Swedish or English (prefixes and misspellings match)',
    tags: ['classification'],
    action: classificationActions.read,
    query: z.object({
      q: z.string().max(100).optional(),
      type: z.enum(conceptTypes).optional(),
      skillType: z.enum(skillTypes).optional(),
      lang: z.enum(locales).default('fi'),
      limit: z.coerce.number().int().min(1).max(50).default(20),
    }),
    response: z.object({ items: z.array(conceptSchema) }),
    handler: async (ctx, { query }) => ({ items: await searchConcepts(ctx.db, query) }),
  }),
]
