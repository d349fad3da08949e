import { useRef } from 'react'
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
} from 'suomifi-ui-components'
import { useI18n } from '../i18n/I18nProvider'
import { useSmallScreen } from './useMediaQuery'

interface Props {
  /** What is asked; null keeps the dialog closed. */
  question: { title: string; text: string; confirm: string } | null
  onConfirm: () => void
  onCancel: () => void
  qa: string
}

/**
 * A yes-or-cancel question before a step that cannot be taken back. suomifi's Modal traps focus,
 * closes on Escape and gives focus back to the element that had it when it opened.
 */
export function ConfirmDialog({ question, onConfirm, onCancel, qa }: Props) {
  const { t } = useI18n()
  const smallScreen = useSmallScreen()
  const opener = useRef<HTMLElement | null>(null)
  if (question && !opener.current && document.activeElement instanceof HTMLElement) {
    opener.current = document.activeElement
  }
  const close = (then: () => void) => {
    then()
    const back = opener.current
    opener.current = null
    window.requestAnimationFrame(() => back?.isConnected && back.focus())
  }
  return (
    <Modal
      appElementId="root"
      visible={question !== null}
      variant={smallScreen ? 'smallScreen' : 'default'}
      onEscKeyDown={() => close(onCancel)}
    >
      <ModalContent data-qa={qa}>
        <ModalTitle>{question?.title ?? ''}</ModalTitle>
        <Paragraph>{question?.text ?? ''}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button onClick={() => close(onConfirm)} data-qa="confirm-yes">
          {question?.confirm ?? ''}
        </Button>
        <Button variant="secondary" onClick={() => close(onCancel)} data-qa="confirm-cancel">
          {t.common.cancel}
        </Button>
      </ModalFooter>
    </Modal>
  )
}
