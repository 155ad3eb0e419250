import { setupServer } from 'msw/node'
import { handlers } from './handlers'
import { Simulator, type SimulatorOptions } from './sim/simulator'

/**
 * The simulated tenant for Vitest: the same handlers as the browser, a small seed and a pinned
 * clock by default, and a fresh tenant per test through `resetTenant`.
 */
export const TEST_NOW = Date.parse('2026-11-18T15:00:00.000Z')
const TEST_OPTIONS: SimulatorOptions = { now: () => TEST_NOW, seedSize: 800 }

let simulator = Simulator.fresh(TEST_OPTIONS)

export const server = setupServer(...handlers(() => simulator))

export function resetTenant(options: SimulatorOptions = {}): Simulator {
  simulator = Simulator.fresh({ ...TEST_OPTIONS, ...options })
  return simulator
}

export function currentSimulator(): Simulator {
  return simulator
}
