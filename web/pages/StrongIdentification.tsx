import { useMutation, useQuery } from '@tanstack/react-query'
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { api } from '../api/endpoints'
import { problemText } from '../components/AsyncState'
import { BusyButton } from '../components/BusyButton'
import { useI18n } from '../i18n/I18nProvider'

/**
 * The way in for young people where an identification service (Suomi.fi e-Identification, or
 * the demo's local one) is configured: the browser goes there and comes back to /signin/callback.
 */
export function StrongIdentification() {
  const { t, lang } = useI18n()
  const methods = useQuery({ queryKey: ['sign-in-methods'], queryFn: api.signInMethods })
  const start = useMutation({
    mutationFn: () => api.startIdentification(lang),
    onSuccess: ({ authorizationUrl }) => window.location.assign(authorizationUrl),
  })
  if (!methods.data?.strongIdentification) return null
  return (
    <section aria-labelledby="sign-in-strong" className="section" data-qa="strong-identification">
      <Heading variant="h2" id="sign-in-strong" mb="xs">
        {t.signIn.strongIdentification}
      </Heading>
      <Paragraph mb="s">{t.signIn.strongIntro}</Paragraph>
      {start.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(start.error, t)}
        </InlineAlert>
      )}
      <BusyButton
        busy={start.isPending || start.isSuccess}
        busyText={t.signIn.strongStarting}
        onClick={() => start.mutate()}
        qa="strong-identification-start"
      >
        {t.signIn.strongIdentification}
      </BusyButton>
    </section>
  )
}
