import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { InlineAlert, Paragraph } from 'suomifi-ui-components'
import { isStatus } from '../api/client'
import { api } from '../api/endpoints'
import { startSession } from '../app/session'
import { useAnnounce } from '../components/Announcer'
import { Loading, problemText } from '../components/AsyncState'
import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18nProvider'

// The answer is finished once per page load, also under StrictMode's doubled effects: a second
// try would find the sign-in used up.
let pending: { search: string; result: Promise<unknown> } | null = null

function finishOnce(search: string): Promise<unknown> {
  if (pending?.search !== search) {
    const answer = Object.fromEntries(new URLSearchParams(search))
    pending = { search, result: api.finishIdentification(answer) }
  }
  return pending.result
}

/**
 * Where the identification service sends the browser back (OIDC_REDIRECT_URL). The answer's
 * code and state leave the address at once; the server finishes the sign-in.
 */
export function IdentificationCallbackPage() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    const search = window.location.search
    window.history.replaceState(null, '', window.location.pathname)
    finishOnce(search)
      .then(async () => {
        announce(t.signIn.signedIn)
        await startSession(queryClient)
        await navigate('/', { replace: true })
      })
      .catch((e: unknown) => setError(e))
    // Runs once per arrival: the answer is not read again.
  }, [])

  const notCustomer = isStatus(error, 403)
  return (
    <div className="narrow" data-qa="identification-callback">
      <PageHeading
        title={
          error
            ? notCustomer
              ? t.identification.notCustomerTitle
              : t.identification.failedTitle
            : t.identification.title
        }
      />
      {error ? (
        <>
          <InlineAlert
            status={notCustomer ? 'neutral' : 'error'}
            className="block-gap"
            data-qa="identification-error"
          >
            {problemText(error, t)}
          </InlineAlert>
          <Paragraph>
            <Link to="/signin" data-qa="back-to-sign-in">
              {t.identification.backToSignIn}
            </Link>
          </Paragraph>
        </>
      ) : (
        <Loading label={t.identification.finishing} />
      )}
    </div>
  )
}
