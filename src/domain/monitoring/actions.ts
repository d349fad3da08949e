import { defineRoleAction, role } from '../../platform/access'

export const monitoringActions = {
  /** Aggregates with disclosure control; names nobody. */
  readReport: defineRoleAction('monitoring.read', [role('coordinator')]),
  exportReport: defineRoleAction('monitoring.export', [role('coordinator')]),
  /** Registry data by identity code: the import records the customers it touched. */
  importRegistryData: defineRoleAction('monitoring.import', [role('coordinator')]),
  /** The organisation's keys for machine clients; names nobody. */
  manageApiKeys: defineRoleAction('api_key.manage', [role('coordinator')]),
}
