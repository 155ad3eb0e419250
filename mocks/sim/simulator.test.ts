import { describe, expect, it } from 'vitest'
import { Simulator, type Persistence } from './simulator'
import type { Tenant } from './tenant'

/** The page's tenant must come up whatever IndexedDB holds: a demo never stays blank. */
const NOW = Date.parse('2026-11-18T15:00:00.000Z')

function memory(saved: unknown): Persistence & { saves: number; cleared: number } {
  const store = {
    saves: 0,
    cleared: 0,
    load: () => Promise.resolve(saved),
    save: (tenant: Tenant) => {
      store.saves++
      saved = structuredClone(tenant.state)
      return Promise.resolve()
    },
    clear: () => {
      store.cleared++
      saved = undefined
      return Promise.resolve()
    },
  }
  return store
}

describe('starting the in-page tenant', () => {
  it.each([
    ['not an object', 'garbage'],
    ['no schema version', { callbacks: [] }],
    ['a newer schema', { schema: 999 }],
    ['parts missing', { schema: 2, callbacks: [] }],
    ['of an unknown shape', { schema: 2, foo: 1 }],
    [
      'callbacks of the wrong shape',
      { schema: 2, apiKeys: [], users: [], queues: [], sessions: [], errors: [], callbacks: [42] },
    ],
  ])('starts from a fresh seed when the saved tenant is %s, and says why', async (_what, saved) => {
    const persistence = memory(saved)
    const simulator = await Simulator.start({ now: () => NOW, seedSize: 50, persistence })
    expect(simulator.recovered).toBeTruthy()
    expect(persistence.cleared).toBe(1)
    expect(persistence.saves).toBe(1)
    expect(simulator.tenant().state.callbacks.length).toBeGreaterThan(0)
  })

  it('keeps the unreadable copy aside when the store can, rather than erasing it', async () => {
    const damaged = { schema: 2, foo: 1 }
    const asides: unknown[] = []
    const persistence = memory(damaged)
    persistence.setAside = async () => {
      asides.push(await persistence.load())
    }
    const simulator = await Simulator.start({ now: () => NOW, seedSize: 50, persistence })
    expect(simulator.recovered).toMatch(/apiKeys are missing/)
    expect(asides).toEqual([damaged])
    expect(persistence.cleared).toBe(0)
    expect(persistence.saves).toBe(1)
  })

  it('keeps a readable saved tenant as it is', async () => {
    const first = memory(undefined)
    const seeded = await Simulator.start({ now: () => NOW, seedSize: 50, persistence: first })
    const count = seeded.tenant().state.callbacks.length
    const again = await Simulator.start({ now: () => NOW, persistence: memory(await first.load()) })
    expect(again.recovered).toBeUndefined()
    expect(again.tenant().state.callbacks).toHaveLength(count)
  })

  it('refuses an unreadable tenant when asked to (the tenant server names the problem instead)', async () => {
    await expect(
      Simulator.start({
        now: () => NOW,
        persistence: memory({ schema: 999 }),
        unreadable: 'throw',
      }),
    ).rejects.toThrow(/newer version/)
  })
})
