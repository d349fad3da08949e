import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm'
import type { Ctx } from '../../platform/context'
import type { Queryable } from '../../platform/db/database'
import { Conflict, Invalid, NotFound, type FieldProblem } from '../../platform/errors'
import type { LocalisedText } from '../../platform/db/columns'
import type { DataCategory } from '../consent/schema'
import { localised } from '../../platform/localised'
import { assertReferralTarget, type ReferralTarget } from '../purchasing/contracts'
import {
  cooperationIndicator,
  eventCard,
  eventCardStep,
  eventCardVersion,
  type ConsentLossRule,
  type EventCardStepKind,
} from './schema'

const text3 = (fi: string, sv: string, en: string): LocalisedText => ({ fi, sv, en })

export async function listIndicators(db: Queryable, includeInactive = false) {
  const rows = await db
    .select()
    .from(cooperationIndicator)
    .where(includeInactive ? undefined : eq(cooperationIndicator.active, true))
    .orderBy(asc(cooperationIndicator.code))
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: text3(r.nameFi, r.nameSv, r.nameEn),
    dataCategory: r.dataCategory,
    active: r.active,
  }))
}

export async function indicatorById(db: Queryable, id: string) {
  const [row] = await db.select().from(cooperationIndicator).where(eq(cooperationIndicator.id, id))
  return row ?? null
}

export interface IndicatorInput {
  code: string
  name: LocalisedText
  dataCategory: DataCategory
  active: boolean
}

export async function saveIndicator(ctx: Ctx, id: string | null, input: IndicatorInput) {
  const values = {
    code: input.code,
    nameFi: input.name.fi,
    nameSv: input.name.sv,
    nameEn: input.name.en,
    dataCategory: input.dataCategory,
    active: input.active,
    updatedAt: ctx.now,
  }
  if (id === null) {
    const [row] = await ctx.db.insert(cooperationIndicator).values(values).returning()
    return row!.id
  }
  const [row] = await ctx.db
    .update(cooperationIndicator)
    .set(values)
    .where(eq(cooperationIndicator.id, id))
    .returning()
  if (!row) throw new NotFound('indicator_not_found', 'No such cooperation indicator.')
  return row.id
}

export interface StepInput {
  responsibleOrganisationId: string
  dueInDays: number
  /** Defaults to waiting for the young person's consent again. */
  onConsentLoss?: ConsentLossRule | undefined
  instruction: LocalisedText
  customerText: LocalisedText
  /** A task (default), or a referral to the purchased service `referTo` names. */
  kind?: EventCardStepKind | undefined
  referTo?: ReferralTarget | null | undefined
}

export interface EventCardVersionInput {
  name: LocalisedText
  waysOfWorking: LocalisedText
  indicatorIds: string[]
  steps: StepInput[]
}

type VersionRow = typeof eventCardVersion.$inferSelect
type StepRow = typeof eventCardStep.$inferSelect

function presentVersion(v: VersionRow, steps: StepRow[], code: string) {
  return {
    id: v.id,
    eventCardId: v.eventCardId,
    code,
    version: v.version,
    status: v.status,
    name: text3(v.nameFi, v.nameSv, v.nameEn),
    waysOfWorking: text3(v.waysOfWorkingFi, v.waysOfWorkingSv, v.waysOfWorkingEn),
    indicatorIds: v.indicatorIds,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    steps: steps
      .filter((s) => s.eventCardVersionId === v.id)
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        id: s.id,
        position: s.position,
        responsibleOrganisationId: s.responsibleOrganisationId,
        dueInDays: s.dueInDays,
        onConsentLoss: s.onConsentLoss,
        instruction: text3(s.instructionFi, s.instructionSv, s.instructionEn),
        customerText: text3(s.customerTextFi, s.customerTextSv, s.customerTextEn),
        kind: s.kind,
        referTo:
          s.kind === 'purchased_service_referral'
            ? {
                contractId: s.referralContractId,
                frameworkArrangementId: s.referralFrameworkArrangementId,
              }
            : null,
      })),
  }
}
export type EventCardVersionView = ReturnType<typeof presentVersion>

async function versionsWithSteps(db: Queryable, versions: (VersionRow & { code: string })[]) {
  if (versions.length === 0) return []
  const steps = await db
    .select()
    .from(eventCardStep)
    .where(
      sql`${eventCardStep.eventCardVersionId} in (${sql.join(
        versions.map((v) => sql`${v.id}::uuid`),
        sql`, `,
      )})`,
    )
  return versions.map((v) => presentVersion(v, steps, v.code))
}

