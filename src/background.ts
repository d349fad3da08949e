import type { Config } from './platform/config'
import type { JobDefinition } from './platform/background/background'
import { competenceFacts, profileChangedListeners } from './domain/competence/facts'
import { jobsBackgroundJobs } from './domain/jobs/background-jobs'
import { monitoringBackgroundJobs } from './domain/monitoring/export-jobs'
import { rematchOnProfileChange } from './domain/jobs/profile-changes'

// A saved competence profile is re-matched (docs/competence.md "For matching").
if (!profileChangedListeners.includes(rematchOnProfileChange))
  profileChangedListeners.push(rematchOnProfileChange)

/** Every module's background jobs (wiring only; docs/background-jobs.md). */
export function backgroundJobs(config: Config, log: (msg: string) => void): JobDefinition[] {
  return [
    ...jobsBackgroundJobs({
      feedLocation: config.JOB_FEED_LOCATION,
      feedSchedule: config.JOB_FEED_SCHEDULE,
      competenceFacts,
      log,
    }),
    ...monitoringBackgroundJobs(),
  ]
}
