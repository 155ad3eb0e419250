import { createStore, del, get, set } from 'idb-keyval'
import type { Persistence } from '../sim/simulator'
import { yieldToPage } from '../sim/yieldToPage'
import type { TenantState } from './types'

/**
 * The demo tenant survives reloads in IndexedDB (localStorage is too small for thousands of
 * callbacks and blocks the page while it writes). The whole state is one value: the in-page tenant
 * is small, and a structured clone of it is cheaper than tracking its parts.
 */
export const DEMO_DATABASE = 'callback-admin-demo'
const STATE = 'state'
/** Where the last saved tenant that could not be read is kept, beside the current one. */
export const UNREADABLE_STATE = 'state.unreadable'

export function indexedDbPersistence(): Persistence {
  const store = createStore(DEMO_DATABASE, 'tenant')
  return {
    load: async () => {
      const saved = await get<unknown>(STATE, store)
      // Reading it is one long task already (a structured clone of the whole tenant): checking and
      // indexing it in the same task made the page's longest task at start-up.
      await yieldToPage()
      return saved
    },
    save: async (tenant) => {
      tenant.changes.take()
      // A full or unavailable IndexedDB (some private windows) leaves the demo running in memory.
      await set(STATE, tenant.state satisfies TenantState, store).catch(() => undefined)
    },
    // The copy set aside stays: Reset demo data starts the tenant over, it does not erase evidence.
    clear: () => del(STATE, store),
    setAside: async () => {
      const unreadable = await get<unknown>(STATE, store)
      await set(UNREADABLE_STATE, unreadable, store)
      await del(STATE, store)
    },
  }
}
