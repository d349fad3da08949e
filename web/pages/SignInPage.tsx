import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Navigate, useLocation } from 'react-router'
import { Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components'
import { ApiError } from '../api/client'
import { api } from '../api/endpoints'
import { sessionEndedNotice, startSession, useMe } from '../app/session'
import { useAnnounce } from '../components/Announcer'
import { problemText } from '../components/AsyncState'
import { PageHeading } from '../components/PageHeading'
import type { Translations } from '../i18n/fi'
import { useI18n } from '../i18n/I18nProvider'
import { BusyButton } from '../components/BusyButton'
import { StrongIdentification } from './StrongIdentification'

interface FieldErrors {
  username?: string
  password?: string
}

interface LocationState {
  from?: string
  notice?: 'signedOut'
}

function signInErrorText(error: unknown, t: Translations): string {
  if (error instanceof ApiError && error.status === 401) return t.signIn.wrongCredentials
  if (error instanceof ApiError && error.status === 429) {
    return t.signIn.tooManyAttempts(Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)))
  }
  return problemText(error, t)
}

export function SignInPage() {
  const { t } = useI18n()
  const me = useMe()
  const location = useLocation()
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  const state = (location.state ?? null) as LocationState | null
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [sessionEnded] = useState(sessionEndedNotice)
  const usernameRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  if (me.data) {
    const from = state?.from && state.from !== '/signin' ? state.from : '/'
    return <Navigate to={from} replace />
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {
      ...(username.trim() ? {} : { username: t.signIn.usernameRequired }),
      ...(password ? {} : { password: t.signIn.passwordRequired }),
    }
    setFieldErrors(errors)
    setFormError(null)
    if (errors.username) return usernameRef.current?.focus()
    if (errors.password) return passwordRef.current?.focus()
    setBusy(true)
    try {
      await api.signIn(username.trim(), password)
      announce(t.signIn.signedIn)
      await startSession(queryClient)
    } catch (e) {
      setFormError(signInErrorText(e, t))
      setPassword('')
      passwordRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const notice = sessionEnded
    ? t.signIn.sessionEnded
    : state?.notice === 'signedOut'
      ? t.signIn.signedOut
      : null

  return (
    <div className="narrow">
      <PageHeading title={t.signIn.title} />
      {notice && (
        <InlineAlert className="block-gap" role="status" data-qa="sign-in-notice">
          {notice}
        </InlineAlert>
      )}
      <StrongIdentification />
      <Heading variant="h2" mb="xs">
        {t.signIn.passwordTitle}
      </Heading>
      <Paragraph mb="m">{t.signIn.intro}</Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} data-qa="sign-in-form">
        {formError && (
          <InlineAlert status="error" role="alert" className="block-gap" data-qa="sign-in-error">
            {formError}
          </InlineAlert>
        )}
        <TextInput
          ref={usernameRef}
          id="sign-in-username"
          labelText={t.signIn.username}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(v) => setUsername(String(v ?? ''))}
          status={fieldErrors.username ? 'error' : 'default'}
          statusText={fieldErrors.username}
          fullWidth
          data-qa="username"
        />
        <TextInput
          ref={passwordRef}
          id="sign-in-password"
          labelText={t.signIn.password}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(v) => setPassword(String(v ?? ''))}
          status={fieldErrors.password ? 'error' : 'default'}
          statusText={fieldErrors.password}
          fullWidth
          data-qa="password"
        />
        <BusyButton type="submit" busy={busy} busyText={t.signIn.submitting} qa="sign-in-submit">
          {t.signIn.submit}
        </BusyButton>
      </form>
    </div>
  )
}
