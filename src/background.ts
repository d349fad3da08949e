import type { Config } from './platform/config'
import type { JobDefinition } from './platform/background/background'
import { jobsBackgroundJobs } from './domain/jobs/background-jobs'

/** Every module's background jobs (wiring only; docs/background-jobs.md). */
export function backgroundJobs(config: Config, log: (msg: string) => void): JobDefinition[] {
  return [
    ...jobsBackgroundJobs({
      feedLocation: config.JOB_FEED_LOCATION,
      feedSchedule: config.JOB_FEED_SCHEDULE,
      log,
    }),
  ]
}
