import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { KEY_CHECK_LIMIT, KEY_CHECK_WINDOW_MS } from '@/domain/apiKey'
import '../testing/setup'
import { TEST_ORIGIN } from '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { DEMO_API_KEY } from '../seed/tenant'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'

keepsContract()

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

const validate = (apiKey: string) =>
  call((init) => api().POST('/admin/v1/api-keys/validate', { body: { apiKey }, ...init }))
const demoKey = () => call((init) => api().GET('/admin/v1/demo/api-key', init))

/** Whether the engagement API itself accepts the key. */
async function engagementAccepts(key: string): Promise<boolean> {
  const response = await fetch(`${TEST_ORIGIN}/engagement/v3/callbacks/retrieve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ id: 'none' }),
  })
  return response.status !== 401
}

describe('API key validation', () => {
  it('answers for every key exactly what the engagement API does', async () => {
    await signInAs('developer')
    for (const key of [DEMO_API_KEY, `${DEMO_API_KEY}x`, DEMO_API_KEY.toUpperCase(), 'abc']) {
      expect((await validate(key)).valid).toBe(await engagementAccepts(key))
    }
    currentSimulator().tenant().state.apiKeys.push('second-key-0001')
    expect(await validate('second-key-0001')).toEqual({ valid: true })
    expect(await engagementAccepts('second-key-0001')).toBe(true)
  })

  it('reads a pasted key with line breaks and spaces around it', async () => {
    await signInAs('developer')
    expect(await validate(`  ${DEMO_API_KEY}\n`)).toEqual({ valid: true })
  })

  it('refuses a key of impossible form with the field named, without counting it', async () => {
    await signInAs('developer')
    for (const [apiKey, reason] of [
      ['', 'empty'],
      ['k'.repeat(129), 'tooLong'],
      ['k'.repeat(1024 * 1024), 'tooLong'],
      ['two words', 'format'],
      ['<script> alert(1)', 'format'],
    ] as const) {
      const error = await failure(validate(apiKey))
      expect([error.httpStatus, error.code, error.detail]).toEqual([
        400,
        40001,
        { field: 'apiKey', reason },
      ])
    }
    expect(currentSimulator().tenant().state.apiKeyChecks).toEqual({})
  })

  it(`throttles after ${KEY_CHECK_LIMIT} invalid keys in ${KEY_CHECK_WINDOW_MS / 60_000} minutes, for the user, not the session`, async () => {
    await signInAs('developer')
    for (let n = 0; n < KEY_CHECK_LIMIT; n++) {
      clock += 60_000
      expect(await validate(`guess-${n}`)).toEqual({ valid: false })
    }
    const refused = await failure(validate('guess-last'))
    expect([refused.httpStatus, refused.code]).toEqual([429, 42903])
    expect(refused.message).toMatch(/Try again in 11 minutes/)
    expect(refused.detail).toEqual({ field: 'apiKey', retryAfterSeconds: 11 * 60 })
    // Even the right key is refused meanwhile: otherwise the throttle could be told apart.
    expect((await failure(validate(DEMO_API_KEY))).code).toBe(42903)
    await signInAs('developer')
    expect((await failure(validate(DEMO_API_KEY))).code).toBe(42903)
    await signInAs('admin')
    expect(await validate(DEMO_API_KEY)).toEqual({ valid: true })
    await signInAs('developer')
    clock += 11 * 60_000
    expect(await validate(DEMO_API_KEY)).toEqual({ valid: true })
    // The oldest guess has left the window: one more is allowed, then the next is refused again.
    expect(await validate('guess-again')).toEqual({ valid: false })
    expect((await failure(validate('guess-more'))).code).toBe(42903)
  })

  it('sends Retry-After with the refusal', async () => {
    await signInAs('developer')
    for (let n = 0; n < KEY_CHECK_LIMIT; n++) await validate(`guess-${n}`)
    const response = await fetch(`${TEST_ORIGIN}/admin/v1/api-keys/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKey: 'one-more' }),
    })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe(String(KEY_CHECK_WINDOW_MS / 1000))
  })

  it('never keeps a checked key anywhere in the tenant', async () => {
    await signInAs('developer')
    for (let n = 0; n < KEY_CHECK_LIMIT + 1; n++)
      await validate(`secret-guess-${n}`).catch(() => null)
    await failure(validate('secret guess with space'))
    expect(JSON.stringify(currentSimulator().tenant().state)).not.toMatch(
      /secret-guess|secret guess/,
    )
  })

  it.each(['supervisor', 'monitor', 'sales.supervisor'])('refuses %s with 403', async (who) => {
    await signInAs(who)
    expect((await failure(validate(DEMO_API_KEY))).httpStatus).toBe(403)
  })
})

describe('the demo API key', () => {
  it('is given to administrators', async () => {
    await signInAs('admin')
    expect(await demoKey()).toEqual({ apiKey: DEMO_API_KEY })
  })

  it.each(['developer', 'supervisor', 'monitor'])('is refused to %s', async (who) => {
    await signInAs(who)
    expect((await failure(demoKey())).httpStatus).toBe(403)
  })

  it('is not found on a tenant without it', async () => {
    const state = currentSimulator().tenant().state
    state.apiKeys = state.apiKeys.filter((key) => key !== DEMO_API_KEY)
    await signInAs('admin')
    expect((await failure(demoKey())).httpStatus).toBe(404)
  })
})
