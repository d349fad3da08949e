import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { InlineAlert, Paragraph } from 'suomifi-ui-components'
import { surveyApi } from '../../api/survey'
import { isStatus } from '../../api/client'
import { ErrorState, Loading, problemText } from '../../components/AsyncState'
import { PageHeading } from '../../components/PageHeading'
import { useI18n } from '../../i18n/I18nProvider'
import { SurveyForm } from './SurveyForm'

/** The token follows `#` in the e-mailed link: it never reaches a server log or a Referer. */
const tokenOfLink = (): string => decodeURIComponent(window.location.hash.replace(/^#/, ''))

/** The survey through its one-time link, without signing in; in the language it was sent in. */
export function SurveyPage() {
  const { t, setLang } = useI18n()
  const [token] = useState(tokenOfLink)
  const check = useQuery({
    queryKey: ['survey-link', token],
    queryFn: () => surveyApi.check(token),
    enabled: token.length > 0,
    retry: false,
  })
  const locale = check.data?.locale
  useEffect(() => {
    if (locale) setLang(locale)
  }, [locale, setLang])
  const answer = useMutation({
    mutationFn: (body: Parameters<typeof surveyApi.answerByLink>[1]) =>
      surveyApi.answerByLink(token, body),
  })

  if (answer.isSuccess) {
    return (
      <div className="narrow" data-qa="survey-done">
        <PageHeading title={t.survey.thanksTitle} />
        <InlineAlert status="neutral" role="status">
          {t.survey.thanks}
        </InlineAlert>
      </div>
    )
  }
  const gone = check.isError && isStatus(check.error, 410)
  if (gone) {
    return (
      <div className="narrow" data-qa="survey-gone">
        <PageHeading title={t.survey.goneTitle} />
        <Paragraph>{problemText(check.error, t)}</Paragraph>
      </div>
    )
  }
  return (
    <div className="narrow" data-qa="survey-page">
      <PageHeading title={t.survey.title} />
      {!token ? (
        <InlineAlert status="error">{t.survey.noToken}</InlineAlert>
      ) : check.isPending ? (
        <Loading label={t.survey.checking} />
      ) : check.isError ? (
        <ErrorState error={check.error} />
      ) : (
        <>
          <Paragraph mb="m">{t.survey.intro}</Paragraph>
          <SurveyForm
            qa="survey"
            onSubmit={(body) => answer.mutate(body)}
            busy={answer.isPending}
            error={answer.error}
          />
        </>
      )}
    </div>
  )
}
