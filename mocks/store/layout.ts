import { callInComparator } from '@/domain/callInQuery'
import { compareInstants } from '@/domain/callbackQuery'
import type { TenantState } from './types'

/**
 * How the tenant's state is laid out in a store that writes by parts (SQLite):
 * - rows: lists of records with an `id` that change in place and are too large to rewrite on every
 *   change. One row each, written when the tenant reports the record changed
 *   (`tenant.changes.put(key, record)` / `remove`). Callbacks have a table of their own with their
 *   state, queue and times as columns; any other row-kept list goes to the generic `rows` table.
 * - logs: lists of entries that are only ever added at either end or dropped, never edited in place
 *   (errors, cancellations, idempotency records): the store finds new and dropped entries by
 *   identity, no reporting needed.
 * - documents: everything else, small (about 15 KB for the demo tenant), compared as JSON text and
 *   written when it differs.
 * A new part of the state is a document unless it is listed here. A large list whose entries change
 * in place belongs in ROW_KEYS (and every change to it must be reported).
 */
export const ROW_KEYS = ['callbacks', 'callIns'] as const
export type RowKey = (typeof ROW_KEYS)[number]
type RowOf<K extends RowKey> = TenantState[K][number]
/**
 * The order each row-kept list is kept in memory, which a store must read it back in: callbacks by
 * desired time (the callbacks table has it as a column), call-ins oldest first.
 */
export const ROW_ORDER: { [K in RowKey]: (a: RowOf<K>, b: RowOf<K>) => number } = {
  callbacks: (a, b) => compareInstants(a.desiredTime, b.desiredTime) || (a.id < b.id ? -1 : 1),
  callIns: callInComparator('createdAt', 'asc'),
}
export const LOG_KEYS = ['errors', 'cancellations', 'idempotency'] as const
export type LogKey = (typeof LOG_KEYS)[number]
export type DocKey = Exclude<keyof TenantState, RowKey | LogKey>

export function docKeys(state: TenantState): DocKey[] {
  const special = new Set<string>([...ROW_KEYS, ...LOG_KEYS])
  return (Object.keys(state) as Array<keyof TenantState>).filter(
    (key): key is DocKey => !special.has(key),
  )
}
