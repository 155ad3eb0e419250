import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  can,
  canOpenTab,
  effectiveRole,
  PERMISSIONS,
  ROLE_GROUPS,
  ROLES,
  TABS,
  visibleTabs,
  type Permission,
  type Role,
} from './roles'

const A = 'ADMINISTRATOR'
const S = 'SUPERVISOR'
const D = 'DEVELOPER'
const M = 'MONITOR'

/** The role table of the product spec, written out per permission: who holds it. */
const SPEC: Record<Permission, readonly Role[]> = {
  // Callback tab: everyone sees it, only Administrator and Supervisor change callbacks.
  'callbacks.view': [A, S, D, M],
  'callbacks.manage': [A, S],
  // Developer tab and Call-In tab.
  'developer.view': [A, D],
  // The demo tenant's API key is shown to administrators only (the server prints it too).
  'apiKeys.viewDemo': [A],
  'callIn.view': [A, D],
  'callIn.simulate': [A, D],
  // Tools tab.
  'tools.view': [A, S, D],
  'numberRules.edit': [A, S, D],
  // Capacity rules: Admin edits, Supervisor and Developer read, Monitor nothing.
  'capacityRules.view': [A, S, D],
  'capacityRules.edit': [A],
  // Region rules: Admin only.
  'regionRules.edit': [A],
  // Call-in groups: Admin edits, Supervisor and Developer read.
  'callInGroups.view': [A, S, D],
  'callInGroups.edit': [A],
  // Assigning rules on the Queues page.
  'queues.assignNumberRule': [A, S, D],
  'queues.assignCapacityRule': [A],
  'queues.assignRegionRule': [A],
  // A shared tenant (the tenant server) is reset by an administrator only.
  'tenant.reset': [A],
}

const CELLS = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => ({ role, permission, allowed: SPEC[permission].includes(role) })),
)

describe('can(role, permission): the whole role table', () => {
  it('the spec table names every permission', () => {
    expect(Object.keys(SPEC).sort()).toEqual([...PERMISSIONS].sort())
    expect(CELLS).toHaveLength(ROLES.length * PERMISSIONS.length)
  })

  it.each(CELLS)('$role × $permission → $allowed', ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed)
  })

  it('Administrator holds every permission', () => {
    expect(PERMISSIONS.every((p) => can(A, p))).toBe(true)
  })

  it('Monitor only views callbacks', () => {
    expect(PERMISSIONS.filter((p) => can(M, p))).toEqual(['callbacks.view'])
  })

  it('whoever can edit a kind of rule can also read it', () => {
    for (const role of ROLES) {
      if (can(role, 'capacityRules.edit')) expect(can(role, 'capacityRules.view')).toBe(true)
      if (can(role, 'callInGroups.edit')) expect(can(role, 'callInGroups.view')).toBe(true)
    }
  })

  it('nobody manages callbacks without seeing them', () => {
    for (const role of ROLES) {
      if (can(role, 'callbacks.manage')) expect(can(role, 'callbacks.view')).toBe(true)
    }
  })
})

describe('effectiveRole', () => {
  it.each([
    { groups: ['Callback Administrator'], role: A },
    { groups: ['Callback Supervisor'], role: S },
    { groups: ['Callback Developer'], role: D },
    { groups: ['Callback Monitor'], role: M },
  ])('$groups → $role', ({ groups, role }) => {
    expect(effectiveRole(groups)).toBe(role)
  })

  it.each([
    { groups: ['Callback Monitor', 'Callback Administrator'], role: A },
    { groups: ['Callback Developer', 'Callback Supervisor'], role: S },
    { groups: ['Callback Monitor', 'Callback Developer'], role: D },
    { groups: ['Agents', 'Callback Monitor'], role: M },
    {
      groups: [
        'Callback Monitor',
        'Callback Developer',
        'Callback Supervisor',
        'Callback Administrator',
      ],
      role: A,
    },
  ])('several groups $groups → the one with most access, $role', ({ groups, role }) => {
    expect(effectiveRole(groups)).toBe(role)
  })

  it('a user only in "Agents" has no callback role', () => {
    expect(effectiveRole(['Agents'])).toBeNull()
  })

  it('no groups, or unknown and mis-cased group names, give no role', () => {
    expect(effectiveRole([])).toBeNull()
    expect(effectiveRole(['callback administrator', 'Administrator', 'Callback Admin'])).toBeNull()
    // Names that exist on every JavaScript object must not count as groups.
    expect(effectiveRole(['constructor', 'toString', '__proto__', 'hasOwnProperty'])).toBeNull()
  })

  it('ignores order and duplicates; more access never comes from fewer groups', () => {
    const groupNames = [...Object.keys(ROLE_GROUPS), 'Agents', 'Everyone']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...groupNames), { maxLength: 8 }), (groups) => {
        const role = effectiveRole(groups)
        expect(effectiveRole([...groups].reverse())).toBe(role)
        expect(effectiveRole([...groups, ...groups])).toBe(role)
        const granted = groups.map((g) => ROLE_GROUPS[g]).filter((r): r is Role => r !== undefined)
        if (granted.length === 0) {
          expect(role).toBeNull()
        } else {
          expect(role).not.toBeNull()
          // The chosen role holds at least every permission of any held role, except that Supervisor
          // and Developer each have something the other lacks; the precedence puts Supervisor first.
          expect(granted).toContain(role)
          if (granted.includes(A)) expect(role).toBe(A)
        }
      }),
    )
  })
})

describe('tabs', () => {
  it.each([
    { role: A, tabs: ['callback', 'developer', 'call-in', 'tools'] },
    { role: S, tabs: ['callback', 'tools'] },
    { role: D, tabs: ['callback', 'developer', 'call-in', 'tools'] },
    { role: M, tabs: ['callback'] },
  ] as const)('$role sees $tabs', ({ role, tabs }) => {
    expect(visibleTabs(role)).toEqual(tabs)
  })

  it('canOpenTab agrees with visibleTabs for every role and tab', () => {
    for (const role of ROLES) {
      for (const tab of TABS) {
        expect(canOpenTab(role, tab)).toBe(visibleTabs(role).includes(tab))
      }
    }
  })

  it('every role sees the Callback tab first', () => {
    for (const role of ROLES) expect(visibleTabs(role)[0]).toBe('callback')
  })
})
