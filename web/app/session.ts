import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { isStatus, setCsrfToken } from '../api/client'
import { api } from '../api/endpoints'
import type { Me, Role } from '../api/types'
import { useI18n } from '../i18n/I18nProvider'
import type { Lang } from '../i18n/languages'

export const meKey = ['me'] as const
const SESSION_ENDED_KEY = 'saumaton.sessionEnded'

/** The signed-in user, or null when nobody is signed in. */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.me()
    setCsrfToken(me.csrfToken)
    return me
  } catch (e) {
    if (isStatus(e, 401)) {
      setCsrfToken(null)
      return null
    }
    throw e
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 })
}

export const hasRole = (me: Me | null | undefined, role: Role): boolean =>
  Boolean(me?.user.roles.includes(role))

/** A 401 while someone was signed in means their session ended (idle timeout, elsewhere). */
export function handleUnauthorized(queryClient: QueryClient): void {
  if (!queryClient.getQueryData<Me | null>(meKey)) return
  try {
    window.sessionStorage.setItem(SESSION_ENDED_KEY, '1')
  } catch {
    // Without storage the sign-in page simply shows no notice.
  }
  setCsrfToken(null)
  queryClient.setQueryData(meKey, null)
}

export function sessionEndedNotice(): boolean {
  try {
    return window.sessionStorage.getItem(SESSION_ENDED_KEY) === '1'
  } catch {
    return false
  }
}

function clearSessionEndedNotice(): void {
  try {
    window.sessionStorage.removeItem(SESSION_ENDED_KEY)
  } catch {
    // Nothing to clear.
  }
}

/**
 * Drops every cached answer but the user's own. The user query itself is kept (and updated in
 * place), because components observing it would not notice a removed-and-recreated query.
 */
function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] })
}

/** After signing in: forget everything cached for the previous user, then load the new one. */
export async function startSession(queryClient: QueryClient): Promise<Me | null> {
  clearSessionEndedNotice()
  forgetOtherUsersData(queryClient)
  return queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 })
}

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    try {
      await api.signOut()
    } catch (e) {
      // An already ended session is as good as signed out.
      if (!isStatus(e, 401)) throw e
    }
    setCsrfToken(null)
    queryClient.setQueryData(meKey, null)
    forgetOtherUsersData(queryClient)
    clearSessionEndedNotice()
    await navigate('/signin', { state: { notice: 'signedOut' } })
  }
}

/** Switches the language; a signed-in user's choice is saved to their account. */
export function useSwitchLanguage(): (lang: Lang) => void {
  const { setLang } = useI18n()
  const queryClient = useQueryClient()
  const me = useMe().data
  const save = useMutation({
    mutationFn: api.setLocale,
    onSuccess: (data) => {
      setCsrfToken(data.csrfToken)
      queryClient.setQueryData(meKey, data)
    },
  })
  return (lang) => {
    setLang(lang)
    if (me) save.mutate(lang)
  }
}
