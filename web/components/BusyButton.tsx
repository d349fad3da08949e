import { Button } from 'suomifi-ui-components'
import type { ReactNode } from 'react'

interface Props {
  busy: boolean
  busyText: string
  children: ReactNode
  type?: 'submit' | 'button'
  onClick?: () => void
  qa: string
}

/** A primary button that shows a spinner and announces `busyText` while its work runs. */
export function BusyButton({ busy, busyText, children, type = 'button', onClick, qa }: Props) {
  const loading = busy ? ({ loading: true, ariaLoadingText: busyText } as const) : {}
  return (
    <Button type={type} {...loading} {...(onClick ? { onClick } : {})} data-qa={qa}>
      {children}
    </Button>
  )
}
