import type { RowKey } from './layout'

interface Row {
  id: string
}

/**
 * Records of the row-kept parts of the state (callbacks, …: see layout.ts) written or removed since
 * the last commit. The tenant reports every change it makes to such a record here, so a store that
 * keeps one row per record (SQLite) writes only what changed instead of 100,000 records per
 * request. The rest of the state is small or append-only and is compared by the store itself.
 */
export class RowChanges {
  private readonly changed = new Map<RowKey, Map<string, Row | null>>()

  put(key: RowKey, record: Row): void {
    this.table(key).set(record.id, record)
  }

  remove(key: RowKey, id: string): void {
    this.table(key).set(id, null)
  }

  get size(): number {
    let n = 0
    for (const table of this.changed.values()) n += table.size
    return n
  }

  /** Hand the pending changes to a store and start afresh. */
  take(): Map<RowKey, Map<string, Row | null>> {
    const taken = new Map<RowKey, Map<string, Row | null>>()
    for (const [key, table] of this.changed) taken.set(key, new Map<string, Row | null>(table))
    this.changed.clear()
    return taken
  }

  /** Put back changes a failed write did not store, unless newer ones replaced them meanwhile. */
  restore(changes: Map<RowKey, Map<string, Row | null>>): void {
    for (const [key, table] of changes) {
      const current = this.table(key)
      for (const [id, record] of table) if (!current.has(id)) current.set(id, record)
    }
  }

  private table(key: RowKey): Map<string, Row | null> {
    let table = this.changed.get(key)
    if (!table) this.changed.set(key, (table = new Map<string, Row | null>()))
    return table
  }
}
