import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { isStatus } from '../../../api/client'
import { caseApi } from '../../../api/cases'
import type { EventCardVersion } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { problemText } from '../../../components/AsyncState'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

/** A version's content as the input of a new draft: the steps keep their order. */
export const inputOf = (v: EventCardVersion) => ({
  name: v.name,
  waysOfWorking: v.waysOfWorking,
  indicatorIds: v.indicatorIds,
  steps: [...v.steps]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      responsibleOrganisationId: s.responsibleOrganisationId,
      dueInDays: s.dueInDays,
      instruction: s.instruction,
      customerText: s.customerText,
    })),
})

/** Publish, retire and "new version from this one", shared by the list and the card page. */
export function useCardActions() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['event-cards'] })
  const publish = useMutation({
    mutationFn: (v: EventCardVersion) => caseApi.publish(v.id),
    onSuccess: (v) => announce(t.catalogue.cards.publishedMsg(localName(v.name, lang), v.version)),
    onSettled: refresh,
  })
  const retire = useMutation({
    mutationFn: (v: EventCardVersion) => caseApi.retire(v.id),
    onSuccess: (v) => announce(t.catalogue.cards.retiredMsg(localName(v.name, lang), v.version)),
    onSettled: refresh,
  })
  const newVersion = useMutation({
    mutationFn: (v: EventCardVersion) => caseApi.draftEventCard(v.code, inputOf(v)),
    onSuccess: async (draft) => {
      await refresh()
      await navigate(`/catalogue/event-cards/${draft.id}`)
    },
  })
  // Publishing and retiring cannot be taken back: each is asked first (ConfirmDialog).
  const [asked, setAsked] = useState<{ kind: 'publish' | 'retire'; v: EventCardVersion } | null>(
    null,
  )
  const cards = t.catalogue.cards
  const confirmation = {
    question: asked
      ? asked.kind === 'publish'
        ? {
            title: cards.confirmPublishTitle,
            text: cards.confirmPublishText(localName(asked.v.name, lang), asked.v.version),
            confirm: cards.confirmPublish,
          }
        : {
            title: cards.confirmRetireTitle,
            text: cards.confirmRetireText(localName(asked.v.name, lang), asked.v.version),
            confirm: cards.confirmRetire,
          }
      : null,
    onConfirm: () => {
      if (asked) (asked.kind === 'publish' ? publish : retire).mutate(asked.v)
      setAsked(null)
    },
    onCancel: () => setAsked(null),
    qa: 'confirm-card-dialog',
  }
  const failed = [publish, retire, newVersion].find((m) => m.isError)
  const errorText = failed
    ? failed === newVersion && isStatus(newVersion.error, 409)
      ? t.catalogue.cards.draftExists
      : problemText(failed.error, t)
    : null
  return {
    askPublish: (v: EventCardVersion) => setAsked({ kind: 'publish', v }),
    askRetire: (v: EventCardVersion) => setAsked({ kind: 'retire', v }),
    confirmation,
    publish,
    retire,
    newVersion,
    errorText,
    busy: [publish, retire, newVersion].some((m) => m.isPending),
  }
}
