import { clear, createStore, get, set } from 'idb-keyval'
import type { Persistence } from '../sim/simulator'
import type { TenantState } from './types'

/**
 * The demo tenant survives reloads in IndexedDB (localStorage is too small for thousands of
 * callbacks and blocks the page while it writes). The whole state is one value: the in-page tenant
 * is small, and a structured clone of it is cheaper than tracking its parts.
 */
export function indexedDbPersistence(): Persistence {
  const store = createStore('callback-admin-demo', 'tenant')
  return {
    load: () => get<unknown>('state', store),
    save: async (tenant) => {
      tenant.changes.take()
      // A full or unavailable IndexedDB (some private windows) leaves the demo running in memory.
      await set('state', tenant.state satisfies TenantState, store).catch(() => undefined)
    },
    clear: () => clear(store),
  }
}
