import { z } from 'zod'

/** The satisfaction survey's questions, each answered on a scale of 1 (poor) to 5 (very good). */
export const surveyQuestions = ['overall', 'seamless', 'contacts', 'helped'] as const
export type SurveyQuestion = (typeof surveyQuestions)[number]

/** The survey link's token: what follows `#` in the e-mailed link. */
export const surveyToken = z.string().min(20).max(200)

const score = z.number().int().min(1).max(5)

/** One answer; every question may be skipped. The server and the survey form share it. */
export const surveyAnswerBody = z.strictObject({
  scores: z.strictObject({
    overall: score.nullable(),
    seamless: score.nullable(),
    contacts: score.nullable(),
    helped: score.nullable(),
  }),
  freeText: z.string().trim().max(2000).nullable(),
})
export type SurveyAnswerBody = z.infer<typeof surveyAnswerBody>
