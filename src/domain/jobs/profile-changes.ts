import type { ProfileChangedListener } from '../competence/facts'
import { requestRematch } from './background-jobs'

/**
 * The competence profile's change hook: a saved profile is re-matched shortly after its save
 * commits. The job is enqueued on the saving transaction (a plain send would hang on PGlite and
 * commit on its own on PostgreSQL; docs/background-jobs.md).
 */
export const rematchOnProfileChange: ProfileChangedListener = async (db, customerId, queue) => {
  if (queue) await requestRematch(queue, db, customerId)
}
