import { Heading } from 'suomifi-ui-components'
import type { CompetenceContent, Concept, ShareSection } from '../../../api/competence'
import { formatDate } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'

interface Props {
  content: CompetenceContent
  concepts: Concept[]
  /** The sections to show (a share link's choice); all by default. */
  sections?: readonly ShareSection[]
}

const allSections: ShareSection[] = [
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

/** A competence profile, read-only: the young person's page, the shared page and the print. */
export function ProfileView({ content, concepts, sections = allSections }: Props) {
  const { t, lang } = useI18n()
  const tc = t.competence
  const label = (uri: string) => concepts.find((c) => c.uri === uri)?.label ?? uri
  const lists: Record<ShareSection, string[]> = {
    qualifications: content.qualifications.map((q) =>
      [q.title, q.field].filter(Boolean).join(', '),
    ),
    skills: content.skills.map((s) => (s.conceptUri ? label(s.conceptUri) : (s.label ?? ''))),
    workExperience: content.workExperience.map((w) =>
      [w.title, w.employer, [w.from, w.to].filter(Boolean).join('–')].filter(Boolean).join(', '),
    ),
    languages: content.languages.map((l) => `${l.code.toUpperCase()} ${l.cefr}`),
    certificates: content.certificates.map((c) =>
      c.validUntil
        ? `${label(c.conceptUri)} (${tc.validUntil(formatDate(c.validUntil, lang))})`
        : label(c.conceptUri),
    ),
    interests: content.interests,
    wishedOccupations: content.wishedOccupations.map(label),
    wishedMunicipalities: content.wishedMunicipalities,
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
  const shown = allSections.filter((s) => sections.includes(s) && lists[s].some(Boolean))
  if (shown.length === 0) return <p data-qa="competence-empty">{tc.empty}</p>
  return (
    <div className="competence-profile" data-qa="competence-profile">
      {shown.map((s) => (
        <section key={s} aria-labelledby={`competence-${s}`} data-qa={`competence-${s}`}>
          <Heading variant="h3" id={`competence-${s}`} mb="xxs">
            {tc.sections[s]}
          </Heading>
          <ul>
            {lists[s].map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
