import { describe, expect, it } from 'vitest'
import { defined } from '@/test/defined'
import { seedCallInGroups } from '../seed/callInGroups'
import { seedTenant } from '../seed/seedTenant'
import { migrateState, STATE_SCHEMA, StoredStateError } from './migrations'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')

/** A saved tenant as an older build wrote it: this build's state without the parts added since. */
function savedAt(schema: number): Record<string, unknown> {
  const state = JSON.parse(JSON.stringify(seedTenant({ now: NOW, size: 40 }).state)) as Record<
    string,
    unknown
  >
  state.schema = schema
  if (schema < 3) delete state.callInGroups
  if (schema < 4) {
    delete state.callIns
    delete state.simulatedCallers
  }
  if (schema < 5) {
    delete state.apiKeyChecks
    state.users = (state.users as Array<{ username: string }>).filter(
      (u) => u.username !== 'sales.developer',
    )
    const callbackId = defined(
      (state.callbacks as Array<{ id: string; serviceName: string }>).find(
        (c) => c.serviceName === 'Service 24x7 VQ_CB',
      ),
    ).id
    const old = (url: string, message: string, requestBody?: string) => ({
      corrId: 'c',
      url,
      method: 'POST',
      timeStamp: new Date(NOW).toISOString(),
      statusCode: 404,
      code: 40401,
      message,
      ...(requestBody === undefined ? {} : { requestBody }),
    })
    state.errors = [
      old('/admin/v1/queues/Claims%20VQ_CB', 'Not found'),
      old('/engagement/v3/callbacks/retrieve', 'No callback', `{"id":"${callbackId}"}`),
      old('/admin/v1/session', 'Wrong password'),
    ]
  }
  if (schema < 6) {
    delete state.credentials
    delete state.recaptcha
  }
  return state
}

describe('migrateState', () => {
  it('reads a state of this schema as it is', () => {
    const state = savedAt(STATE_SCHEMA)
    expect(migrateState(structuredClone(state))).toEqual(state)
  })

  it('gives a schema-2 tenant the seeded Click-To-Call-In groups, dated before its seed', () => {
    const migrated = migrateState(savedAt(2))
    expect(migrated.schema).toBe(STATE_SCHEMA)
    const dated = new Date(NOW - 24 * 3_600_000).toISOString()
    expect(migrated.callInGroups).toEqual(seedCallInGroups(dated))
    expect(migrated.callInGroups.find((g) => g.name === 'auto_insurance')?.dnis).toHaveLength(6)
  })

  it('gives a schema-3 tenant an empty call-in record list and simulated callers', () => {
    const saved = savedAt(3)
    const migrated = migrateState(saved)
    expect(migrated.schema).toBe(STATE_SCHEMA)
    expect(migrated.callIns).toEqual([])
    expect(migrated.simulatedCallers).toBe(true)
  })

  it('tells a damaged call-in record from a real one', () => {
    const state = savedAt(STATE_SCHEMA)
    expect((state.callIns as unknown[]).length).toBeGreaterThan(0)
    ;(state.callIns as unknown[])[3] = { id: 'x', state: 'LOST' }
    expect(() => migrateState(state)).toThrow(/call-in record number 4 is damaged/)
    delete state.callIns
    expect(() => migrateState(state)).toThrow(/call-in records are missing/)
  })

  it.each([2, 3, 4])(
    'gives schema %i errors an ID and the queues they name, the key-check throttle and the new account',
    (schema) => {
      const state = migrateState(savedAt(schema))
      expect(state.schema).toBe(STATE_SCHEMA)
      expect(state.errors.map((e) => e.id)).toEqual(['upgraded-0', 'upgraded-1', 'upgraded-2'])
      expect(state.errors.map((e) => e.queues)).toEqual([
        ['Claims VQ_CB'],
        ['Service 24x7 VQ_CB'],
        [],
      ])
      expect(state.apiKeyChecks).toEqual({})
      expect(state.users.map((u) => u.username)).toContain('sales.developer')
    },
  )

  it('leaves an upgraded state as it is when read again', () => {
    const once = migrateState(savedAt(4))
    const twice = migrateState(JSON.parse(JSON.stringify(once)))
    expect(twice).toEqual(JSON.parse(JSON.stringify(once)))
  })

  it.each([2, 3, 4, 5])(
    'gives a schema-%i tenant no credentials and an empty simulated reCAPTCHA',
    (schema) => {
      const state = migrateState(savedAt(schema))
      expect(state.schema).toBe(STATE_SCHEMA)
      expect(state.credentials).toEqual({ firebase: null, gws: null, captchaKeySets: [] })
      expect(state.recaptcha).toEqual({ sites: [], tokens: [] })
      expect(state.callbacks.length).toBeGreaterThan(0)
    },
  )

  it('refuses a state written by a newer build, and one older than any it can upgrade', () => {
    expect(() => migrateState(savedAt(STATE_SCHEMA + 1))).toThrow(StoredStateError)
    expect(() => migrateState(savedAt(1))).toThrow(/older than any/)
  })
})

