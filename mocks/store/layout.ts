import type { TenantState } from './types'

/**
 * How the tenant's state is laid out in a store that writes by parts (SQLite):
 * - callbacks: one row each, written when the tenant reports a change (Tenant.changes);
 * - logs: lists of entries that are only ever added or dropped, never edited in place (errors,
 *   cancellations, idempotency records): the store finds new and dropped entries by identity;
 * - documents: everything else, small (about 15 KB for the demo tenant), compared as JSON text and
 *   written when it differs.
 * A new part of the state is a document unless it is listed here.
 */
export const LOG_KEYS = ['errors', 'cancellations', 'idempotency'] as const
export type LogKey = (typeof LOG_KEYS)[number]
export type DocKey = Exclude<keyof TenantState, 'callbacks' | LogKey>

export function docKeys(state: TenantState): DocKey[] {
  const special = new Set<string>(['callbacks', ...LOG_KEYS])
  return (Object.keys(state) as Array<keyof TenantState>).filter(
    (key): key is DocKey => !special.has(key),
  )
}
