import { beforeEach, describe, expect, it } from 'vitest'
import { defined } from '@/test/defined'
import { api, call } from '@/api/client'
import {
  createCaptchaKeySet,
  deleteCaptchaKeySet,
  simulatedRecaptchaToken,
  testCaptchaKeySet,
  updateCaptchaKeySet,
  type CaptchaKeySet,
  type CaptchaKeySetBody,
} from '@/api/credentials'
import { TOKEN_LIFETIME_MS } from '@/domain/captchaKeySet'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { watchTenantForLeaks } from '../testing/tenantLeaks'
import { REDACTED } from './redact'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { DEMO_API_KEY } from '../seed/tenant'

keepsContract()

let clock = TEST_NOW
const leaks = watchTenantForLeaks()

beforeEach(async () => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
  await signInAs('developer')
})

const SITE_V2 = '6LcQ3kEqAAAAAH1n2x8gK0dP5rT7uV9wY-bZ_cD4'
const SECRET_V2 = '6LcQ3kEqAAAAAJf0s8HkLm2Nq4Rt6Uv8Wx-Yz_A1'
const SITE_V3 = '6LdV3kEqAAAAAK9p1q2R3s4T5u6V7w8X9y-Z_a0B'
const SECRET_V3 = '6LdV3kEqAAAAAM0n9o8P7q6R5s4T3u2V1w-X_y9Z'

const V2: CaptchaKeySetBody & { secretKey: string } = {
  type: 'V2VISIBLE',
  name: 'Website checkbox',
  siteKey: SITE_V2,
  secretKey: SECRET_V2,
  threshold: 50,
  active: false,
}
const V3 = {
  ...V2,
  type: 'V3' as const,
  name: 'App score',
  siteKey: SITE_V3,
  secretKey: SECRET_V3,
}

const list = () => call((init) => api().GET('/admin/v1/credentials/captcha-key-sets', init))
const token = (siteKey: string, widget: 'checkbox' | 'invisible' | 'score', score?: number) =>
  simulatedRecaptchaToken({ siteKey, widget, ...(score !== undefined ? { score } : {}) }).then(
    (t) => t.token,
  )
const book = (captchaToken?: string) =>
  call((init) =>
    api().POST('/engagement/v3/callbacks/create', {
      body: {
        serviceName: 'Service 24x7 VQ_CB',
        phoneNumber: '+442079460777',
        ...(captchaToken !== undefined ? { captchaToken } : {}),
      },
      headers: { 'x-api-key': DEMO_API_KEY },
      ...init,
    }),
  )
const saveOver = (saved: CaptchaKeySet, changes: Partial<typeof V2>) =>
  updateCaptchaKeySet(
    saved.id,
    {
      type: saved.type,
      name: saved.name,
      siteKey: saved.siteKey,
      threshold: saved.threshold,
      active: saved.active,
      secretKey: '',
      ...changes,
    },
    saved.version,
  )

describe('CAPTCHA key sets: roles', () => {
  it.each(['supervisor', 'monitor', 'sales.supervisor'])(
    'answers 403 to a %s for every request, reads included',
    async (username) => {
      await signInAs('admin')
      const saved = await createCaptchaKeySet(V2)
      await signInAs(username)
      for (const attempt of [
        () => list(),
        () => createCaptchaKeySet({ ...V2, name: 'Mine' }),
        () => saveOver(saved, { name: 'Renamed' }),
        () => deleteCaptchaKeySet(saved.id, 1),
        () => testCaptchaKeySet(saved.id, 'sim-recaptcha.x'),
      ]) {
        const error = await failure(attempt())
        expect([error.httpStatus, error.code]).toEqual([403, 40301])
      }
      expect(currentSimulator().tenant().state.credentials.captchaKeySets).toHaveLength(1)
    },
  )
})

