import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { createCapacityRule } from '@/api/capacityRules'
import { createNumberRule } from '@/api/numberRules'
import { savePreferences } from '@/api/preferences'
import { createRegionRule } from '@/api/regionRules'
import { DAY_MS } from '@/domain/zonedTime'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'

keepsContract()

beforeEach(async () => {
  resetTenant({ now: () => TEST_NOW })
  await signInAs('admin')
})

const RULE = { permittedCountries: ['GB'], blockedPatterns: ['^\\+449'] }
const RANGE = {
  from: new Date(TEST_NOW - DAY_MS).toISOString(),
  to: new Date(TEST_NOW + DAY_MS).toISOString(),
}

/**
 * One request per kind of free text the contract has (names, patterns, range names, search terms),
 * each with a control character or a lone surrogate: all refused with 400 naming the field, and
 * nothing stored.
 */
const CASES: Array<[field: string, send: () => Promise<unknown>]> = [
  ['name', () => createNumberRule({ ...RULE, name: 'a\u0000b' })],
  [
    'blockedPatterns.1',
    () => createNumberRule({ ...RULE, name: 'ok', blockedPatterns: ['^\\+1', '^\\+4\u0085'] }),
  ],
  ['name', () => createCapacityRule({ name: 'bell\u0007', days: {}, duration: 60 })],
  ['name', () => createRegionRule({ name: 'half \ud800', preferred: ['us-east-1'], fallback: [] })],
  [
    'customRanges.0.name',
    async () => {
      const current = await call((init) => api().GET('/admin/v1/preferences', init))
      return savePreferences({
        ...current,
        customRanges: [{ id: 'r1', name: 'Night\u001bshift', start: -1, end: 0 }],
      })
    },
  ],
  [
    'searchTerm',
    () =>
      call((init) =>
        api().GET('/admin/v1/callbacks', {
          params: { query: { ...RANGE, searchField: 'phoneNumber', searchTerm: '44\u0000' } },
          ...init,
        }),
      ),
  ],
]

describe('control characters in free text', () => {
  it.each(CASES)('refuses %s with 400, naming the field', async (field, send) => {
    const state = currentSimulator().tenant().state
    const before = JSON.stringify([state.numberRules, state.capacityRules, state.regionRules])
    const error = await failure(send())
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.detail).toEqual({ field, reason: 'must not contain control characters' })
    expect(error.message).toMatch(/\(U\+[0-9A-F]{4} at position \d+\)$/)
    expect(JSON.stringify([state.numberRules, state.capacityRules, state.regionRules])).toBe(before)
  })

  it('accepts printable text in any script, emoji included', async () => {
    const rule = await createNumberRule({ ...RULE, name: 'Règle « été » 😀 漢字' })
    expect(rule.name).toBe('Règle « été » 😀 漢字')
  })

  it('leaves secrets opaque: a password is checked as a password, not as text', async () => {
    const error = await failure(
      call((init) =>
        api().POST('/admin/v1/session', {
          body: { username: 'admin', password: 'x\u0000y' },
          ...init,
        }),
      ),
    )
    expect(error.httpStatus).toBe(401)
  })
})
