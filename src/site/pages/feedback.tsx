import type { SitePage } from '../registry'

/** The feedback form of the accessibility statement; it posts as a plain form (no JavaScript). */
export const feedbackPage: SitePage = {
  id: 'feedback',
  segments: { fi: ['palaute'], sv: ['respons'], en: ['feedback'] },
  render: (ctx) => {
    const { t } = ctx
    return Promise.resolve({
      title: t.feedback,
      description: t.feedbackLead,
      breadcrumbs: [],
      lastModified: null,
      body: (
        <>
          <h1>{t.feedback}</h1>
          {ctx.query.sent === '1' ? (
            <p className="notice" role="status" data-qa="feedback-sent">
              {t.feedbackThanks}
            </p>
          ) : null}
          {ctx.query.missing === '1' ? (
            <p className="error" role="alert" id="feedback-error">
              {t.feedbackMissing}
            </p>
          ) : null}
          <p>{t.feedbackLead}</p>
          <form method="post" action={ctx.href('feedback')} data-qa="feedback-form">
            <label htmlFor="feedback-message">{t.feedbackMessage}</label>
            <textarea id="feedback-message" name="message" rows={6} required maxLength={4000} />
            <label htmlFor="feedback-page">{t.feedbackAbout}</label>
            <input id="feedback-page" name="page" type="text" maxLength={500} />
            <label htmlFor="feedback-contact">{t.feedbackContact}</label>
            <input id="feedback-contact" name="contact" type="text" maxLength={200} />
            <button type="submit">{t.feedbackSend}</button>
          </form>
        </>
      ),
    })
  },
}
