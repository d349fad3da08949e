import { useMutation, useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Link } from 'react-router'
import { InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components'
import { api } from '../api/endpoints'
import { ErrorState, Loading, problemText } from '../components/AsyncState'
import { BusyButton } from '../components/BusyButton'
import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18nProvider'
import { acceptInvitationBody } from '../../src/shared/invitation'

const MIN_PASSWORD = acceptInvitationBody.shape.password.minLength ?? 12

/** The token follows `#` in the e-mailed link: it never reaches a server log or a Referer. */
const tokenOfLink = (): string => decodeURIComponent(window.location.hash.replace(/^#/, ''))

/** Setting a password with an invitation link; then one signs in with it. */
export function InvitationPage() {
  const { t, lang } = useI18n()
  const [token] = useState(tokenOfLink)
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({})
  const passwordRef = useRef<HTMLInputElement>(null)
  const repeatRef = useRef<HTMLInputElement>(null)
  const check = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.checkInvitation(token),
    enabled: token.length > 0,
    retry: false,
  })
  const accept = useMutation({ mutationFn: () => api.acceptInvitation(token, password, lang) })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = {
      ...(!password
        ? { password: t.invitation.passwordRequired }
        : password.length < MIN_PASSWORD
          ? { password: t.invitation.passwordShort }
          : {}),
      ...(password && repeat !== password ? { repeat: t.invitation.mismatch } : {}),
    }
    setErrors(found)
    if (found.password) return passwordRef.current?.focus()
    if (found.repeat) return repeatRef.current?.focus()
    accept.mutate()
  }

  if (accept.isSuccess) {
    return (
      <div className="narrow" data-qa="invitation-done">
        <PageHeading title={t.invitation.doneTitle} />
        <InlineAlert status="neutral" className="block-gap" role="status">
          {t.invitation.done(accept.data.username)}
        </InlineAlert>
        <Paragraph>
          <Link to="/signin" data-qa="to-sign-in">
            {t.invitation.toSignIn}
          </Link>
        </Paragraph>
      </div>
    )
  }
  return (
    <div className="narrow" data-qa="invitation-page">
      <PageHeading title={t.invitation.title} />
      {!token ? (
        <InlineAlert status="error" data-qa="invitation-error">
          {t.invitation.noToken}
        </InlineAlert>
      ) : check.isPending ? (
        <Loading label={t.invitation.checking} />
      ) : check.isError ? (
        <div data-qa="invitation-error">
          <ErrorState error={check.error} />
        </div>
      ) : (
        <>
          <Paragraph mb="s">{t.invitation.intro}</Paragraph>
          <Paragraph mb="m">
            {t.invitation.username}:{' '}
            <strong data-qa="invitation-username">{check.data.username}</strong>
          </Paragraph>
          <form className="form" noValidate onSubmit={submit} data-qa="invitation-form">
            {accept.isError && (
              <InlineAlert status="error" role="alert" className="block-gap">
                {problemText(accept.error, t)}
              </InlineAlert>
            )}
            {/* The username, for password managers to save with the new password. */}
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={check.data.username}
              readOnly
              hidden
            />
            <TextInput
              ref={passwordRef}
              id="invitation-password"
              labelText={t.invitation.password}
              hintText={t.invitation.passwordHint}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(v) => setPassword(String(v ?? ''))}
              status={errors.password ? 'error' : 'default'}
              statusText={errors.password}
              fullWidth
              data-qa="new-password"
            />
            <TextInput
              ref={repeatRef}
              id="invitation-repeat"
              labelText={t.invitation.repeat}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(v) => setRepeat(String(v ?? ''))}
              status={errors.repeat ? 'error' : 'default'}
              statusText={errors.repeat}
              fullWidth
              data-qa="repeat-password"
            />
            <BusyButton
              type="submit"
              busy={accept.isPending}
              busyText={t.invitation.submitting}
              qa="set-password"
            >
              {t.invitation.submit}
            </BusyButton>
          </form>
        </>
      )}
    </div>
  )
}