async function selectVersions(db: Queryable, where: ReturnType<typeof and> | undefined) {
  const rows = await db
    .select({ v: eventCardVersion, code: eventCard.code })
    .from(eventCardVersion)
    .innerJoin(eventCard, eq(eventCard.id, eventCardVersion.eventCardId))
    .where(where)
    .orderBy(asc(eventCard.code), desc(eventCardVersion.version))
  return versionsWithSteps(
    db,
    rows.map((r) => ({ ...r.v, code: r.code })),
  )
}

/** Every version of every card (the coordinator's editor). */
export const listEventCardVersions = (db: Queryable) => selectVersions(db, undefined)

export async function eventCardVersionById(db: Queryable, versionId: string) {
  const [v] = await selectVersions(db, and(eq(eventCardVersion.id, versionId)))
  if (!v) throw new NotFound('event_card_version_not_found', 'No such event card version.')
  return v
}

/** Published versions among `ids` (an indicator's offer; a card since retired drops out). */
export function publishedVersionsByIds(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return selectVersions(
    db,
    and(eq(eventCardVersion.status, 'published'), inArray(eventCardVersion.id, [...ids])),
  )
}

/** The published cards that answer an indicator (what a worker is offered). */
export function publishedCardsForIndicator(db: Queryable, indicatorId: string) {
  return selectVersions(
    db,
    and(
      eq(eventCardVersion.status, 'published'),
      sql`${eventCardVersion.indicatorIds} @> array[${indicatorId}::uuid]`,
    ),
  )
}

async function writeSteps(ctx: Ctx, versionId: string, steps: StepInput[]) {
  for (const [i, s] of steps.entries()) {
    if (s.kind === 'purchased_service_referral')
      await assertReferralTarget(
        ctx.db,
        s.referTo ?? { contractId: null, frameworkArrangementId: null },
        `body.steps.${i}.referTo`,
      )
  }
  await ctx.db.delete(eventCardStep).where(eq(eventCardStep.eventCardVersionId, versionId))
  if (steps.length === 0) return
  await ctx.db.insert(eventCardStep).values(
    steps.map((s, i) => ({
      eventCardVersionId: versionId,
      position: i + 1,
      responsibleOrganisationId: s.responsibleOrganisationId,
      dueInDays: s.dueInDays,
      onConsentLoss: s.onConsentLoss ?? 'wait_for_consent',
      instructionFi: s.instruction.fi,
      instructionSv: s.instruction.sv,
      instructionEn: s.instruction.en,
      customerTextFi: s.customerText.fi,
      customerTextSv: s.customerText.sv,
      customerTextEn: s.customerText.en,
      kind: s.kind ?? 'task',
      referralContractId:
        s.kind === 'purchased_service_referral' ? (s.referTo?.contractId ?? null) : null,
      referralFrameworkArrangementId:
        s.kind === 'purchased_service_referral'
          ? (s.referTo?.frameworkArrangementId ?? null)
          : null,
    })),
  )
}

