import { clear, createStore, get, set } from 'idb-keyval'
import type { Persistence } from '../sim/simulator'
import type { TenantState } from './types'

/**
 * The demo tenant survives reloads in IndexedDB (localStorage is too small for thousands of
 * callbacks and blocks the page while it writes).
 */
export function indexedDbPersistence(): Persistence {
  const store = createStore('callback-admin-demo', 'tenant')
  return {
    load: () => get<TenantState>('state', store),
    save: (state) => set('state', state, store),
    clear: () => clear(store),
  }
}
