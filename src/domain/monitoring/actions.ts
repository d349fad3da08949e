import { defineRoleAction, role } from '../../platform/access'
import { hasRole, type Actor } from '../../platform/context'
import { Forbidden } from '../../platform/errors'
import { wholeNetwork, type MonitoringScope } from './counts'

/** Who sees the figures: the network's coordinators, and an organisation's lead. */
const figureReaders = [role('coordinator'), role('organisation_lead')]

export const monitoringActions = {
  /** Aggregates with disclosure control; names nobody. Scope: `reportScope`. */
  readReport: defineRoleAction('monitoring.read', figureReaders),
  /** Downloads and background exports of the same figures, the same scope. */
  exportReport: defineRoleAction('monitoring.export', figureReaders),
  /** Registry data by identity code: the import records the customers it touched. */
  importRegistryData: defineRoleAction('monitoring.import', [role('coordinator')]),
  /** The organisation's keys for machine clients; names nobody. */
  manageApiKeys: defineRoleAction('api_key.manage', [role('coordinator')]),
}

/**
 * Whose figures an actor of `readReport`/`exportReport` sees: a coordinator the whole network's,
 * an organisation lead the joint customerships their own organisation enrolled — with the same
 * suppression. The one place this is decided.
 */
export function reportScope(actor: Actor): MonitoringScope {
  if (hasRole(actor, 'coordinator')) return wholeNetwork
  if (actor.kind === 'user' && hasRole(actor, 'organisation_lead') && actor.organisationId)
    return { organisationId: actor.organisationId }
  throw new Forbidden('forbidden', 'Only coordinators and organisation leads see the figures.')
}
