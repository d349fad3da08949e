import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import {
  Button,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
} from 'suomifi-ui-components'
import { api } from '../../api/endpoints'
import type { Consent } from '../../api/types'
import { useAnnounce } from '../../components/Announcer'
import { problemText } from '../../components/AsyncState'
import { useSmallScreen } from '../../components/useMediaQuery'
import { localName } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { consentHeadingId } from './ConsentCard'
import { BusyButton } from '../../components/BusyButton'

interface Props {
  /** The consent to withdraw; null keeps the dialog closed. */
  consent: Consent | null
  /** Where focus goes when the user cancels: the button that opened the dialog. */
  opener: HTMLElement | null
  onClose: () => void
}

/** Withdrawing is destructive for the young person's services, so it is confirmed first. */
export function WithdrawDialog({ consent, opener, onClose }: Props) {
  const { t, lang } = useI18n()
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  const smallScreen = useSmallScreen()
  // Read by the dialog when it closes: the opener on cancel, the consent's heading on success.
  const returnFocus = useRef<HTMLElement | null>(null)
  const withdraw = useMutation({
    mutationFn: (c: Consent) => api.withdrawConsent(c.customerId, c.id, c.version),
  })
  const org = consent ? localName(consent.recipient.name, lang) : ''

  const close = (target: HTMLElement | null) => {
    returnFocus.current = target
    withdraw.reset()
    onClose()
  }
  const confirm = async () => {
    if (!consent) return
    try {
      await withdraw.mutateAsync(consent)
    } catch {
      // The error is shown in the dialog; the list may be stale, so refresh it.
      await queryClient.invalidateQueries({ queryKey: ['consents', consent.customerId] })
      return
    }
    await queryClient.invalidateQueries({ queryKey: ['consents', consent.customerId] })
    announce(t.person.withdrawn(org))
    close(document.getElementById(consentHeadingId(consent)))
  }

  return (
    <Modal
      appElementId="root"
      visible={consent !== null}
      variant={smallScreen ? 'smallScreen' : 'default'}
      focusOnCloseRef={returnFocus}
      onEscKeyDown={() => close(opener)}
    >
      <ModalContent data-qa="withdraw-dialog">
        <ModalTitle>{t.person.confirmTitle}</ModalTitle>
        <Paragraph>{t.person.confirmText(org)}</Paragraph>
        {withdraw.isError && (
          <InlineAlert status="error" role="alert" className="block-gap" data-qa="withdraw-error">
            {problemText(withdraw.error, t)}
          </InlineAlert>
        )}
      </ModalContent>
      <ModalFooter>
        <BusyButton
          busy={withdraw.isPending}
          busyText={t.person.withdrawing}
          onClick={() => void confirm()}
          qa="confirm-withdraw"
        >
          {t.person.confirmWithdraw}
        </BusyButton>
        <Button variant="secondary" onClick={() => close(opener)} data-qa="cancel-withdraw">
          {t.common.cancel}
        </Button>
      </ModalFooter>
    </Modal>
  )
}
