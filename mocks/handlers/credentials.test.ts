import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import {
  saveFirebaseCredentials,
  saveGwsCredentials,
  testFirebaseCredentials,
  type FirebaseCredentials,
} from '@/api/credentials'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { watchTenantForLeaks } from '../testing/tenantLeaks'
import {
  rsaPrivateKeyPem,
  TEST_CLIENT_ACCOUNT,
  TEST_CLIENT_EMAIL,
  TEST_PROJECT,
  TEST_WEB_APP,
} from '../testing/serviceAccount'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'

keepsContract()

let privateKey: string
const leaks = watchTenantForLeaks()

beforeAll(async () => {
  privateKey = await rsaPrivateKeyPem()
})

beforeEach(() => {
  resetTenant({ now: () => TEST_NOW })
})

const readFirebase = () => call((init) => api().GET('/admin/v1/credentials/firebase', init))
const readGws = () => call((init) => api().GET('/admin/v1/credentials/gws', init))
const firebase = (overrides: Partial<Parameters<typeof saveFirebaseCredentials>[0]> = {}) =>
  saveFirebaseCredentials({
    projectName: TEST_PROJECT,
    clientEmail: TEST_CLIENT_EMAIL,
    privateKey,
    version: 0,
    ...overrides,
  })

describe('credentials: roles', () => {
  it.each(['admin', 'developer'])('lets a %s read, save and test', async (username) => {
    await signInAs(username)
    expect(await readFirebase()).toBeNull()
    expect(await firebase()).toMatchObject({ version: 1, updatedBy: username })
    expect((await testFirebaseCredentials(TEST_WEB_APP)).passed).toBe(true)
    expect(
      await saveGwsCredentials({ username: 'stats', password: 'pw', version: 0 }),
    ).toMatchObject({ username: 'stats', version: 1 })
  })

  it.each(['supervisor', 'monitor', 'sales.supervisor'])(
    'answers 403 to a %s for every request, reads included',
    async (username) => {
      await signInAs(username)
      const attempts = [
        () => readFirebase(),
        () => firebase(),
        () => testFirebaseCredentials(TEST_WEB_APP),
        () => readGws(),
        () => saveGwsCredentials({ username: 'stats', password: 'pw', version: 0 }),
      ]
      for (const attempt of attempts) {
        const error = await failure(attempt())
        expect([error.httpStatus, error.code]).toEqual([403, 40301])
      }
      const { credentials } = currentSimulator().tenant().state
      expect([credentials.firebase, credentials.gws]).toEqual([null, null])
    },
  )
})

describe('Firebase credentials', () => {
  beforeEach(async () => {
    await signInAs('developer')
  })

  it('keeps the project and hints of the email and key; no answer ever holds them again', async () => {
    const saved = await firebase({ projectName: `  ${TEST_PROJECT} ` })
    expect(saved).toEqual({
      id: 'firebase',
      version: 1,
      updatedAt: new Date(TEST_NOW).toISOString(),
      updatedBy: 'developer',
      projectName: TEST_PROJECT,
      clientEmailHint: 'fire•••.com',
      privateKeyHint: expect.stringMatching(/^….{6}$/) as string,
    })
    expect(await readFirebase()).toEqual(saved)
    await testFirebaseCredentials(TEST_WEB_APP)
    // A refused save of the same secrets (stale version) must not echo them in its error record.
    await failure(firebase({ version: 0 }))
    expect(leaks([TEST_CLIENT_ACCOUNT, privateKey])).toEqual([])
  })

  it('accepts the key as copied out of the JSON key file (escaped line breaks, quotes)', async () => {
    const escaped = JSON.stringify(privateKey)
    expect((await firebase({ privateKey: escaped })).version).toBe(1)
    expect(leaks([privateKey])).toEqual([])
  })

  it.each([
    ['projectName', 'is required', { projectName: '' }],
    [
      'projectName',
      'may contain only lowercase letters, digits and hyphens',
      { projectName: 'FCM_Client' },
    ],
    [
      'projectName',
      'may contain only lowercase letters, digits and hyphens',
      { projectName: '<script>' },
    ],
    [
      'clientEmail',
      'must be a service account of the project: <account>@<project ID>.iam.gserviceaccount.com',
      { clientEmail: 'dev@example.com' },
    ],
    [
      'clientEmail',
      'belongs to another Firebase project than the project name',
      { clientEmail: TEST_CLIENT_EMAIL.replace(TEST_PROJECT, 'other-project') },
    ],
    ['privateKey', 'is required', { privateKey: '' }],
    [
      'privateKey',
      'must be the whole key from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----',
      { privateKey: '<script>alert(1)</script>' },
    ],
    [
      'privateKey',
      'is longer than any service-account key (at most 16384 characters)',
      { privateKey: 'A'.repeat(1024 * 1024) },
    ],
    [
      'privateKey',
      'cannot be read as an RSA private key (PKCS#8)',
      { privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' },
    ],
  ])('refuses a bad %s (%s), and saves nothing', async (field, reason, overrides) => {
    const error = await failure(firebase(overrides))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.detail).toEqual({ field, reason })
    expect(error.message).toBe(`Invalid ${field}: ${reason}.`)
    expect(currentSimulator().tenant().state.credentials.firebase).toBeNull()
    expect(leaks([privateKey, TEST_CLIENT_ACCOUNT])).toEqual([])
  })

  it('refuses a weak key', async () => {
    const error = await failure(firebase({ privateKey: await rsaPrivateKeyPem(1024) }))
    expect(error.detail?.reason).toBe(
      'is too short: Firebase needs an RSA key of at least 2048 bits',
    )
  })

  it('refuses a save from a stale version, showing what is saved', async () => {
    const first = await firebase()
    await signInAs('admin')
    const stale = await failure(firebase({ version: 0, projectName: 'x' }))
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])
    expect(stale.message).toMatch(/^The Firebase credentials were changed by developer at /)
    expect((stale.detail as unknown as { current: FirebaseCredentials }).current).toEqual(first)
    expect((await firebase({ version: 1 })).version).toBe(2)
  })
})

