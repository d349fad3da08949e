import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import {
  cefrLevels,
  workingTimes,
  type CefrLevel,
  type WorkingTime,
} from '../../../../src/shared/enums'
import { competenceApi, type CompetenceContent } from '../../../api/competence'
import { ErrorState } from '../../../components/AsyncState'
import { useI18n } from '../../../i18n/I18nProvider'

type Profile = Awaited<ReturnType<typeof competenceApi.profile>>

/** Languages offered: the region's and the most common others (ISO 639-1). */
const languageCodes = ['fi', 'sv', 'en', 'se', 'et', 'ru', 'de', 'fr', 'es', 'ar', 'so', 'fa', 'uk']

/** Saves a changed copy of the profile as a new version. */
function useSaveProfile(customerId: string, profile: Profile) {
  const { lang } = useI18n()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: (content: CompetenceContent) => void) => {
      const content: CompetenceContent = structuredClone(profile.content)
      change(content)
      return competenceApi.save(customerId, lang, { baseVersion: profile.version, content })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['competence', customerId] }),
  })
}

/** A language and its CEFR level; a language already in the profile gets the new level. */
export function LanguageForm({ customerId, profile }: { customerId: string; profile: Profile }) {
  const { t, lang } = useI18n()
  const id = useId()
  const save = useSaveProfile(customerId, profile)
  const [code, setCode] = useState('sv')
  const [cefr, setCefr] = useState<CefrLevel>('A2')
  const names = new Intl.DisplayNames([lang], { type: 'language' })
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="section no-print"
      data-qa="competence-language-form"
    >
      <Heading variant="h2" id={`${id}-title`} mb="xs">
        {t.competence.sections.languages}
      </Heading>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate((c) => {
            c.languages = [...c.languages.filter((l) => l.code !== code), { code, cefr }]
          })
        }}
      >
        <label htmlFor={`${id}-code`} className="field-label">
          {t.competence.languageLabel}
        </label>
        <select
          id={`${id}-code`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-qa="competence-language-code"
        >
          {languageCodes.map((c) => (
            <option key={c} value={c}>
              {names.of(c) ?? c}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-cefr`} className="field-label">
          {t.competence.cefrLabel}
        </label>
        <select
          id={`${id}-cefr`}
          value={cefr}
          onChange={(e) => setCefr(e.target.value as CefrLevel)}
          data-qa="competence-language-cefr"
        >
          {cefrLevels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>{' '}
        <Button type="submit" disabled={save.isPending} data-qa="competence-language-save">
          {t.competence.languageSave}
        </Button>
      </form>
      {save.isSuccess && (
        <InlineAlert status="neutral" role="status" data-qa="competence-language-saved">
          {t.competence.languageSaved}
        </InlineAlert>
      )}
      {save.isError && <ErrorState error={save.error} />}
    </section>
  )
}

/** When the young person can start, full- or part-time, and a note. */
export function AvailabilityForm({
  customerId,
  profile,
}: {
  customerId: string
  profile: Profile
}) {
  const { t } = useI18n()
  const id = useId()
  const save = useSaveProfile(customerId, profile)
  const current = profile.content.availability
  const [from, setFrom] = useState(current.from ?? '')
  const [workingTime, setWorkingTime] = useState<WorkingTime>(current.workingTime)
  const [note, setNote] = useState(current.note ?? '')
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="section no-print"
      data-qa="competence-availability-form"
    >
      <Heading variant="h2" id={`${id}-title`} mb="xs">
        {t.competence.sections.availability}
      </Heading>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate((c) => {
            c.availability = {
              workingTime,
              ...(from ? { from } : {}),
              ...(note.trim() ? { note: note.trim() } : {}),
            }
          })
        }}
      >
        <label htmlFor={`${id}-from`} className="field-label">
          {t.competence.availableFromLabel}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          data-qa="competence-available-from"
        />
        <label htmlFor={`${id}-time`} className="field-label">
          {t.competence.workingTimeLabel}
        </label>
        <select
          id={`${id}-time`}
          value={workingTime}
          onChange={(e) => setWorkingTime(e.target.value as WorkingTime)}
          data-qa="competence-working-time"
        >
          {workingTimes.map((w) => (
            <option key={w} value={w}>
              {t.competence.workingTime[w]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`} className="field-label">
          {t.competence.availabilityNoteLabel}
        </label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-qa="competence-availability-note"
        />{' '}
        <Button type="submit" disabled={save.isPending} data-qa="competence-availability-save">
          {t.competence.availabilitySave}
        </Button>
      </form>
      {save.isSuccess && (
        <InlineAlert status="neutral" role="status" data-qa="competence-availability-saved">
          {t.competence.availabilitySaved}
        </InlineAlert>
      )}
      {save.isError && <ErrorState error={save.error} />}
    </section>
  )
}
