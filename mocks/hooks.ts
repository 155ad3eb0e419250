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
    __callbackSim?: {
      setFault(endpoint: string, fault: Fault): void
      clearFaults(): void
      setLatency(ms: number): void
      /** Counts of callbacks by state, for tests that check nothing was duplicated. */
      countCallbacks(predicate?: { phoneNumber?: string; serviceName?: string }): number
    }
  }
}
