import { sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import { queryRows } from '../../platform/db/database'
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  statisticOf,
  suppressTable,
  type Disclosed,
} from '../../shared/disclosure-control'
import { endReasons, type EndReason } from '../../shared/enums'
import { surveyQuestions, type SurveyQuestion } from '../../shared/survey'

interface AnswerRow {
  municipality_id: string
  name_fi: string
  name_sv: string
  name_en: string
  end_reason: EndReason
  answers: number
  overall: number | null
  seamless: number | null
  contacts: number | null
  helped: number | null
}

/**
 * The survey's results for one month: answers by municipality (rows) and end reason (columns)
 * with disclosure control, each municipality's mean scores (hidden with its count), and free
 * texts only of municipalities whose answers are shown and number at least the threshold.
 */
export async function surveyResults(
  ctx: Ctx,
  period: string,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
) {
  const rows = await queryRows<AnswerRow>(
    ctx.db,
    sql`select a.municipality_id, m.name_fi, m.name_sv, m.name_en, a.end_reason,
          count(*)::int as answers,
          avg(a.overall)::float as overall, avg(a.seamless)::float as seamless,
          avg(a.contacts)::float as contacts, avg(a.helped)::float as helped
        from survey_answer a join municipality m on m.id = a.municipality_id
        where a.period = ${period}::date
        group by a.municipality_id, m.name_fi, m.name_sv, m.name_en, a.end_reason
        order by m.name_fi, a.municipality_id`,
  )
  const means = await queryRows<
    { municipality_id: string } & Record<SurveyQuestion, number | null>
  >(
    ctx.db,
    sql`select municipality_id, avg(overall)::float as overall, avg(seamless)::float as seamless,
          avg(contacts)::float as contacts, avg(helped)::float as helped
        from survey_answer where period = ${period}::date group by municipality_id`,
  )
  const municipalities = [...new Map(rows.map((r) => [r.municipality_id, r])).values()]
  const cells = municipalities.map((m) =>
    endReasons.map(
      (reason) =>
        rows.find((r) => r.municipality_id === m.municipality_id && r.end_reason === reason)
          ?.answers ?? 0,
    ),
  )
  const derived = municipalities.flatMap((m, row) => {
    const mean = means.find((x) => x.municipality_id === m.municipality_id)
    return surveyQuestions.map((q) => statisticOf({ kind: 'rowTotal', row }, mean?.[q] ?? 0))
  })
  const disclosed = suppressTable({ cells, derived }, { threshold })
  const texts = await queryRows<{ municipality_id: string; free_text: string }>(
    ctx.db,
    sql`select municipality_id, free_text from survey_answer
        where period = ${period}::date and free_text is not null order by id`,
  )
  return {
    period,
    threshold,
    endReasons: [...endReasons],
    rows: municipalities.map((m, row) => {
      const total = disclosed.rowTotals[row]!
      const showTexts = !total.suppressed && total.value >= threshold
      return {
        municipality: {
          id: m.municipality_id,
          name: { fi: m.name_fi, sv: m.name_sv, en: m.name_en },
        },
        byEndReason: disclosed.cells[row]!,
        total,
        // A question nobody answered has no mean at all.
        means: Object.fromEntries(
          surveyQuestions.map((q, k) => [
            q,
            means.find((x) => x.municipality_id === m.municipality_id)?.[q] == null
              ? null
              : disclosed.derived[row * surveyQuestions.length + k]!,
          ]),
        ) as Record<SurveyQuestion, Disclosed | null>,
        freeTexts: showTexts
          ? texts.filter((t) => t.municipality_id === m.municipality_id).map((t) => t.free_text)
          : null,
      }
    }),
    columnTotals: disclosed.columnTotals,
    grandTotal: disclosed.grandTotal,
  }
}