describe('CAPTCHA key sets: saving', () => {
  it('keeps a hint of the secret key only, and no answer ever holds it', async () => {
    const created = await createCaptchaKeySet({ ...V2, name: '  Website checkbox ' })
    expect(created).toEqual({
      id: expect.any(String) as string,
      version: 1,
      updatedAt: new Date(TEST_NOW).toISOString(),
      updatedBy: 'developer',
      type: 'V2VISIBLE',
      name: 'Website checkbox',
      siteKey: SITE_V2,
      threshold: 50,
      active: false,
      secretKeyHint: '6LcQ•••z_A1',
    })
    expect(await list()).toEqual([created])
    // Saved again without a secret: the secret stays; with one: it is replaced.
    const renamed = await saveOver(created, { name: 'Checkbox' })
    expect(renamed).toMatchObject({ version: 2, name: 'Checkbox', secretKeyHint: '6LcQ•••z_A1' })
    const rekeyed = await saveOver(renamed, { secretKey: SECRET_V3 })
    expect(rekeyed.secretKeyHint).toBe('6LdV•••_y9Z')
    // Refused saves carrying secrets must not echo them into the error log.
    await failure(createCaptchaKeySet({ ...V2, name: 'checkbox' }))
    await failure(saveOver(renamed, { secretKey: SECRET_V2 }))
    expect(leaks([SECRET_V2, SECRET_V3])).toEqual([])
  })

  it.each([
    ['name', 'is required', { name: ' ' }],
    ['name', 'must be at most 64 characters', { name: 'x'.repeat(65) }],
    [
      'name',
      'must not contain < >, line breaks or other control characters',
      { name: '<script>alert(1)</script>' },
    ],
    ['siteKey', 'is required', { siteKey: '' }],
    ['siteKey', 'must be 40 characters, as Google issues it', { siteKey: 'abc' }],
    ['secretKey', 'is required', { secretKey: '' }],
    [
      'secretKey',
      'may contain only letters, digits, - and _',
      { secretKey: `<script>${'x'.repeat(32)}` },
    ],
    [
      'secretKey',
      'must be 40 characters, as Google issues it',
      { secretKey: 'A'.repeat(1024 * 1024) },
    ],
    [
      'threshold',
      'must be a whole percentage from 0 to 100',
      { type: 'V3' as const, threshold: 101 },
    ],
  ])('refuses a bad %s (%s)', async (field, reason, changes) => {
    const error = await failure(createCaptchaKeySet({ ...V2, ...changes }))
    expect([error.httpStatus, error.code, error.detail]).toEqual([400, 40001, { field, reason }])
    expect(await list()).toEqual([])
  })

  it('refuses a name taken (any case), a stale save and a stale delete', async () => {
    const first = await createCaptchaKeySet(V2)
    const taken = await failure(createCaptchaKeySet({ ...V3, name: 'WEBSITE checkbox' }))
    expect([taken.httpStatus, taken.code]).toEqual([409, 40901])
    const second = await saveOver(first, { threshold: 70 })
    const stale = await failure(saveOver(first, { threshold: 10 }))
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])
    expect((stale.detail as unknown as { current: CaptchaKeySet }).current).toEqual(second)
    const staleDelete = await failure(deleteCaptchaKeySet(first.id, 1))
    expect([staleDelete.httpStatus, staleDelete.code]).toEqual([409, 40903])
    await deleteCaptchaKeySet(first.id, 2)
    expect(await list()).toEqual([])
    const gone = await failure(deleteCaptchaKeySet(first.id, 2))
    expect([gone.httpStatus, gone.code]).toEqual([404, 40401])
  })
})

