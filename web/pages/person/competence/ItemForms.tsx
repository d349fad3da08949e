import { useEffect, useRef, useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { Button } from 'suomifi-ui-components'
import { cefrLevels, competenceQualificationLevels } from '../../../../src/shared/enums'
import type { CompetenceContent, Concept, ConceptFilter } from '../../../api/competence'
import { NativeSelect } from '../../../components/NativeSelect'
import { TextField } from '../../../components/FormFields'
import { useI18n } from '../../../i18n/I18nProvider'
import { ConceptSearch } from './ConceptSearch'
import type { ListSection } from './ProfileView'

/** One item of a list section, as the profile stores it. */
export type Item<S extends ListSection> = CompetenceContent[S][number]

/** Languages offered: the region's and the most common others (ISO 639-1). */
export const languageCodes = [
  'fi',
  'sv',
  'en',
  'se',
  'et',
  'ru',
  'de',
  'fr',
  'es',
  'ar',
  'so',
  'fa',
  'uk',
]

interface FormProps<S extends ListSection> {
  section: S
  /** The item being edited; absent when adding. */
  initial?: Item<S> | undefined
  /** The section's other items, for refusing a duplicate. */
  others: Item<S>[]
  concepts: Concept[]
  municipalities: { code: string; name: string }[]
  busy: boolean
  onSave: (item: Item<S>) => void
  onCancel: () => void
}

type Errors = Record<string, string | undefined>
const yearMonth = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * The add-or-edit form of one item of a section. Each field's check runs before anything is sent,
 * in the user's language; the first field in error gets focus.
 */
export function ItemForm<S extends ListSection>(props: FormProps<S>) {
  const { t } = useI18n()
  const te = t.competence.editor
  const formRef = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(props.initial))
  const [errors, setErrors] = useState<Errors>({})
  const set = (name: string) => (v: string) => setValues((old) => ({ ...old, [name]: v }))
  const v = (name: string) => values[name] ?? ''
  const qa = `competence-${props.section}`
  // A form that opens takes focus to its first field, so a keyboard user goes on from there.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [])
  const conceptLabel = (uri: string) => props.concepts.find((c) => c.uri === uri)?.label ?? uri

  const text = (
    name: string,
    label: string,
    o: { optional?: boolean; hint?: string; max?: number; type?: string } = {},
  ) => (
    <TextField
      label={label}
      optionalText={o.optional ? te.optional : undefined}
      hint={o.hint}
      value={v(name)}
      onChange={set(name)}
      error={errors[name]}
      maxLength={o.max ?? 200}
      type={o.type ?? 'text'}
      qa={`${qa}-${name}`}
    />
  )
  const conceptField = (name: string, filter: ConceptFilter, label: string, optional = false) => (
    <ConceptField
      qa={`${qa}-${name}`}
      label={optional ? `${label} ${te.optional}` : label}
      filter={filter}
      value={v(name)}
      valueLabel={v(`${name}Label`) || conceptLabel(v(name))}
      error={errors[name]}
      onChange={(c) =>
        setValues((old) => ({ ...old, [name]: c?.uri ?? '', [`${name}Label`]: c?.label ?? '' }))
      }
    />
  )

  const check = (): { errors: Errors; item: Item<S> | null } => {
    const e: Errors = {}
    const need = (name: string, message = te.errors.required) => {
      if (!v(name).trim()) e[name] = message
    }
    let item: unknown = null
    switch (props.section) {
      case 'qualifications': {
        need('level', te.errors.choose)
        need('title')
        const year = v('year').trim()
        if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1950 && Number(year) <= 2100))
          e.year = te.errors.year
        item = {
          level: v('level'),
          title: v('title').trim(),
          field: v('field').trim(),
          ...(year ? { year: Number(year) } : {}),
        }
        break
      }
      case 'skills': {
        if (!v('label').trim() && !v('conceptUri')) e.label = te.errors.skillOrConcept
        item = {
          ...(v('label').trim() ? { label: v('label').trim() } : {}),
          ...(v('conceptUri') ? { conceptUri: v('conceptUri') } : {}),
        }
        break
      }
      case 'workExperience': {
        need('title')
        for (const m of ['from', 'to']) if (v(m) && !yearMonth.test(v(m))) e[m] = te.errors.month
        if (!e.from && !e.to && v('from') && v('to') && v('to') < v('from'))
          e.to = te.errors.toBeforeFrom
        item = {
          title: v('title').trim(),
          ...(v('employer').trim() ? { employer: v('employer').trim() } : {}),
          ...(v('occupationUri') ? { occupationUri: v('occupationUri') } : {}),
          ...(v('from') ? { from: v('from') } : {}),
          ...(v('to') ? { to: v('to') } : {}),
          ...(v('description').trim() ? { description: v('description').trim() } : {}),
        }
        break
      }
      case 'languages':
        need('code', te.errors.choose)
        need('cefr', te.errors.choose)
        item = { code: v('code'), cefr: v('cefr') }
        break
      case 'certificates':
        need('conceptUri', te.errors.chooseConcept)
        item = {
          conceptUri: v('conceptUri'),
          ...(v('validUntil') ? { validUntil: v('validUntil') } : {}),
        }
        break
      case 'interests':
        need('value')
        item = v('value').trim()
        break
      case 'wishedOccupations':
        need('value', te.errors.chooseConcept)
        item = v('value')
        break
      case 'wishedMunicipalities':
        need('value', te.errors.choose)
        item = v('value')
        break
    }
    const first = Object.keys(e)[0]
    if (!first && props.others.some((o) => sameItem(props.section, o, item))) {
      e[duplicateField[props.section]] = te.errors.duplicate
    }
    return { errors: e, item: Object.keys(e).length === 0 ? (item as Item<S>) : null }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = check()
    setErrors(result.errors)
    if (result.item) return props.onSave(result.item)
    // The first field in error, in the form's order, gets focus.
    window.setTimeout(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    })
  }

  const languageNames = new Intl.DisplayNames([useI18n().lang], { type: 'language' })
  const fields: Record<ListSection, () => ReactNode> = {
    qualifications: () => (
      <>
        <NativeSelect
          label={te.level}
          placeholder={te.chooseLevel}
          options={competenceQualificationLevels.map((l) => ({ value: l, label: te.levels[l] }))}
          value={v('level')}
          onChange={set('level')}
          error={errors.level}
          qa={`${qa}-level`}
        />
        {text('title', te.qualificationTitle)}
        {text('field', te.field, { optional: true, hint: te.fieldHint, max: 100 })}
        {text('year', te.year, { optional: true, type: 'number' })}
      </>
    ),
    skills: () => (
      <>
        {text('label', te.skillLabel, { hint: te.skillHint })}
        {conceptField('conceptUri', { type: 'skill' }, t.competence.conceptSearch, true)}
      </>
    ),
    workExperience: () => (
      <>
        {text('title', te.jobTitle)}
        {text('employer', te.employer, { optional: true })}
        {conceptField('occupationUri', { type: 'occupation' }, te.occupation, true)}
        {text('from', te.from, { optional: true, hint: te.monthHint, max: 7 })}
        {text('to', te.to, { optional: true, hint: `${te.monthHint}. ${te.toHint}`, max: 7 })}
      </>
    ),
    languages: () => (
      <>
        <NativeSelect
          label={t.competence.languageLabel}
          placeholder={te.chooseLanguage}
          options={languageCodes.map((c) => ({ value: c, label: languageNames.of(c) ?? c }))}
          value={v('code')}
          onChange={set('code')}
          error={errors.code}
          qa="competence-language-code"
        />
        <NativeSelect
          label={t.competence.cefrLabel}
          placeholder={te.chooseLevel}
          options={cefrLevels.map((l) => ({ value: l, label: l }))}
          value={v('cefr')}
          onChange={set('cefr')}
          error={errors.cefr}
          qa="competence-language-cefr"
        />
      </>
    ),
    certificates: () => (
      <>
        {conceptField(
          'conceptUri',
          { type: 'skill', skillType: 'certificate' },
          t.competence.sections.certificates,
        )}
        {text('validUntil', te.validUntil, { optional: true, type: 'date' })}
      </>
    ),
    interests: () => text('value', te.interest),
    wishedOccupations: () =>
      conceptField('value', { type: 'occupation' }, t.competence.sections.wishedOccupations),
    wishedMunicipalities: () => (
      <NativeSelect
        label={te.municipality}
        placeholder={te.chooseMunicipality}
        options={props.municipalities.map((m) => ({ value: m.code, label: m.name }))}
        value={v('value')}
        onChange={set('value')}
        error={errors.value}
        qa={`${qa}-value`}
      />
    ),
  }

  return (
    <form
      ref={formRef}
      className="form competence-item-form no-print"
      noValidate
      onSubmit={submit}
      data-qa={`${qa}-form`}
    >
      <fieldset className="plain-fieldset">
        <legend>
          {props.initial ? te.edit(t.competence.sections[props.section]) : te.add[props.section]}
        </legend>
        {fields[props.section]()}
      </fieldset>
      <Button type="submit" disabled={props.busy} data-qa={`${qa}-save`}>
        {te.save}
      </Button>{' '}
      <Button variant="secondary" onClick={props.onCancel} data-qa={`${qa}-cancel`}>
        {te.cancel}
      </Button>
    </form>
  )
}