describe('Test Firebase Credentials', () => {
  beforeEach(async () => {
    await signInAs('developer')
  })

  const failed = (result: Awaited<ReturnType<typeof testFirebaseCredentials>>) =>
    result.checks.filter((c) => !c.passed).map((c) => c.check)

  it('passes a web app of the project once credentials are saved, with the message to show', async () => {
    const before = await testFirebaseCredentials(TEST_WEB_APP)
    expect([before.passed, failed(before), before.notification]).toEqual([
      false,
      ['credentials'],
      undefined,
    ])
    await firebase()
    const after = await testFirebaseCredentials(TEST_WEB_APP)
    expect(after.passed).toBe(true)
    expect(after.checks.map((c) => c.check)).toEqual([
      'credentials',
      'appId',
      'apiKey',
      'senderId',
      'senderMatchesApp',
    ])
    expect(after.notification).toMatchObject({
      title: 'Callback push notifications work',
      body: `Firebase project ${TEST_PROJECT} can deliver notifications to this browser.`,
    })
  })

  it('fails each check that does not hold, and only those', async () => {
    await firebase()
    const otherSender = await testFirebaseCredentials({ ...TEST_WEB_APP, senderId: '111111111111' })
    expect(failed(otherSender)).toEqual(['senderMatchesApp'])
    const android = await testFirebaseCredentials({
      ...TEST_WEB_APP,
      appId: '1:592738312874:android:8f2a0c11d6e3b4a9',
    })
    expect(failed(android)).toEqual(['appId', 'senderMatchesApp'])
    const junk = await testFirebaseCredentials({ appId: '<b>', apiKey: '', senderId: 'x' })
    expect(failed(junk)).toEqual(['appId', 'apiKey', 'senderId', 'senderMatchesApp'])
  })

  it('refuses a body of the wrong shape', async () => {
    const error = await failure(
      testFirebaseCredentials({ ...TEST_WEB_APP, senderId: 12 as unknown as string }),
    )
    expect([error.httpStatus, error.code, error.detail?.field]).toEqual([400, 40001, 'senderId'])
  })
})

describe('GWS credentials', () => {
  beforeEach(async () => {
    await signInAs('admin')
  })

  it('keeps the username, never the password', async () => {
    const password = 'correct horse battery staple'
    const saved = await saveGwsCredentials({ username: ' stats.reader ', password, version: 0 })
    expect(saved).toEqual({
      id: 'gws',
      version: 1,
      updatedAt: new Date(TEST_NOW).toISOString(),
      updatedBy: 'admin',
      username: 'stats.reader',
    })
    expect(await readGws()).toEqual(saved)
    await failure(saveGwsCredentials({ username: 'stats.reader', password, version: 0 }))
    expect(leaks([password])).toEqual([])
  })

  it.each([
    ['username', 'is required', { username: '' }],
    [
      'username',
      'must not contain spaces, quotes, < or >',
      { username: '<script>alert(1)</script>' },
    ],
    ['username', 'must be at most 128 characters', { username: 'x'.repeat(129) }],
    ['password', 'is required', { password: '' }],
    ['password', 'must be at most 256 characters', { password: 'x'.repeat(257) }],
    [
      'password',
      'must not contain line breaks or other control characters',
      { password: 'line\nbreak' },
    ],
  ])('refuses a bad %s (%s)', async (field, reason, overrides) => {
    const error = await failure(
      saveGwsCredentials({ username: 'stats', password: 'pw', version: 0, ...overrides }),
    )
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.detail).toEqual({ field, reason })
    expect(currentSimulator().tenant().state.credentials.gws).toBeNull()
  })
})
