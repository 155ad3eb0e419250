import type { Tenant } from '../sim/tenant'
import type { SimQueue } from '../store/types'
import { conflict, HttpError, notFound, type AuthUser } from './respond'

/**
 * What number-validation, capacity and region-affinity rules share in the simulator (and, for the
 * versions, Click-To-Call-In groups): versions for optimistic concurrency, unique names, assignments read from the queues (so they are stored once)
 * and the refusal to delete a rule that a queue still uses.
 */
export interface StoredRule extends VersionedRecord {
  id: string
}

/** What a versioned record carries (rules, Click-To-Call-In groups): who saved which version when. */
export interface VersionedRecord {
  name: string
  version: number
  updatedAt: string
  updatedBy: string
}

export type AssignmentField = 'numberRuleId' | 'capacityRuleId' | 'regionRuleId'

export function findRule<R extends StoredRule>(rules: readonly R[], id: string, kind: string): R {
  const rule = rules.find((r) => r.id === id)
  if (!rule) throw notFound(`No ${kind} rule with ID "${id}".`)
  return rule
}

/** A save or delete must name the version it was based on; otherwise the caller is shown the saved one. */
export function assertVersion<R extends VersionedRecord>(
  rule: R,
  version: number,
  toDto: (rule: R) => unknown,
): void {
  if (rule.version === version) return
  throw new HttpError(
    409,
    40903,
    `"${rule.name}" was changed by ${rule.updatedBy} at ${rule.updatedAt} after you opened it. Review the saved version, then save again or discard your edits.`,
    { current: toDto(rule) },
  )
}

export function assertNameFree(
  rules: readonly StoredRule[],
  name: string,
  exceptId?: string,
): void {
  const taken = rules.some(
    (r) => r.id !== exceptId && r.name.trim().toLowerCase() === name.trim().toLowerCase(),
  )
  if (taken) throw conflict(`A rule named "${name.trim()}" already exists. Choose another name.`)
}

/** Stamp a save: the next version, who and when. */
export function stamp<R extends VersionedRecord>(rule: R, username: string, now: number): R {
  return {
    ...rule,
    version: rule.version + 1,
    updatedAt: new Date(now).toISOString(),
    updatedBy: username,
  }
}

export function queuesUsing(tenant: Tenant, field: AssignmentField, id: string): SimQueue[] {
  return tenant.state.queues.filter((q) => q[field] === id)
}

/** Assignments as a caller may see them: names of permitted queues only, and the full count. */
export function assignmentsOf(
  tenant: Tenant,
  auth: AuthUser,
  field: AssignmentField,
  id: string,
): { assignedQueues: string[]; assignedCount: number } {
  const using = queuesUsing(tenant, field, id)
  return {
    assignedQueues: using.filter((q) => auth.permitted.has(q.name)).map((q) => q.name),
    assignedCount: using.length,
  }
}

export function assertUnassigned(tenant: Tenant, field: AssignmentField, rule: StoredRule): void {
  const count = queuesUsing(tenant, field, rule.id).length
  if (count > 0) {
    throw conflict(
      `"${rule.name}" is assigned to ${count} queue(s). Assign another rule to those queues first.`,
    )
  }
}
