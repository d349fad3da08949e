import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Button } from 'suomifi-ui-components'
import {
  competenceApi,
  type CompetenceContent,
  type CompetenceProfile,
  type SuggestedChange,
} from '../../../api/competence'
import { useAnnounce } from '../../../components/Announcer'
import { ErrorState } from '../../../components/AsyncState'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { useI18n } from '../../../i18n/I18nProvider'
import { ItemForm, type Item } from './ItemForms'
import { ProfileView, type ListSection } from './ProfileView'

/** Saves a changed copy of the profile as a new version, on top of the version read. */
export function useSaveProfile(customerId: string, profile: CompetenceProfile) {
  const { lang } = useI18n()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: (content: CompetenceContent) => void) => {
      const content: CompetenceContent = structuredClone(profile.content)
      change(content)
      return competenceApi.save(customerId, lang, { baseVersion: profile.version, content })
    },
    onSuccess: (saved) => queryClient.setQueryData(['competence', customerId, lang], saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['competence', customerId] }),
  })
}

/** Adds one item to its section, unless the section has it already. */
export function applyChange(content: CompetenceContent, change: SuggestedChange): void {
  const list = content[change.section] as unknown[]
  const same = (x: unknown) =>
    change.section === 'certificates'
      ? (x as { conceptUri: string }).conceptUri === change.item.conceptUri
      : JSON.stringify(x) === JSON.stringify(change.item)
  if (!list.some(same)) list.push(change.item)
}

type Open = { section: ListSection; index: number | null } | null

/**
 * The young person's own profile: the shared display with an edit and a remove button on every
 * item and an add form under every section. Each change is saved at once as a new version with
 * the version read as its base, so an edit made meanwhile elsewhere is refused (409), not lost.
 */
export function ProfileEditor({
  customerId,
  profile,
}: {
  customerId: string
  profile: CompetenceProfile
}) {
  const { t } = useI18n()
  const te = t.competence.editor
  const announce = useAnnounce()
  const save = useSaveProfile(customerId, profile)
  const [open, setOpen] = useState<Open>(null)
  const [removing, setRemoving] = useState<{ section: ListSection; index: number } | null>(null)
  const items = <S extends ListSection>(s: S) => profile.content[s] as Item<S>[]

  // Where a closed form leaves focus: the section's add button, so the keyboard user stays put.
  const [focusAdd, setFocusAdd] = useState<ListSection | null>(null)
  useEffect(() => {
    if (!focusAdd || open) return
    document.querySelector<HTMLElement>(`[data-qa="competence-${focusAdd}-add"]`)?.focus()
    setFocusAdd(null)
  }, [focusAdd, open])
  // A save that ends closes only its own section's form: another may have been opened meanwhile.
  const close = (section: ListSection) => {
    setOpen((o) => (o && o.section !== section ? o : null))
    setFocusAdd(section)
  }
  const commit = (section: ListSection, change: (c: CompetenceContent) => void, message: string) =>
    save.mutate(change, {
      onSuccess: () => {
        close(section)
        announce(message)
      },
    })

  return (
    <>
      <ProfileView
        content={profile.content}
        concepts={profile.concepts}
        municipalities={profile.municipalities}
        showEmpty
        itemActions={(section, index, text) => (
          <span className="competence-item-actions no-print">
            {' '}
            <Button
              variant="secondaryNoBorder"
              aria-label={te.edit(text)}
              onClick={() => setOpen({ section, index })}
              data-qa="competence-item-edit"
            >
              {te.editButton}
            </Button>
            <Button
              variant="secondaryNoBorder"
              aria-label={te.remove(text)}
              onClick={() => setRemoving({ section, index })}
              data-qa="competence-item-remove"
            >
              {te.removeButton}
            </Button>
          </span>
        )}
        sectionEnd={(section) => {
          if (section === 'availability') return null
          if (open?.section !== section)
            return (
              <Button
                variant="secondary"
                className="no-print"
                onClick={() => setOpen({ section, index: null })}
                data-qa={`competence-${section}-add`}
              >
                {te.add[section]}
              </Button>
            )
          const all = items(section)
          return (
            <>
              <ItemForm
                key={`${section}-${open.index ?? 'new'}`}
                section={section}
                initial={open.index === null ? undefined : all[open.index]}
                others={all.filter((_, i) => i !== open.index)}
                concepts={profile.concepts}
                municipalities={profile.municipalities}
                busy={save.isPending}
                onCancel={() => close(section)}
                onSave={(item) =>
                  commit(
                    section,
                    (c) => {
                      const list = c[section] as unknown[]
                      if (open.index === null) list.push(item)
                      else list[open.index] = item
                    },
                    te.saved,
                  )
                }
              />
              {save.isError && <ErrorState error={save.error} />}
            </>
          )
        }}
      />
      <ConfirmDialog
        question={removing ? te.removeQuestion : null}
        onConfirm={() => {
          if (removing)
            commit(
              removing.section,
              (c) => {
                ;(c[removing.section] as unknown[]).splice(removing.index, 1)
              },
              te.removed,
            )
          setRemoving(null)
        }}
        onCancel={() => setRemoving(null)}
        qa="competence-remove-dialog"
      />
      {save.isError && open === null && <ErrorState error={save.error} />}
    </>
  )
}
