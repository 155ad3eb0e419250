import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { findSecrets } from '../testing/secretScan'
import {
  rsaPrivateKeyPem,
  TEST_CLIENT_ACCOUNT,
  TEST_CLIENT_EMAIL,
  TEST_PROJECT,
} from '../testing/serviceAccount'
import { startTenantServer, type TenantServer } from './tenantServer'
import { apiClient, Client, tempDataDir, type Envelope } from './testing'

/**
 * Developer > Credential Management over real HTTP: every secret saved through the tenant server
 * (Firebase private key and client email, CAPTCHA secret key, GWS password), refused saves that
 * carry them, and then a scan of everything the server let out or kept: answers, the URLs asked,
 * its log, its error records and its SQLite file. Also the Statistics API proxy the GWS
 * credentials open, as an integrator's app calls it.
 */
const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const SITE_KEY = '6LcQ3kEqAAAAAH1n2x8gK0dP5rT7uV9wY-bZ_cD4'
const CAPTCHA_SECRET = '6LcQ3kEqAAAAAJf0s8HkLm2Nq4Rt6Uv8Wx-Yz_A1'
const GWS_PASSWORD = 'Gws-Pa55word-Never-Shown!'

let dataDir: string
let server: TenantServer
let privateKey: string
const logged: string[] = []
const answers: string[] = []
const urls: string[] = []

/** A client whose every request and answer is kept for the scan. */
class RecordingClient extends Client {
  override async send<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: Envelope<T> }> {
    urls.push(this.base + path)
    const answer = await super.send<T>(method, path, options)
    answers.push(JSON.stringify(answer.body), JSON.stringify([...answer.headers]))
    return answer
  }
}

beforeAll(async () => {
  privateKey = await rsaPrivateKeyPem()
  // console.error and console.warn fail any test that prints (src/test/consoleGuard.ts).
  for (const level of ['log', 'info', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '))
    })
  dataDir = tempDataDir()
  server = await startTenantServer({ port: 0, seedSize: 300, dataDir, now: () => NOW })
})
afterEach(() => {
  // A later test must not find what an earlier one logged and call it its own.
  expect(logged).toEqual([])
})
afterAll(async () => {
  await server.close()
  rmSync(dataDir, { recursive: true, force: true })
  vi.restoreAllMocks()
})

const statisticsProxy = '/engagement/v3/statistics/operations/get-statistic-ex'

describe('the Statistics API proxy over HTTP', () => {
  it('refuses with 401 40111 until GWS credentials are saved, then answers the queues’ figures', async () => {
    const app = apiClient(server.url)
    const before = await app.send('POST', statisticsProxy)
    expect([before.status, before.body.status.code]).toEqual([401, 40111])
    expect(before.body.status.message).toMatch(/GWS Credentials/)

    const stranger = new Client(server.url, { 'x-api-key': 'not-the-key' })
    expect((await stranger.send('POST', statisticsProxy)).status).toBe(401)

    const developer = new Client(server.url)
    await developer.signIn('developer')
    const saved = await developer.send('PUT', '/admin/v1/credentials/gws', {
      body: { username: 'stats.reader', password: GWS_PASSWORD, version: 0 },
    })
    expect(saved.status).toBe(200)

    const queue = 'Service 24x7 VQ_CB'
    const answer = await app.send<{
      statistics: Array<{ name: string; objectId: string; objectType: string; value: unknown }>
    }>('POST', statisticsProxy, {
      body: {
        statistics: [
          { objectId: queue, objectType: 'Queue', name: 'CurrNumberWaitingCallbacks' },
          { objectId: queue, objectType: 'Queue', name: 'CurrNumberLoggedInAgents' },
        ],
      },
    })
    expect(answer.status).toBe(200)
    const waiting = server.simulator.tenant().queuedCount(queue)
    expect(answer.body.data.statistics).toEqual([
      {
        name: 'CurrNumberWaitingCallbacks',
        objectId: queue,
        objectType: 'Queue',
        timestamp: NOW,
        value: { value: waiting },
      },
      expect.objectContaining({ name: 'CurrNumberLoggedInAgents', objectId: queue }),
    ])

    const unknown = await app.send('POST', statisticsProxy, {
      body: { statistics: [{ objectId: 'No such queue', name: 'ExpectedWaitTime' }] },
    })
    expect([unknown.status, unknown.body.status.code]).toEqual([400, 40001])
  })
})

