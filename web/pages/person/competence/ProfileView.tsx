import type { ReactNode } from 'react'
import { Heading, Paragraph } from 'suomifi-ui-components'
import type { CompetenceContent, Concept, ShareSection } from '../../../api/competence'
import { formatDate } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

/** The sections that are lists of items (availability is one record). */
export type ListSection = Exclude<ShareSection, 'availability'>

interface Props {
  content: CompetenceContent
  concepts: Concept[]
  /** Municipality names by code, where known (a code without one shows as itself). */
  municipalities?: { code: string; name: string }[]
  /** The sections to show (a share link's choice); all by default. */
  sections?: readonly ShareSection[]
  /** Show empty sections too (the editor), with a "nothing yet" line. */
  showEmpty?: boolean
  /** Buttons beside one item (the young person's edit and remove). */
  itemActions?: (section: ListSection, index: number, text: string) => ReactNode
  /** What follows a section's items (the editor's add or edit form). */
  sectionEnd?: (section: ShareSection) => ReactNode
}

export const allSections: ShareSection[] = [
  'qualifications',
  'skills',
  'workExperience',
  'languages',
  'certificates',
  'interests',
  'wishedOccupations',
  'wishedMunicipalities',
  'availability',
]

/**
 * A competence profile's sections and items as text: the one display of a profile, used read-only
 * by the worker's view, the shared page and the print, and with edit slots by the young person's
 * own page.
 */
export function ProfileView({
  content,
  concepts,
  municipalities = [],
  sections = allSections,
  showEmpty = false,
  itemActions,
  sectionEnd,
}: Props) {
  const { t, lang } = useI18n()
  const tc = t.competence
  const label = (uri: string) => concepts.find((c) => c.uri === uri)?.label ?? uri
  const place = (code: string) => municipalities.find((m) => m.code === code)?.name ?? code
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' })
  const lists: Record<ShareSection, string[]> = {
    qualifications: content.qualifications.map((q) =>
      [q.title, tc.editor.levels[q.level], q.field, q.year].filter(Boolean).join(', '),
    ),
    skills: content.skills.map((s) =>
      [s.conceptUri ? label(s.conceptUri) : '', s.label ?? '']
        .filter(Boolean)
        .filter((x, i, xs) => xs.indexOf(x) === i)
        .join(' – '),
    ),
    workExperience: content.workExperience.map((w) =>
      [
        w.title,
        w.employer,
        w.occupationUri ? label(w.occupationUri) : '',
        [w.from, w.to].filter(Boolean).join('–'),
      ]
        .filter(Boolean)
        .join(', '),
    ),
    languages: content.languages.map(
      (l) => `${l.code.toUpperCase()} ${l.cefr} (${languageNames.of(l.code) ?? l.code})`,
    ),
    certificates: content.certificates.map((c) =>
      c.validUntil
        ? `${label(c.conceptUri)} (${tc.validUntil(formatDate(c.validUntil, lang))})`
        : label(c.conceptUri),
    ),
    interests: content.interests,
    wishedOccupations: content.wishedOccupations.map(label),
    wishedMunicipalities: content.wishedMunicipalities.map(place),
    availability: [
      [
        tc.workingTime[content.availability.workingTime],
        content.availability.from
          ? tc.availableFrom(formatDate(content.availability.from, lang))
          : '',
      ]
        .filter(Boolean)
        .join(', '),
    ],
  }
  const shown = allSections.filter(
    (s) => sections.includes(s) && (showEmpty || lists[s].some(Boolean)),
  )
  if (shown.length === 0) return <p data-qa="competence-empty">{tc.empty}</p>
  return (
    <div className="competence-profile" data-qa="competence-profile">
      {shown.map((s) => (
        <section key={s} aria-labelledby={`competence-${s}`} data-qa={`competence-${s}`}>
          <Heading variant="h3" id={`competence-${s}`} mb="xxs">
            {tc.sections[s]}
          </Heading>
          {lists[s].length === 0 ? (
            <Paragraph data-qa="competence-section-empty">{tc.editor.none}</Paragraph>
          ) : (
            <ul>
              {lists[s].map((item, i) => (
                <li key={i} data-qa="competence-item">
                  <span data-qa="competence-item-text">{item}</span>
                  {s !== 'availability' && itemActions?.(s, i, item)}
                </li>
              ))}
            </ul>
          )}
          {sectionEnd?.(s)}
        </section>
      ))}
    </div>
  )
}
