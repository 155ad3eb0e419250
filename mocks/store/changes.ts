import type { CallbackRecord } from './types'

/**
 * Callbacks written or removed since the last commit. The tenant records every change it makes to a
 * callback here, so a store that keeps one row per callback (SQLite) writes only what changed
 * instead of 100,000 records per request. The rest of the state is small or append-only and is
 * compared by the store itself (see mocks/store/layout.ts).
 */
export class CallbackChanges {
  private readonly changed = new Map<string, CallbackRecord | null>()

  put(record: CallbackRecord): void {
    this.changed.set(record.id, record)
  }

  remove(id: string): void {
    this.changed.set(id, null)
  }

  get size(): number {
    return this.changed.size
  }

  /** Hand the pending changes to a store and start afresh (they are gone if the write fails). */
  take(): Map<string, CallbackRecord | null> {
    const taken = new Map(this.changed)
    this.changed.clear()
    return taken
  }

  /** Put back changes a failed write did not store, unless newer ones replaced them meanwhile. */
  restore(changes: Map<string, CallbackRecord | null>): void {
    for (const [id, record] of changes) if (!this.changed.has(id)) this.changed.set(id, record)
  }
}