describe('secrets over HTTP', () => {
  it('no secret saved or refused is ever in an answer, a URL, the log, an error record or the file', async () => {
    const admin = new RecordingClient(server.url)
    await admin.signIn('admin')

    // Refused saves first: each carries a secret the tenant must not echo nor record.
    const badFirebase = await admin.send('PUT', '/admin/v1/credentials/firebase', {
      body: {
        projectName: '<script>x</script>',
        clientEmail: TEST_CLIENT_EMAIL,
        privateKey,
        version: 0,
      },
    })
    expect(badFirebase.status).toBe(400)
    const notJson = await admin.send('PUT', '/admin/v1/credentials/firebase', {
      body: `{"privateKey": ${JSON.stringify(privateKey)}, "clientEmail": "${TEST_CLIENT_EMAIL}"`,
    })
    expect(notJson.status).toBe(400)
    const badKeySet = await admin.send('POST', '/admin/v1/credentials/captcha-key-sets', {
      body: { type: 'V2VISIBLE', name: ' ', siteKey: SITE_KEY, secretKey: CAPTCHA_SECRET },
    })
    expect(badKeySet.status).toBe(400)
    // The proxy test above saved GWS credentials already (version 1).
    const gws = await admin.send<{ version: number }>('GET', '/admin/v1/credentials/gws')
    const badGws = await admin.send('PUT', '/admin/v1/credentials/gws', {
      body: { username: 'x'.repeat(300), password: GWS_PASSWORD, version: gws.body.data.version },
    })
    expect(badGws.status).toBe(400)

    // Then each saved, read back, and used.
    const firebase = await admin.send('PUT', '/admin/v1/credentials/firebase', {
      body: { projectName: TEST_PROJECT, clientEmail: TEST_CLIENT_EMAIL, privateKey, version: 0 },
    })
    expect(firebase.status).toBe(200)
    const keySet = await admin.send<{ id: string; version: number }>(
      'POST',
      '/admin/v1/credentials/captcha-key-sets',
      {
        body: {
          type: 'V2VISIBLE',
          name: 'Website',
          siteKey: SITE_KEY,
          secretKey: CAPTCHA_SECRET,
          threshold: 50,
          active: false,
        },
      },
    )
    expect(keySet.status).toBe(200)
    const resaved = await admin.send('PUT', '/admin/v1/credentials/gws', {
      body: { username: 'stats.admin', password: GWS_PASSWORD, version: gws.body.data.version },
    })
    expect(resaved.status).toBe(200)
    // A stale save answers with what is saved: hints only.
    const stale = await admin.send('PUT', '/admin/v1/credentials/firebase', {
      body: { projectName: TEST_PROJECT, clientEmail: TEST_CLIENT_EMAIL, privateKey, version: 0 },
    })
    expect([stale.status, stale.body.status.code]).toEqual([409, 40903])
    for (const path of ['firebase', 'gws', 'captcha-key-sets'])
      expect((await admin.send('GET', `/admin/v1/credentials/${path}`)).status).toBe(200)

    await server.simulator.persistNow()
    const state = server.simulator.tenant().state
    expect(state.errors.length).toBeGreaterThanOrEqual(5)
    const files = Object.fromEntries(
      readdirSync(dataDir).map((name) => [
        name,
        readFileSync(join(dataDir, name)).toString('latin1'),
      ]),
    )
    expect(Object.keys(files)).toContain('tenant.sqlite')
    const secrets = [privateKey, TEST_CLIENT_ACCOUNT, CAPTCHA_SECRET, GWS_PASSWORD]
    expect(
      findSecrets(
        {
          answers: answers.join('\n'),
          urls: urls.join('\n'),
          log: logged.join('\n'),
          errors: JSON.stringify(state.errors),
          state: JSON.stringify(state),
          ...files,
        },
        secrets,
      ),
    ).toEqual([])
    // The scan finds each of them where they are: in what the client sent.
    const sent = JSON.stringify({ privateKey, TEST_CLIENT_EMAIL, CAPTCHA_SECRET, GWS_PASSWORD })
    expect(findSecrets({ sent }, secrets)).toHaveLength(secrets.length)
  })
})

describe('the simulated reCAPTCHA over HTTP', () => {
  it('issues a widget token on the tenant server, and the key set’s test verifies it', async () => {
    const admin = new Client(server.url)
    await admin.signIn('admin')
    const siteKey = '6LdX9pQrAAAAAK3m5n7p9r1t3v5x7z-AbCdEfGhI'
    const keySet = await admin.send<{ id: string }>(
      'POST',
      '/admin/v1/credentials/captcha-key-sets',
      {
        body: {
          type: 'V2VISIBLE',
          name: 'Shop',
          siteKey,
          secretKey: '6LdX9pQrAAAAAP0o2q4s6u8w0y2A4C6E8G-IkMoQ',
          threshold: 50,
          active: false,
        },
      },
    )
    expect(keySet.status).toBe(200)
    // What the test page's widget asks for; the browser's demo tenant answered it and the server
    // did not (404), so the page's "I'm not a robot" never ticked on the tenant server.
    const issued = await admin.send<{ token: string }>('POST', '/simulated-recaptcha/token', {
      body: { siteKey, widget: 'checkbox' },
    })
    expect(issued.status).toBe(200)
    const tested = await admin.send<{ success: boolean }>(
      'POST',
      `/admin/v1/credentials/captcha-key-sets/${keySet.body.data.id}/test`,
      { body: { token: issued.body.data.token } },
    )
    expect([tested.status, tested.body.data.success]).toEqual([200, true])
    const unknown = await admin.send('POST', '/simulated-recaptcha/nothing-here', { body: {} })
    expect([unknown.status, unknown.body.status.code]).toEqual([404, 40402])
  })
})
