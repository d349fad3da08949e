import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'

type Announce = (message: string) => void

const AnnouncerContext = createContext<Announce>(() => undefined)

/** One polite live region for the whole app: async outcomes are read out by screen readers. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const timer = useRef<number | undefined>(undefined)
  const announce = useCallback<Announce>((next) => {
    // Emptying first makes a repeated message count as a change.
    setMessage('')
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setMessage(next), 50)
  }, [])
  const value = useMemo(() => announce, [announce])
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" data-qa="live-region">
        {message}
      </div>
    </AnnouncerContext.Provider>
  )
}

export const useAnnounce = (): Announce => useContext(AnnouncerContext)
