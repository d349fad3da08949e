import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Button, Paragraph, TextInput } from 'suomifi-ui-components'
import { competenceApi, type Concept, type ConceptFilter } from '../../../api/competence'
import { useI18n } from '../../../i18n/I18nProvider'

/**
 * A concept picker: type, and the classification answers in the user's language (prefixes and
 * misspellings match, docs/classification.md); each match is a button.
 */
export function ConceptSearch({
  onPick,
  pickLabel,
  qa,
  filter = {},
  label,
  error,
}: {
  onPick: (concept: Concept) => void
  pickLabel: (concept: Concept) => string
  qa: string
  filter?: ConceptFilter
  /** The search field's label, where the default (skill, card or occupation) says too much. */
  label?: string
  /** A validation message for the search field. */
  error?: string | undefined
}) {
  const { t, lang } = useI18n()
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), 250)
    return () => window.clearTimeout(timer)
  }, [text])
  const found = useQuery({
    queryKey: ['concepts', q, lang, filter.type, filter.skillType],
    queryFn: () => competenceApi.concepts(q, lang, filter),
    enabled: q.length >= 2,
  })
  return (
    <div data-qa={qa}>
      <TextInput
        labelText={label ?? t.competence.conceptSearch}
        {...(error ? { status: 'error' as const, statusText: error } : {})}
        hintText={t.competence.conceptSearchHint}
        value={text}
        onChange={(v) => setText(String(v ?? ''))}
        data-qa={`${qa}-input`}
      />
      <div aria-live="polite">
        {found.data &&
          (found.data.items.length === 0 ? (
            <Paragraph>{t.competence.noConcepts}</Paragraph>
          ) : (
            <ul className="plain-list">
              {found.data.items.map((c) => (
                <li key={c.uri}>
                  <Button
                    variant="secondaryNoBorder"
                    onClick={() => onPick(c)}
                    data-qa={`${qa}-pick`}
                  >
                    {pickLabel(c)}
                  </Button>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </div>
  )
}
