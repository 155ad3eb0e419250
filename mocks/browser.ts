import { getResponse, http } from 'msw'
import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { API } from './handlers/fallback'
import { SESSION_COOKIE } from './handlers/respond'
import { endSession } from './handlers/session'
import type { SimulatorHooks } from './hooks'
import type { Fault } from './sim/faults'
import { Simulator, type Transport } from './sim/simulator'
import { indexedDbPersistence } from './store/indexedDb'
import { shareTenant, type TenantHost } from './tabs/sharedTenant'

/** Where MSW saves its cookie jar (msw/src/core/utils/cookie-store.ts). */
const MSW_COOKIE_JAR = '__msw-cookie-store__'

/** A little latency by default, so the demo shows loading states as a real backend would. */
const DEFAULT_LATENCY_MS = 80
/** The Web Lock and BroadcastChannel the tabs of one browser share their tenant by. */
const SHARED_TENANT = 'callback-admin-demo-tenant'

export interface DemoTenant {
  shared: false
  /** Why the saved tenant was replaced by a fresh seed at start, if it was. */
  recovered: string | null
  startFailure: null
  /** Throw away every change and start from a freshly seeded tenant. */
  reset(): Promise<void>
  /** Drop this browser's session now: a sign-out sticks even if the page closes at once. */
  forgetSession(): void
}

/** What a tab asks of the tenant besides HTTP: the test hooks and the demo's own controls. */
type DemoCommand =
  | { kind: 'setFault'; endpoint: string; fault: Fault }
  | { kind: 'clearFaults' }
  | { kind: 'setLatency'; ms: number }
  | { kind: 'countCallbacks'; predicate: { phoneNumber?: string; serviceName?: string } }
  | { kind: 'reset' }
  | { kind: 'endSession'; token: string }

function browserCookies(): Record<string, string> {
  return Object.fromEntries(
    document.cookie
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=')
        return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
      }),
  )
}

/**
 * In the page a request's cookies are the browser's (one jar for every tab), not Mock Service
 * Worker's own per-tab copy, which would keep a session another tab has ended.
 */
const PAGE: Transport = { httpOnlyCookies: false, corsOrigins: [], cookies: browserCookies }

async function runCommand(simulator: Simulator, command: DemoCommand): Promise<unknown> {
  switch (command.kind) {
    case 'setFault':
      simulator.faults.set(command.endpoint, command.fault)
      return
    case 'clearFaults':
      simulator.faults.clear()
      return
    case 'setLatency':
      simulator.latencyMs = command.ms
      return
    case 'countCallbacks': {
      const { phoneNumber, serviceName } = command.predicate
      return simulator
        .tenant()
        .state.callbacks.filter(
          (c) =>
            (!phoneNumber || c.phoneNumber === phoneNumber) &&
            (!serviceName || c.serviceName === serviceName),
        ).length
    }
    case 'reset':
      return simulator.reset()
    case 'endSession':
      endSession(simulator.tenant(), command.token)
      return simulator.persistNow()
  }
}

/**
 * Start the simulated tenant for this tab: Mock Service Worker answers the API from here on. The
 * tabs of one browser share one tenant (mocks/tabs/sharedTenant.ts): this tab runs it or forwards
 * to the tab that does.
 */
export async function startDemoTenant(options: {
  idleTimeoutMinutes: number
}): Promise<DemoTenant> {
  const hooks: SimulatorHooks = window.__callbackSimConfig ?? {}
  let recovered: string | null = null
  const tenant = await shareTenant<DemoCommand>({
    name: SHARED_TENANT,
    reads: (command) => command.kind === 'countCallbacks',
    start: async (): Promise<TenantHost<DemoCommand>> => {
      const simulator = await Simulator.start({
        idleTimeoutMinutes: options.idleTimeoutMinutes,
        latencyMs: hooks.latencyMs ?? DEFAULT_LATENCY_MS,
        transport: PAGE,
        ...(hooks.seedSize !== undefined ? { seedSize: hooks.seedSize } : {}),
        ...(hooks.seed !== undefined ? { seed: hooks.seed } : {}),
        ...(hooks.faults ? { faults: hooks.faults } : {}),
        ...(hooks.persist === false ? {} : { persistence: indexedDbPersistence() }),
      })
      recovered = simulator.recovered ?? null
      addEventListener('pagehide', () => simulator.flush())
      const api = handlers(() => simulator)
      return {
        answer: async (request) =>
          (await getResponse(api, request)) ?? new Response(null, { status: 404 }),
        command: (command) => runCommand(simulator, command),
      }
    },
  })
  const worker = setupWorker(http.all(API, ({ request }) => tenant.fetch(request)))
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true })
  window.__callbackSim = {
    setFault: (endpoint, fault) => tenant.command({ kind: 'setFault', endpoint, fault }),
    clearFaults: () => tenant.command({ kind: 'clearFaults' }),
    setLatency: (ms) => tenant.command({ kind: 'setLatency', ms }),
    countCallbacks: (predicate = {}) =>
      tenant.command({ kind: 'countCallbacks', predicate }) as Promise<number>,
  }
  return {
    shared: false,
    recovered,
    startFailure: null,
    reset: () => tenant.command({ kind: 'reset' }).then(() => undefined),
    forgetSession: () => {
      const token = browserCookies()[SESSION_COOKIE]
      document.cookie = `${SESSION_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0`
      // MSW also keeps the cookies its mocked responses set, in a jar of its own in localStorage.
      // The handlers read the browser's cookies (PAGE.cookies), but a token left in that jar is
      // still a live session's secret in storage: it goes with the browser's cookie.
      localStorage.removeItem(MSW_COOKIE_JAR)
      // Ended at the tenant at once, whatever happens to the DELETE the page sends.
      if (token) void tenant.command({ kind: 'endSession', token }).catch(() => undefined)
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