/** Where a duplicate is told: the field that names the item. */
const duplicateField: Record<ListSection, string> = {
  qualifications: 'title',
  skills: 'label',
  workExperience: 'title',
  languages: 'code',
  certificates: 'conceptUri',
  interests: 'value',
  wishedOccupations: 'value',
  wishedMunicipalities: 'value',
}

function sameItem(section: ListSection, a: unknown, b: unknown): boolean {
  switch (section) {
    case 'languages':
      return (a as { code: string }).code === (b as { code: string }).code
    case 'certificates':
      return (a as { conceptUri: string }).conceptUri === (b as { conceptUri: string }).conceptUri
    default:
      return JSON.stringify(a) === JSON.stringify(b)
  }
}

/** The form's text values of an item (empty when adding). */
function initialValues(item: unknown): Record<string, string> {
  if (item === undefined) return {}
  if (typeof item === 'string') return { value: item }
  return Object.fromEntries(
    Object.entries(item as Record<string, string | number | undefined>).map(([k, x]) => [
      k,
      x === undefined ? '' : String(x),
    ]),
  )
}

/** A concept chosen by searching: the choice, a way to clear it, or the search. */
function ConceptField(props: {
  qa: string
  label: string
  filter: ConceptFilter
  value: string
  valueLabel: string
  error: string | undefined
  onChange: (c: Concept | null) => void
}) {
  const { t } = useI18n()
  const te = t.competence.editor
  if (props.value)
    return (
      <div className="field" data-qa={`${props.qa}-chosen`}>
        <span className="field__label">{props.label}</span>
        <span>{te.chosen(props.valueLabel)}</span>{' '}
        <Button
          variant="secondaryNoBorder"
          onClick={() => props.onChange(null)}
          data-qa={`${props.qa}-clear`}
        >
          {te.clearChoice}
        </Button>
      </div>
    )
  return (
    <ConceptSearch
      qa={props.qa}
      label={props.label}
      filter={props.filter}
      error={props.error}
      pickLabel={(c) => te.choose(c.label)}
      onPick={(c) => props.onChange(c)}
    />
  )
}
