import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { isStatus } from '../../../api/client'
import { caseApi } from '../../../api/cases'
import type { EventCardInput, EventCardVersion } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { ErrorState, Loading } from '../../../components/AsyncState'
import { useOrganisations } from '../../../components/case/shared'
import { PageHeading } from '../../../components/PageHeading'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { EventCardForm } from './EventCardForm'
import { StatusText } from './EventCardsPage'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { useCardActions } from './useCardActions'

/** A published or retired version: it never changes, so it is shown as text. */
function VersionView({ version }: { version: EventCardVersion }) {
  const { t, lang } = useI18n()
  const { nameOf } = useOrganisations()
  const indicators = useQuery({
    queryKey: ['indicators', 'all'],
    queryFn: () => caseApi.indicators(true),
  })
  const actions = useCardActions()
  const name = localName(version.name, lang)
  return (
    <>
      <ConfirmDialog {...actions.confirmation} />
      <InlineAlert className="block-gap" data-qa="read-only">
        {t.catalogue.cards.readOnly}
      </InlineAlert>
      {actions.errorText && (
        <InlineAlert status="error" role="alert" className="block-gap" data-qa="card-error">
          {actions.errorText}
        </InlineAlert>
      )}
      <section className="section" aria-labelledby="card-ways">
        <Heading variant="h2" id="card-ways" mb="xs">
          {t.catalogue.cards.waysLegend}
        </Heading>
        <Paragraph>{localName(version.waysOfWorking, lang)}</Paragraph>
        <Heading variant="h3" mt="m" mb="xs">
          {t.catalogue.cards.indicatorsLegend}
        </Heading>
        <ul className="plain-list">
          {version.indicatorIds.map((id) => {
            const i = indicators.data?.items.find((x) => x.id === id)
            return <li key={id}>{i ? localName(i.name, lang) : ''}</li>
          })}
        </ul>
      </section>
      <section className="section" aria-labelledby="card-steps">
        <Heading variant="h2" id="card-steps" mb="s">
          {t.catalogue.cards.stepsTitle}
        </Heading>
        <ol className="card-list">
          {[...version.steps]
            .sort((a, b) => a.position - b.position)
            .map((s) => (
              <li key={s.id} className="card" data-qa="card-step">
                <p className="card__title">
                  {nameOf(s.responsibleOrganisationId)}, {t.catalogue.cards.stepDue(s.dueInDays)}
                </p>
                <dl className="details details--compact">
                  <div className="details__row">
                    <dt>{t.catalogue.cards.instructionLegend}</dt>
                    <dd>{localName(s.instruction, lang)}</dd>
                  </div>
                  <div className="details__row">
                    <dt>{t.catalogue.cards.customerTextLegend}</dt>
                    <dd>{localName(s.customerText, lang)}</dd>
                  </div>
                </dl>
              </li>
            ))}
        </ol>
      </section>
      {version.status === 'published' && (
        <div className="button-row block-gap-top">
          <Button
            variant="secondary"
            disabled={actions.busy}
            aria-label={t.catalogue.cards.newVersionOf(name)}
            onClick={() => actions.newVersion.mutate(version)}
            data-qa="new-version"
          >
            {t.catalogue.cards.newVersion}
          </Button>
          <Button
            variant="secondary"
            disabled={actions.busy}
            aria-label={t.catalogue.cards.retireVersion(version.version)}
            onClick={() => actions.askRetire(version)}
            data-qa="retire-version"
          >
            {t.catalogue.cards.retire}
          </Button>
        </div>
      )}
    </>
  )
}

/** One event-card version: a draft (or a new card) is edited, the others are read. */
export function EventCardPage() {
  const { t, lang } = useI18n()
  const { versionId = 'new' } = useParams()
  const isNew = versionId === 'new'
  const navigate = useNavigate()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const version = useQuery({
    queryKey: ['event-cards', versionId],
    queryFn: () => caseApi.eventCardVersion(versionId),
    enabled: !isNew,
  })
  const save = useMutation({
    mutationFn: async (args: { code: string; input: EventCardInput; publish: boolean }) => {
      const saved = isNew
        ? await caseApi.draftEventCard(args.code, args.input)
        : await caseApi.updateDraft(versionId, args.input)
      return args.publish ? caseApi.publish(saved.id) : saved
    },
  })
  const onSave = async (code: string, input: EventCardInput, publish: boolean) => {
    let saved: EventCardVersion
    try {
      saved = await save.mutateAsync({ code, input, publish })
    } catch {
      return
    }
    await queryClient.invalidateQueries({ queryKey: ['event-cards'] })
    const name = localName(saved.name, lang)
    announce(
      publish ? t.catalogue.cards.publishedMsg(name, saved.version) : t.catalogue.cards.draftSaved,
    )
    if (isNew) await navigate(`/catalogue/event-cards/${saved.id}`, { replace: true })
  }

  const title = isNew
    ? t.catalogue.cards.newTitle
    : version.data
      ? t.catalogue.cards.editTitle(localName(version.data.name, lang), version.data.version)
      : t.catalogue.cards.title
  return (
    <>
      <p className="back-link">
        <Link to="/catalogue/event-cards" className="text-link" data-qa="back-to-cards">
          ← {t.catalogue.cards.back}
        </Link>
      </p>
      <PageHeading title={title} />
      {version.data && (
        <p className="block-gap">
          <StatusText version={version.data} /> <code>{version.data.code}</code>
        </p>
      )}
      {isNew ? (
        <EventCardForm draft={null} onSave={onSave} busy={save.isPending} error={save.error} />
      ) : version.isPending ? (
        <Loading />
      ) : version.isError ? (
        isStatus(version.error, 404) ? (
          <InlineAlert status="warning">{t.notFound.text}</InlineAlert>
        ) : (
          <ErrorState error={version.error} />
        )
      ) : version.data.status === 'draft' ? (
        <EventCardForm
          key={version.data.id}
          draft={version.data}
          onSave={onSave}
          busy={save.isPending}
          error={save.error}
        />
      ) : (
        <VersionView version={version.data} />
      )}
    </>
  )
}