/**
 * What a saved tenant must be before the simulator runs on it. Each case is a state someone could
 * leave in IndexedDB or the SQLite file (issue 11 §1); each must be refused with a reason, never
 * passed on to fail later in a request or while the page renders.
 */
const seeded = seedTenant({ now: NOW, size: 40 }).state
type Raw = Record<string, unknown>
const fresh = () => structuredClone(seeded) as unknown as Raw
const edited = (change: (state: Raw) => void) => {
  const state = fresh()
  change(state)
  return state
}

describe('migrateState refuses a damaged tenant', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', 'garbage', /not an object/],
    ['an array', [], /not an object/],
    ['an object of an unknown shape', { schema: 2, foo: 1 }, /apiKeys are missing/],
    ['no schema version', edited((s) => delete s.schema), /no schema version/],
    [
      'a truncated tenant (the first half of its parts)',
      Object.fromEntries(Object.entries(fresh()).slice(0, 8)),
      /sessions are missing/,
    ],
    [
      'a truncated tenant (the last parts missing)',
      edited((s) => {
        delete s.regions
        delete s.tenantConfigFetchedAt
      }),
      /regions is missing/,
    ],
    [
      'callbacks cut to {id, state}',
      edited((s) => {
        s.callbacks = (s.callbacks as Array<{ id: string; state: string }>).map(
          ({ id, state }) => ({ id, state }),
        )
      }),
      /callback number 1 is damaged/,
    ],
    [
      'a callback with a date that is not one',
      edited((s) => {
        defined((s.callbacks as Raw[])[3]).desiredTime = 'tomorrow'
      }),
      /callback number 4 is damaged/,
    ],
    [
      'a callback planned at no time',
      edited((s) => {
        defined((s.callbacks as Raw[])[0]).next = { event: 'DIAL' }
      }),
      /callback number 1 is damaged/,
    ],
    [
      'a queue without its model',
      edited((s) => {
        delete defined((s.queues as Raw[])[2]).model
      }),
      /queues number 3 \(model\) is missing/,
    ],
    [
      'business hours of the wrong shape',
      edited((s) => {
        ;(defined((s.queues as Raw[])[0]).businessHours as Raw).weekly = 'always'
      }),
      /queues number 1 \(businessHours\.weekly\) is damaged/,
    ],
    [
      'a rule without a version',
      edited((s) => {
        delete defined((s.capacityRules as Raw[])[0]).version
      }),
      /capacityRules number 1 \(version\) is missing/,
    ],
    ['preferences that are a list', edited((s) => (s.preferences = [])), /preferences is damaged/],
    [
      'a line-of-business map of numbers',
      edited((s) => (s.lineOfBusinessGroups = { sales: 1 })),
      /lineOfBusinessGroups\.sales is damaged/,
    ],
  ])('refuses %s as damaged, saying what', (_what, saved, reason) => {
    const refusal = (() => {
      try {
        migrateState(saved)
        return undefined
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toBeInstanceOf(StoredStateError)
    expect((refusal as StoredStateError).kind).toBe('damaged')
    expect((refusal as Error).message).toMatch(reason)
  })
})