async function assertIndicatorsExist(db: Queryable, ids: string[]) {
  if (ids.length === 0) return
  const found = await db
    .select({ id: cooperationIndicator.id })
    .from(cooperationIndicator)
    .where(
      sql`${cooperationIndicator.id} in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    )
  const known = new Set(found.map((f) => f.id))
  const unknown = ids.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new Invalid('unknown_indicator', 'Unknown cooperation indicator.', [
      {
        field: 'body.indicatorIds',
        code: 'unknown_reference',
        message: 'Unknown cooperation indicator',
      },
    ])
  }
}

const versionValues = (input: EventCardVersionInput) => ({
  nameFi: input.name.fi,
  nameSv: input.name.sv,
  nameEn: input.name.en,
  waysOfWorkingFi: input.waysOfWorking.fi,
  waysOfWorkingSv: input.waysOfWorking.sv,
  waysOfWorkingEn: input.waysOfWorking.en,
  indicatorIds: [...new Set(input.indicatorIds)],
})

/** A new card, or a new draft version of an existing card (an edit of a published one). */
export async function draftEventCard(
  ctx: Ctx,
  code: string,
  input: EventCardVersionInput,
): Promise<EventCardVersionView> {
  const actor = ctx.actor
  await assertIndicatorsExist(ctx.db, input.indicatorIds)
  const [card] = await ctx.db
    .insert(eventCard)
    .values({ code })
    .onConflictDoUpdate({ target: eventCard.code, set: { updatedAt: ctx.now } })
    .returning()
  const [existingDraft] = await ctx.db
    .select({ id: eventCardVersion.id })
    .from(eventCardVersion)
    .where(and(eq(eventCardVersion.eventCardId, card!.id), eq(eventCardVersion.status, 'draft')))
  if (existingDraft)
    throw new Conflict('draft_exists', 'This card has a draft already; edit or publish it first.')
  const [{ latest } = { latest: 0 }] = await ctx.db
    .select({ latest: max(eventCardVersion.version) })
    .from(eventCardVersion)
    .where(eq(eventCardVersion.eventCardId, card!.id))
  const [v] = await ctx.db
    .insert(eventCardVersion)
    .values({
      eventCardId: card!.id,
      version: (latest ?? 0) + 1,
      status: 'draft',
      ...versionValues(input),
      createdByUserId: actor.kind === 'user' ? actor.userId : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning()
  await writeSteps(ctx, v!.id, input.steps)
  return eventCardVersionById(ctx.db, v!.id)
}

export async function updateDraft(ctx: Ctx, versionId: string, input: EventCardVersionInput) {
  const current = await eventCardVersionById(ctx.db, versionId)
  if (current.status !== 'draft') {
    throw new Conflict(
      'not_a_draft',
      'Only a draft can be edited; published versions never change.',
    )
  }
  await assertIndicatorsExist(ctx.db, input.indicatorIds)
  await ctx.db
    .update(eventCardVersion)
    .set({ ...versionValues(input), updatedAt: ctx.now })
    .where(eq(eventCardVersion.id, versionId))
  await writeSteps(ctx, versionId, input.steps)
  return eventCardVersionById(ctx.db, versionId)
}

/** Publishing retires the card's previous published version; open cases keep theirs. */
/** The texts of a version that are still empty in some language, as failing fields. */
function missingTranslations(v: {
  name: LocalisedText
  waysOfWorking: LocalisedText
  steps: { instruction: LocalisedText; customerText: LocalisedText }[]
}): FieldProblem[] {
  const texts: [string, LocalisedText][] = [
    ['name', v.name],
    ['waysOfWorking', v.waysOfWorking],
    ...v.steps.flatMap((s, i): [string, LocalisedText][] => [
      [`steps.${i}.instruction`, s.instruction],
      [`steps.${i}.customerText`, s.customerText],
    ]),
  ]
  return texts.flatMap(([field, text]) =>
    (['fi', 'sv', 'en'] as const)
      .filter((lang) => text[lang].trim() === '')
      .map((lang) => ({
        field: `${field}.${lang}`,
        code: 'translation_missing',
        message: 'Translate before publishing',
      })),
  )
}

export async function publishDraft(ctx: Ctx, versionId: string) {
  const current = await eventCardVersionById(ctx.db, versionId)
  if (current.status !== 'draft')
    throw new Conflict('not_a_draft', 'Only a draft can be published.')
  if (current.steps.length === 0) {
    throw new Invalid('event_card_needs_step', 'A card needs at least one step.', [
      { field: 'steps', code: 'required', message: 'Add a step' },
    ])
  }
  const untranslated = missingTranslations(current)
  if (untranslated.length > 0) {
    throw new Invalid(
      'event_card_untranslated',
      'A card is published in Finnish, Swedish and English.',
      untranslated,
    )
  }
  await ctx.db
    .update(eventCardVersion)
    .set({ status: 'retired', updatedAt: ctx.now })
    .where(
      and(
        eq(eventCardVersion.eventCardId, current.eventCardId),
        eq(eventCardVersion.status, 'published'),
      ),
    )
  await ctx.db
    .update(eventCardVersion)
    .set({ status: 'published', publishedAt: ctx.now, updatedAt: ctx.now })
    .where(eq(eventCardVersion.id, versionId))
  return eventCardVersionById(ctx.db, versionId)
}

export async function retireVersion(ctx: Ctx, versionId: string) {
  const current = await eventCardVersionById(ctx.db, versionId)
  if (current.status !== 'published')
    throw new Conflict('not_published', 'Only a published version can be retired.')
  await ctx.db
    .update(eventCardVersion)
    .set({ status: 'retired', updatedAt: ctx.now })
    .where(eq(eventCardVersion.id, versionId))
  return eventCardVersionById(ctx.db, versionId)
}

/** Code, version and name of event card versions, for the cards opened on cases. */
export async function eventCardNames(db: Queryable, versionIds: readonly string[]) {
  if (versionIds.length === 0)
    return new Map<string, { code: string; version: number; name: LocalisedText }>()
  const rows = await db
    .select({ v: eventCardVersion, code: eventCard.code })
    .from(eventCardVersion)
    .innerJoin(eventCard, eq(eventCard.id, eventCardVersion.eventCardId))
    .where(inArray(eventCardVersion.id, [...versionIds]))
  return new Map(
    rows.map((r) => [r.v.id, { code: r.code, version: r.v.version, name: localised(r.v) }]),
  )
}
