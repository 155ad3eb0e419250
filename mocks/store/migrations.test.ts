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
