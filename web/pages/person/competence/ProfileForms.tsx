import { useId, useState } from 'react'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import { workingTimes, type WorkingTime } from '../../../../src/shared/enums'
import type { CompetenceProfile } from '../../../api/competence'
import { ErrorState } from '../../../components/AsyncState'
import { useI18n } from '../../../i18n/I18nProvider'
import { useSaveProfile } from './ProfileEditor'

type Profile = CompetenceProfile

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
