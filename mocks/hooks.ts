import type { Fault } from './sim/faults'

/**
 * What a test or a benchmark can set before the page loads (Playwright's addInitScript), and what
 * it can reach afterwards, on the demo tenant only.
 */
export interface SimulatorHooks {
  seedSize?: number
  seed?: number
  latencyMs?: number
  faults?: Record<string, Fault>
  /** false: start from a fresh seed and never write to IndexedDB. */
  persist?: boolean
}

declare global {
  interface Window {
    __callbackSimConfig?: SimulatorHooks
    /** Reaches the tenant wherever it runs (this tab or the one leading): every call is async. */
    __callbackSim?: {
      setFault(endpoint: string, fault: Fault): Promise<unknown>
      clearFaults(): Promise<unknown>
      setLatency(ms: number): Promise<unknown>
      /** Counts of callbacks by state, for tests that check nothing was duplicated. */
      countCallbacks(predicate?: { phoneNumber?: string; serviceName?: string }): Promise<number>
    }
  }
}
