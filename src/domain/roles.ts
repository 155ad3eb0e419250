/**
 * Roles and permissions (product.md §1.2). One table, one check: the UI hides what `can` refuses and
 * the simulator answers 403 for the same thing.
 */
export const ROLES = ['ADMINISTRATOR', 'SUPERVISOR', 'DEVELOPER', 'MONITOR'] as const
export type Role = (typeof ROLES)[number]

/** Access groups that grant a callback role. A user in several gets the role with most access. */
export const ROLE_GROUPS: Record<string, Role> = {
  'Callback Administrator': 'ADMINISTRATOR',
  'Callback Supervisor': 'SUPERVISOR',
  'Callback Developer': 'DEVELOPER',
  'Callback Monitor': 'MONITOR',
}

/** Ordered from most to least access; used to pick the effective role. */
const ROLE_PRECEDENCE: readonly Role[] = ['ADMINISTRATOR', 'SUPERVISOR', 'DEVELOPER', 'MONITOR']

export const PERMISSIONS = [
  'callbacks.view',
  'callbacks.manage', // create, reschedule, cancel, recreate, bulk cancel, export cancelled
  'developer.view', // the Developer tab: errors, API key validation, credentials, CORS origins
  'apiKeys.viewDemo', // see the demo tenant's API key on API Key Validation
  'callIn.view',
  'callIn.simulate', // play the consumer on the demo tenant; switch its simulated callers
  'tools.view',
  'numberRules.edit',
  'capacityRules.view',
  'capacityRules.edit',
  'regionRules.edit',
  'callInGroups.view',
  'callInGroups.edit',
  'queues.assignNumberRule',
  'queues.assignCapacityRule',
  'queues.assignRegionRule',
  'tenant.reset', // start a shared tenant (the tenant server) over from a fresh seed
] as const
export type Permission = (typeof PERMISSIONS)[number]

const TABLE: Record<Role, readonly Permission[]> = {
  ADMINISTRATOR: PERMISSIONS,
  SUPERVISOR: [
    'callbacks.view',
    'callbacks.manage',
    'tools.view',
    'numberRules.edit',
    'capacityRules.view',
    'callInGroups.view',
    'queues.assignNumberRule',
  ],
  DEVELOPER: [
    'callbacks.view',
    'developer.view',
    'callIn.view',
    'callIn.simulate',
    'tools.view',
    'numberRules.edit',
    'capacityRules.view',
    'callInGroups.view',
    'queues.assignNumberRule',
  ],
  MONITOR: ['callbacks.view'],
}

export function can(role: Role, permission: Permission): boolean {
  return TABLE[role].includes(permission)
}

/** The effective role for a set of access groups, or null when none grants a callback role. */
export function effectiveRole(groups: readonly string[]): Role | null {
  const held = new Set(
    groups.filter((group) => Object.hasOwn(ROLE_GROUPS, group)).map((group) => ROLE_GROUPS[group]),
  )
  return ROLE_PRECEDENCE.find((role) => held.has(role)) ?? null
}

export const TABS = ['callback', 'developer', 'call-in', 'tools'] as const
export type Tab = (typeof TABS)[number]

const TAB_PERMISSION: Record<Tab, Permission> = {
  callback: 'callbacks.view',
  developer: 'developer.view',
  'call-in': 'callIn.view',
  tools: 'tools.view',
}

export function canOpenTab(role: Role, tab: Tab): boolean {
  return can(role, TAB_PERMISSION[tab])
}

export function visibleTabs(role: Role): Tab[] {
  return TABS.filter((tab) => canOpenTab(role, tab))
}
