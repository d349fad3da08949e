import { useState } from 'react'
import type { FormEvent } from 'react'
import { InlineAlert, RadioButton, RadioButtonGroup } from 'suomifi-ui-components'
import { problemText } from '../../components/AsyncState'
import { BusyButton } from '../../components/BusyButton'
import { TextAreaField } from '../../components/FormFields'
import { useI18n } from '../../i18n/I18nProvider'
import {
  surveyQuestions,
  type SurveyAnswerBody,
  type SurveyQuestion,
} from '../../../src/shared/survey'

type Scores = Record<SurveyQuestion, number | null>
const noScores: Scores = { overall: null, seamless: null, contacts: null, helped: null }

/** The survey's questions (1–5, each may be skipped) and free text; shared by link and own view. */
export function SurveyForm({
  onSubmit,
  busy,
  error,
  qa,
}: {
  onSubmit: (answer: SurveyAnswerBody) => void
  busy: boolean
  error: unknown
  qa: string
}) {
  const { t } = useI18n()
  const [scores, setScores] = useState<Scores>(noScores)
  const [freeText, setFreeText] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit({ scores, freeText: freeText.trim() ? freeText.trim() : null })
  }
  return (
    <form className="form" noValidate onSubmit={submit} data-qa={qa}>
      {error ? (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(error, t)}
        </InlineAlert>
      ) : null}
      {surveyQuestions.map((q) => (
        <RadioButtonGroup
          key={q}
          labelText={t.survey.questions[q]}
          name={`${qa}-${q}`}
          id={`${qa}-${q}`}
          value={scores[q] === null ? '' : String(scores[q])}
          onChange={(v) => setScores((cur) => ({ ...cur, [q]: Number(v) }))}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <RadioButton
              key={n}
              value={String(n)}
              id={`${qa}-${q}-${n}`}
              data-qa={`${qa}-${q}-${n}`}
            >
              {t.survey.scale(n)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ))}
      <TextAreaField
        label={t.survey.freeText}
        hint={t.survey.freeTextHint}
        value={freeText}
        onChange={setFreeText}
        maxLength={2000}
        qa={`${qa}-free-text`}
        rows={4}
      />
      <BusyButton type="submit" busy={busy} busyText={t.survey.submitting} qa={`${qa}-submit`}>
        {t.survey.submit}
      </BusyButton>
    </form>
  )
}
