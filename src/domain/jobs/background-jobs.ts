import { randomUUID } from 'node:crypto'
import { writeAuditEvent } from '../../platform/audit/audit'
import type { JobDefinition, JobQueue } from '../../platform/background/background'
import type { Db, Queryable } from '../../platform/db/database'
import { actorRoleLabel, type Actor } from '../../platform/context'
import { importFeed, readFeed } from './feed'
import { customersAffectedBy, rematchProfile, type CompetenceFacts } from './matching'
import { expirePostings } from './postings'

/** The named system actor of matching (audited like anyone else). */
export const matchingActor: Actor = { kind: 'system', name: 'job-matching', roles: [] }

export const REMATCH_PROFILE = 'rematch-profile'
export const REMATCH_JOBS = 'rematch-jobs'
export const IMPORT_JOB_FEED = 'import-job-feed'
export const EXPIRE_JOB_POSTINGS = 'expire-job-postings'

/** Where a young person's facts come from: the competence profile (`competenceFacts`). */
export type CompetenceSource = (
  db: Queryable,
  customerId: string,
) => Promise<CompetenceFacts | null>

/** Asks for a young person's matches to be recomputed (e.g. from the profile's change hook). */
export const requestRematch = (queue: JobQueue, db: Queryable, customerId: string) =>
  queue.send(db, REMATCH_PROFILE, { customerId }, { singletonKey: customerId })

/** Asks for the matches that changed postings concern to be recomputed. */
export async function requestRematchOfJobs(queue: JobQueue, db: Queryable, ids: string[]) {
  for (let i = 0; i < ids.length; i += 1000) {
    await queue.send(db, REMATCH_JOBS, { jobPostingIds: ids.slice(i, i + 1000) })
  }
}

export interface JobsBackgroundOptions {
  /** A file path or an http(s) URL of the job feed (docs/job-feed.md); none: no import. */
  feedLocation?: string | undefined
  /** Cron (UTC) of the feed import. */
  feedSchedule?: string
  /** The competence profile's facts: the one source of what matching knows of a person. */
  competenceFacts: CompetenceSource
  log?: (msg: string) => void
}

async function rematchAudited(db: Db, customerId: string, facts: CompetenceFacts, now: Date) {
  await rematchProfile(db, customerId, facts, now)
  await writeAuditEvent(db, {
    occurredAt: now,
    requestId: randomUUID(),
    actorUserId: null,
    actorOrganisationId: null,
    actorRole: actorRoleLabel(matchingActor),
    action: 'jobs.rematch_profile',
    purpose: 'job_matching',
    outcome: 'success',
    personIds: [customerId],
    recordIds: [],
  })
}

/** The jobs module's background work (platform/background). */
export function jobsBackgroundJobs(opts: JobsBackgroundOptions): JobDefinition[] {
  const factsOf = opts.competenceFacts
  const rematchOne: JobDefinition<{ customerId: string }> = {
    name: REMATCH_PROFILE,
    batchSize: 5,
    handle: async ({ customerId }, { database, now }) => {
      const facts = await factsOf(database.db, customerId)
      if (facts) await rematchAudited(database.db, customerId, facts, now)
    },
  }
  const rematchJobs: JobDefinition<{ jobPostingIds: string[] }> = {
    name: REMATCH_JOBS,
    handle: async ({ jobPostingIds }, { database, queue }) => {
      const customers = await customersAffectedBy(database.db, jobPostingIds)
      for (const c of customers) await requestRematch(queue, database.db, c)
    },
  }
  const expire: JobDefinition = {
    name: EXPIRE_JOB_POSTINGS,
    schedule: '*/5 * * * *',
    handle: async (_data, { database, now, queue }) => {
      const ids = await expirePostings(database.db, now)
      await requestRematchOfJobs(queue, database.db, ids)
    },
  }
  const feed: JobDefinition[] = opts.feedLocation
    ? [
        {
          name: IMPORT_JOB_FEED,
          schedule: opts.feedSchedule ?? '17 * * * *',
          handle: async (_data, { database, now, queue }) => {
            const report = await importFeed(database.db, await readFeed(opts.feedLocation!), now)
            opts.log?.(
              `job feed ${report.source ?? '?'}: ${report.created} new, ${report.updated} updated, ` +
                `${report.closed} closed, ${report.rejected.length} rejected`,
            )
            await requestRematchOfJobs(queue, database.db, report.changedIds)
          },
        },
      ]
    : []
  return [rematchOne, rematchJobs, expire, ...feed]
}
