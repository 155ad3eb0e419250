import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { SESSION_COOKIE } from './handlers/respond'
import type { SimulatorHooks } from './hooks'
import { Simulator } from './sim/simulator'
import { indexedDbPersistence } from './store/indexedDb'

/** Where MSW saves its cookie jar (msw/src/core/utils/cookie-store.ts). */
const MSW_COOKIE_JAR = '__msw-cookie-store__'

/** A little latency by default, so the demo shows loading states as a real backend would. */
const DEFAULT_LATENCY_MS = 80

export interface DemoTenant {
  shared: false
  /** Why the saved tenant was replaced by a fresh seed at start, if it was. */
  recovered: string | null
  startFailure: null
  /** Throw away every change and start from a freshly seeded tenant. */
  reset(): Promise<void>
  /** Drop this page's session cookie now: a sign-out sticks even if the page closes at once. */
  forgetSession(): void
}

/** Start the simulated tenant in this tab: Mock Service Worker answers the API from here on. */
export async function startDemoTenant(options: {
  idleTimeoutMinutes: number
}): Promise<DemoTenant> {
  const hooks: SimulatorHooks = window.__callbackSimConfig ?? {}
  const simulator = await Simulator.start({
    idleTimeoutMinutes: options.idleTimeoutMinutes,
    latencyMs: hooks.latencyMs ?? DEFAULT_LATENCY_MS,
    ...(hooks.seedSize !== undefined ? { seedSize: hooks.seedSize } : {}),
    ...(hooks.seed !== undefined ? { seed: hooks.seed } : {}),
    ...(hooks.faults ? { faults: hooks.faults } : {}),
    ...(hooks.persist === false ? {} : { persistence: indexedDbPersistence() }),
  })
  const worker = setupWorker(...handlers(() => simulator))
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true })
  addEventListener('pagehide', () => simulator.flush())
  window.__callbackSim = {
    setFault: (endpoint, fault) => simulator.faults.set(endpoint, fault),
    clearFaults: () => simulator.faults.clear(),
    setLatency: (ms) => {
      simulator.latencyMs = ms
    },
    countCallbacks: (predicate = {}) =>
      simulator
        .tenant()
        .state.callbacks.filter(
          (c) =>
            (!predicate.phoneNumber || c.phoneNumber === predicate.phoneNumber) &&
            (!predicate.serviceName || c.serviceName === predicate.serviceName),
        ).length,
  }
  return {
    shared: false,
    recovered: simulator.recovered ?? null,
    startFailure: null,
    reset: () => simulator.reset(),
    forgetSession: () => {
      document.cookie = `${SESSION_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0`
      // MSW keeps the cookies its mocked responses set in a jar of its own, saved in localStorage and
      // read for every request: a tab closed before the sign-out answer arrives would leave the
      // session there for the next tab.
      localStorage.removeItem(MSW_COOKIE_JAR)
    },
  }
}

/**
 * Move the saved tenant aside without starting one (the page offers this when the tenant could not
 * start at all): the next start seeds a fresh tenant.
 */
export async function setAsideSavedTenant(): Promise<void> {
  await indexedDbPersistence().setAside?.()
}
