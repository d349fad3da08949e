import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Checkbox, Heading, InlineAlert } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { CooperationIndicator, IndicatorInput } from '../../../api/caseTypes'
import { dataCategories, type DataCategory } from '../../../api/types'
import { problemText } from '../../../components/AsyncState'
import { BusyButton } from '../../../components/BusyButton'
import {
  emptyLocalised,
  LocalisedFields,
  missingLanguages,
  TextField,
} from '../../../components/FormFields'
import { NativeSelect } from '../../../components/NativeSelect'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,62}$/

interface Props {
  /** The indicator being edited; null adds a new one. */
  editing: CooperationIndicator | null
  onSaved: (input: IndicatorInput) => Promise<void>
  onCancel: () => void
}

const blank = (): IndicatorInput => ({
  code: '',
  name: emptyLocalised(),
  dataCategory: 'employment_and_plan',
  active: true,
})

/** Adds or edits an indicator; its name is needed in all three languages. */
export function IndicatorForm({ editing, onSaved, onCancel }: Props) {
  const { t, lang } = useI18n()
  const [value, setValue] = useState<IndicatorInput>(() =>
    editing
      ? {
          code: editing.code,
          name: editing.name,
          dataCategory: editing.dataCategory,
          active: editing.active,
        }
      : blank(),
  )
  const [errors, setErrors] = useState<{ code?: string; name?: Partial<Record<string, string>> }>(
    {},
  )
  const codeRef = useRef<HTMLInputElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const save = useMutation({
    mutationFn: (input: IndicatorInput) =>
      editing ? caseApi.updateIndicator(editing.id, input) : caseApi.addIndicator(input),
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = { ...value, code: value.code.trim() }
    const name = missingLanguages(input.name, t.catalogue.required)
    const found = {
      ...(CODE_PATTERN.test(input.code) ? {} : { code: t.catalogue.codeInvalid }),
      ...(Object.keys(name).length ? { name } : {}),
    }
    setErrors(found)
    if (found.code) return codeRef.current?.focus()
    if (found.name) return formRef.current?.querySelector<HTMLElement>('[aria-invalid]')?.focus()
    try {
      await save.mutateAsync(input)
    } catch {
      return codeRef.current?.focus()
    }
    await onSaved(input)
    if (!editing) setValue(blank())
  }

  const title = editing
    ? t.catalogue.indicators.editTitle(localName(editing.name, lang))
    : t.catalogue.indicators.addTitle
  return (
    <section aria-labelledby="indicator-form-title" className="section" data-qa="indicator-form">
      <Heading variant="h2" id="indicator-form-title" tabIndex={-1} mb="s">
        {title}
      </Heading>
      <form ref={formRef} className="form" noValidate onSubmit={(e) => void submit(e)}>
        {save.isError && (
          <InlineAlert status="error" role="alert" data-qa="indicator-error">
            {problemText(save.error, t)}
          </InlineAlert>
        )}
        <TextField
          label={t.catalogue.codeLabel}
          hint={t.catalogue.codeHint}
          value={value.code}
          onChange={(code) => setValue({ ...value, code })}
          error={errors.code}
          qa="indicator-code"
          inputRef={codeRef}
        />
        <LocalisedFields
          legend={t.catalogue.indicators.nameLegend}
          value={value.name}
          onChange={(name) => setValue({ ...value, name })}
          errors={errors.name}
          qa="indicator-name"
        />
        <NativeSelect
          label={t.catalogue.indicators.category}
          hint={t.catalogue.indicators.categoryHint}
          placeholder={t.catalogue.indicators.chooseCategory}
          options={dataCategories.map((c) => ({ value: c, label: t.dataCategories[c] }))}
          value={value.dataCategory}
          onChange={(v) => v && setValue({ ...value, dataCategory: v as DataCategory })}
          qa="indicator-category"
        />
        <Checkbox
          id="indicator-active"
          checked={value.active}
          onClick={({ checkboxState }) => setValue({ ...value, active: checkboxState })}
          data-qa="indicator-active"
        >
          {t.catalogue.indicators.activeLabel}
        </Checkbox>
        <div className="button-row">
          <BusyButton
            type="submit"
            busy={save.isPending}
            busyText={t.common.saving}
            qa="indicator-save"
          >
            {editing ? t.catalogue.indicators.save : t.catalogue.indicators.add}
          </BusyButton>
          {editing && (
            <Button variant="secondary" onClick={onCancel} data-qa="indicator-cancel">
              {t.catalogue.indicators.cancelEdit}
            </Button>
          )}
        </div>
      </form>
    </section>
  )
}
