import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import {
  Button,
  Heading,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
} from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import { endReasons, type EndReason } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { BusyButton } from '../../../components/BusyButton'
import { changeErrorText, refreshCase } from '../../../components/case/shared'
import { TextField } from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { useSmallScreen } from '../../../components/useMediaQuery'
import { formatCalendarDate, todayInFinland } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import type { CaseContext } from './CaseSection'

/** Ending is final (open steps are cancelled), so it asks for confirmation first. */
export function EndPart({ ctx }: { ctx: CaseContext }) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const smallScreen = useSmallScreen()
  const jc = ctx.data.jointCustomership
  const today = todayInFinland()
  const [reason, setReason] = useState<EndReason | ''>('')
  const [endedOn, setEndedOn] = useState(today)
  const [errors, setErrors] = useState<{ reason?: string; date?: string }>({})
  const [confirming, setConfirming] = useState(false)
  const openerRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  const reasonRef = useRef<HTMLSelectElement>(null)
  const dateRef = useRef<HTMLInputElement>(null)
  const end = useMutation({
    mutationFn: () =>
      caseApi.endCase(ctx.customerId, {
        reason: reason as EndReason,
        endedOn,
        version: jc.version,
      }),
  })

  const ask = (event: FormEvent) => {
    event.preventDefault()
    const found = {
      ...(reason ? {} : { reason: t.cases.end.reasonRequired }),
      ...(endedOn && endedOn >= jc.enrolledOn && endedOn <= today
        ? {}
        : { date: t.cases.end.dateInvalid }),
    }
    setErrors(found)
    if (found.reason) return reasonRef.current?.focus()
    if (found.date) return dateRef.current?.focus()
    end.reset()
    setConfirming(true)
  }
  const close = () => {
    returnFocus.current = openerRef.current
    setConfirming(false)
  }
  const confirm = async () => {
    try {
      await end.mutateAsync()
    } catch {
      return
    }
    announce(t.cases.end.done)
    setConfirming(false)
    await refreshCase(queryClient, ctx.customerId)
    // This part leaves the page with the write controls; focus goes to the case's heading.
    document.getElementById('case-title')?.focus()
  }

  return (
    <section aria-labelledby="case-end" className="section" data-qa="case-end">
      <Heading variant="h3" id="case-end" mb="xs">
        {t.cases.end.title}
      </Heading>
      <Paragraph mb="s">{t.cases.end.intro}</Paragraph>
      <form className="form" noValidate onSubmit={ask} data-qa="end-form">
        <NativeSelect
          label={t.cases.end.reason}
          placeholder={t.cases.end.chooseReason}
          options={endReasons.map((r) => ({ value: r, label: t.cases.endReasons[r] }))}
          value={reason}
          onChange={(v) => setReason(v as EndReason | '')}
          error={errors.reason}
          qa="end-reason"
          selectRef={reasonRef}
        />
        <TextField
          label={t.cases.end.date}
          hint={t.cases.end.dateHint}
          type="date"
          min={jc.enrolledOn}
          max={today}
          value={endedOn}
          onChange={setEndedOn}
          error={errors.date}
          qa="end-date"
          inputRef={dateRef}
        />
        <Button type="submit" variant="secondary" ref={openerRef} data-qa="end-case">
          {t.cases.end.submit}
        </Button>
      </form>
      <Modal
        appElementId="root"
        visible={confirming}
        variant={smallScreen ? 'smallScreen' : 'default'}
        focusOnCloseRef={returnFocus}
        onEscKeyDown={close}
      >
        <ModalContent data-qa="end-dialog">
          <ModalTitle>{t.cases.end.confirmTitle}</ModalTitle>
          <Paragraph>
            {t.cases.end.confirmText(
              formatCalendarDate(endedOn || today, lang),
              reason ? t.cases.endReasons[reason] : '',
            )}
          </Paragraph>
          {end.isError && (
            <InlineAlert status="error" role="alert" className="block-gap" data-qa="end-error">
              {changeErrorText(end.error, t)}
            </InlineAlert>
          )}
        </ModalContent>
        <ModalFooter>
          <BusyButton
            busy={end.isPending}
            busyText={t.cases.end.ending}
            onClick={() => void confirm()}
            qa="confirm-end"
          >
            {t.cases.end.confirm}
          </BusyButton>
          <Button variant="secondary" onClick={close} data-qa="cancel-end">
            {t.common.cancel}
          </Button>
        </ModalFooter>
      </Modal>
    </section>
  )
}