describe('the simulated reCAPTCHA and Generate New Test Page', () => {
  it('issues tokens only for a site key saved in a key set, for the widget of its type', async () => {
    const unknown = await failure(token(SITE_V2, 'checkbox'))
    expect([unknown.httpStatus, unknown.code]).toEqual([400, 40031])
    await createCaptchaKeySet(V2)
    const wrongType = await failure(token(SITE_V2, 'score'))
    expect([wrongType.httpStatus, wrongType.code]).toEqual([400, 40032])
    expect(wrongType.message).toMatch(/Invalid key type/)
    const issued = await simulatedRecaptchaToken({ siteKey: SITE_V2, widget: 'checkbox' })
    expect(issued.expiresAt).toBe(new Date(TEST_NOW + TOKEN_LIFETIME_MS).toISOString())
  })

  it('reports Success! for a fresh token, and each failure with its reason', async () => {
    const keySet = await createCaptchaKeySet(V2)
    const first = await token(SITE_V2, 'checkbox')
    expect(await testCaptchaKeySet(keySet.id, first)).toEqual({
      success: true,
      errorCodes: [],
      message: 'Success!',
    })
    expect(await testCaptchaKeySet(keySet.id, first)).toMatchObject({
      success: false,
      failure: 'DUPLICATE',
      errorCodes: ['timeout-or-duplicate'],
      message: 'The token was already used: a token is verified only once.',
    })
    const late = await token(SITE_V2, 'checkbox')
    clock += TOKEN_LIFETIME_MS + 1
    expect(await testCaptchaKeySet(keySet.id, late)).toMatchObject({
      success: false,
      failure: 'EXPIRED',
    })
    expect(await testCaptchaKeySet(keySet.id, 'forged')).toMatchObject({
      failure: 'UNKNOWN',
      errorCodes: ['invalid-input-response'],
    })
    // A secret that is not the one issued with the site key: nothing verifies any more.
    const wrongSecret = await saveOver(keySet, { secretKey: SECRET_V3 })
    const fresh = await token(SITE_V2, 'checkbox')
    expect(await testCaptchaKeySet(wrongSecret.id, fresh)).toMatchObject({
      failure: 'SECRET_MISMATCH',
      errorCodes: ['invalid-input-secret'],
    })
    // Put right, the same token still verifies: Google does not use a token up on a wrong secret.
    const fixed = await saveOver(wrongSecret, { secretKey: SECRET_V2 })
    expect((await testCaptchaKeySet(fixed.id, fresh)).success).toBe(true)
  })

  it('weighs a V3 score against the threshold', async () => {
    const keySet = await createCaptchaKeySet({ ...V3, threshold: 50 })
    expect(await testCaptchaKeySet(keySet.id, await token(SITE_V3, 'score', 0.9))).toEqual({
      success: true,
      errorCodes: [],
      score: 0.9,
      threshold: 50,
      message: 'Success! Score 0.9 reaches the threshold of 50%.',
    })
    expect(await testCaptchaKeySet(keySet.id, await token(SITE_V3, 'score', 0.3))).toEqual({
      success: false,
      failure: 'LOW_SCORE',
      errorCodes: ['score-below-threshold'],
      score: 0.3,
      threshold: 50,
      message: 'The score 0.3 is below the threshold of 50%.',
    })
  })

  it('refuses a token of another key set’s site', async () => {
    const v2 = await createCaptchaKeySet(V2)
    await createCaptchaKeySet(V3)
    expect(await testCaptchaKeySet(v2.id, await token(SITE_V3, 'score'))).toMatchObject({
      failure: 'OTHER_SITE',
    })
  })
})

describe('enforcement on the engagement API', () => {
  it('requires nothing while no key set is active', async () => {
    await createCaptchaKeySet(V2)
    expect((await book()).id).toEqual(expect.any(String))
  })

  it('while one is active, requires a fresh, unused token of an active key set', async () => {
    const keySet = await createCaptchaKeySet({ ...V2, active: true })
    await createCaptchaKeySet(V3) // inactive: its tokens do not count
    const refusal = async (captchaToken?: string) => {
      const error = await failure(book(captchaToken))
      return [error.httpStatus, error.code]
    }
    expect(await refusal()).toEqual([403, 40321])
    expect(await refusal('sim-recaptcha.forged')).toEqual([403, 40322])
    expect(await refusal(await token(SITE_V3, 'score'))).toEqual([403, 40322])
    const good = await token(SITE_V2, 'checkbox')
    expect((await book(good)).id).toEqual(expect.any(String))
    expect(await refusal(good)).toEqual([403, 40324])
    const late = await token(SITE_V2, 'checkbox')
    clock += TOKEN_LIFETIME_MS + 1
    expect(await refusal(late)).toEqual([403, 40323])
    // Switched off: clients need no token again.
    await saveOver(defined((await list()).find((k) => k.id === keySet.id)), { active: false })
    expect((await book()).id).toEqual(expect.any(String))
  })

  it('refuses a V3 score below the threshold, and records every refusal for the Errors page', async () => {
    await createCaptchaKeySet({ ...V3, active: true, threshold: 70 })
    const low = await token(SITE_V3, 'score', 0.6)
    const error = await failure(book(low))
    expect([error.httpStatus, error.code]).toEqual([403, 40325])
    expect(error.message).toBe(
      'The reCAPTCHA score 0.6 is below the threshold of 70% of "App score".',
    )
    expect((await book(await token(SITE_V3, 'score', 0.7))).id).toEqual(expect.any(String))
    const [recorded] = currentSimulator().tenant().state.errors
    expect(recorded).toMatchObject({
      corrId: error.corrId,
      url: '/engagement/v3/callbacks/create',
      statusCode: 403,
      code: 40325,
    })
    // The token is redacted from the recorded request.
    expect(defined(recorded).requestBody).toContain(`"captchaToken":"${REDACTED}"`)
    expect(defined(recorded).requestBody).not.toContain(low)
  })
})
