import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, Client, startTestServer, tempDataDir, type TestServer } from './testing'
import { defined } from '@/test/defined'

/** The tenant server over real HTTP on a loopback port: sessions, CORS, bad requests, sharing. */
const SHOP = 'https://shop.example.com'
const NOW = Date.parse('2026-11-18T15:00:00.000Z')
let clock = NOW
let server: TestServer
let staticDir: string

beforeAll(async () => {
  staticDir = join(tempDataDir(), 'dist')
  mkdirSync(staticDir, { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Callback Admin</title>')
  server = await startTestServer({ corsOrigins: [SHOP], staticDir, now: () => clock })
})
afterAll(() => server.dispose())

const day = (offset: number) => new Date(NOW + offset * 86_400_000).toISOString()

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie, not Secure over plain HTTP', async () => {
    const response = await fetch(`${server.url}/admin/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'supervisor', password: 'demo' }),
    })
    expect(response.status).toBe(200)
    const cookie = defined(response.headers.getSetCookie()[0])
    expect(cookie).toMatch(/^cb_session=[0-9a-f-]{36}; /)
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict']))
    expect(cookie).not.toMatch(/Secure/)
  })

  it('marks the cookie Secure behind a TLS proxy it trusts', async () => {
    const behindProxy = await startTestServer({ trustProxy: true })
    try {
      const response = await fetch(`${behindProxy.url}/admin/v1/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
        body: JSON.stringify({ username: 'admin', password: 'demo' }),
      })
      expect(defined(response.headers.getSetCookie()[0]).split('; ')).toContain('Secure')
    } finally {
      await behindProxy.dispose()
    }
  })

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const browser = new Client(server.url)
    await browser.signIn('monitor')
    const cookieBefore = (await browser.send('GET', '/admin/v1/session')).status
    expect(cookieBefore).toBe(200)
    const replay = new Client(server.url)
    Object.assign(replay, { cookie: (browser as unknown as { cookie: string }).cookie })
    const out = await browser.send('DELETE', '/admin/v1/session')
    expect(out.status).toBe(200)
    expect(out.headers.getSetCookie()[0]).toMatch(/Max-Age=0/)
    expect((await replay.send('GET', '/admin/v1/session')).status).toBe(401)
  })

  it('ends an idle session on the server, whatever the page does', async () => {
    const browser = new Client(server.url)
    await browser.signIn('developer')
    clock += 19 * 60_000
    expect((await browser.send('GET', '/admin/v1/session')).status).toBe(200)
    clock += 21 * 60_000
    const expired = await browser.send('GET', '/admin/v1/session')
    expect([expired.status, expired.body.status.code]).toEqual([401, 40102])
    expect(expired.body.status.message).toMatch(/inactivity/)
  })

  it('refuses admin writes from another origin, and records the refusal', async () => {
    const browser = new Client(server.url)
    await browser.signIn('admin')
    const forged = await browser.send('PUT', '/admin/v1/preferences', {
      body: { language: 'fr' },
      headers: { Origin: 'https://evil.example' },
    })
    expect([forged.status, forged.body.status.code]).toEqual([403, 40303])
    const crossSite = await browser.send('POST', '/admin/v1/session/keepalive', {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
    const own = await browser.send('POST', '/admin/v1/session/keepalive', {
      headers: { Origin: server.url.replace('localhost', '127.0.0.1') },
    })
    // The server's own origin is the one the browser used: localhost and 127.0.0.1 are different.
    expect(own.status).toBe(403)
    const same = await browser.send('POST', '/admin/v1/session/keepalive', {
      headers: { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(same.status).toBe(200)
    const errors = server.simulator.tenant().state.errors
    expect(errors.find((e) => e.corrId === forged.body.status.corrId)).toMatchObject({
      statusCode: 403,
      code: 40303,
      method: 'PUT',
      url: '/admin/v1/preferences',
    })
  })
})

describe('two browsers share one tenant', () => {
  it('a supervisor sees the other supervisor’s cancellation on refresh', async () => {
    const sales = new Client(server.url)
    const central = new Client(server.url)
    await sales.signIn('sales.supervisor')
    await central.signIn('supervisor')
    const range = `from=${encodeURIComponent(day(0))}&to=${encodeURIComponent(day(14))}`
    const listed = await sales.send<{ items: Array<{ id: string; state: string }> }>(
      'GET',
      `/admin/v1/callbacks?${range}&states=SCHEDULED&pageSize=10`,
    )
    const target = defined(listed.body.data.items[0])
    const cancelled = await central.send('POST', `/admin/v1/callbacks/${target.id}/cancel`)
    expect(cancelled.status).toBe(200)
    const seen = await sales.send<{ state: string; reason: string }>(
      'GET',
      `/admin/v1/callbacks/${target.id}`,
    )
    expect(seen.body.data).toMatchObject({ state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' })
  })

  it('two administrators saving the same rule: the second gets 409 with the saved rule', async () => {
    const first = new Client(server.url)
    const second = new Client(server.url)
    await first.signIn('admin')
    await second.signIn('admin')
    const rules = await first.send<Array<{ id: string }>>('GET', '/admin/v1/number-rules')
    const id = defined(rules.body.data[0]).id
    type Rule = {
      name: string
      permittedCountries: string[]
      blockedPatterns: string[]
      version: number
    }
    const read = (await first.send<Rule>('GET', `/admin/v1/number-rules/${id}`)).body.data
    const body = (patterns: string[]) => ({
      name: read.name,
      permittedCountries: read.permittedCountries,
      blockedPatterns: patterns,
      version: read.version,
    })
    const saved = await first.send<Rule>('PUT', `/admin/v1/number-rules/${id}`, {
      body: body([...read.blockedPatterns, '^\\+4420794601']),
    })
    expect(saved.status).toBe(200)
    const stale = await second.send<{ current: Rule }>('PUT', `/admin/v1/number-rules/${id}`, {
      body: body(['^\\+1900']),
    })
    expect([stale.status, stale.body.status.code]).toEqual([409, 40903])
    expect(stale.body.data.current.version).toBe(saved.body.data.version)
  })
})

describe('engagement API for external apps', () => {
  it('books with the API key and records a missing key as an error of that request', async () => {
    const app = apiClient(server.url)
    const booked = await app.send<{ id: string }>('POST', '/engagement/v3/callbacks/create', {
      body: { serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+14155550123' },
    })
    expect(booked.status).toBe(200)
    const anonymous = new Client(server.url)
    const refused = await anonymous.send('POST', '/engagement/v3/callbacks/retrieve', {
      body: { id: booked.body.data.id },
      headers: { 'x-correlation-id': 'my-app-request-42' },
    })
    expect([refused.status, refused.body.status.code]).toEqual([401, 40101])
    expect(refused.body.status.corrId).toBe('my-app-request-42')
    expect(server.simulator.tenant().state.errors[0]).toMatchObject({
      corrId: 'my-app-request-42',
      url: '/engagement/v3/callbacks/retrieve',
      method: 'POST',
      statusCode: 401,
      code: 40101,
    })
  })

  it('answers a CORS preflight from an allowed origin, and only from one', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/engagement/v3/callbacks/create`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-api-key',
        },
      })
    const allowed = await preflight(SHOP)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/x-api-key/i)
    expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/)
    const other = await preflight('https://evil.example')
    expect(other.status).toBe(403)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const own = await preflight(server.url)
    expect(own.headers.get('access-control-allow-origin')).toBe(server.url)
  })

  it('sends CORS headers on answers to allowed origins only, and never on the admin API', async () => {
    const call = (origin: string, path = '/engagement/v3/callbacks/queue-status/Sales%20VQ_CB') =>
      apiClient(server.url).send('GET', path, { headers: { Origin: origin } })
    expect((await call(SHOP)).headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(
      (await call('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull()
    const admin = await call(SHOP, '/admin/v1/session')
    expect(admin.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('bad requests get an envelope and never stop the server', () => {
  const raw = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    fetch(server.url + path, { method, headers, ...(body !== undefined ? { body } : {}) }).then(
      async (r) => ({
        status: r.status,
        headers: r.headers,
        body: (await r.json()) as { status: { code: number; message: string } },
      }),
    )

  it.each([
    [
      'malformed JSON',
      'POST',
      '/admin/v1/session',
      '{"username": ',
      'application/json',
      400,
      40001,
      /not valid JSON/,
    ],
    [
      'a body that is not JSON',
      'POST',
      '/admin/v1/session',
      'username=admin',
      'application/x-www-form-urlencoded',
      415,
      41501,
      /Content-Type: application\/json/,
    ],
    [
      'JSON with no content type',
      'POST',
      '/engagement/v3/callbacks/retrieve',
      '{"id":"x"}',
      '',
      415,
      41501,
      /application\/json/,
    ],
  ])('%s', async (_what, method, path, body, type, status, code, message) => {
    const answer = await raw(method, path, body, type ? { 'Content-Type': type } : {})
    expect([answer.status, answer.body.status.code]).toEqual([status, code])
    expect(answer.body.status.message).toMatch(message)
  })

  it('refuses a body over 2 MB without reading it all', async () => {
    const huge = JSON.stringify({ username: 'a'.repeat(3 * 1024 * 1024), password: 'demo' })
    const answer = await raw('POST', '/admin/v1/session', huge, {
      'Content-Type': 'application/json',
    })
    expect([answer.status, answer.body.status.code]).toEqual([413, 41301])
    expect((await raw('GET', '/admin/v1/nope')).status).toBe(404)
  })

  it('answers an unknown API path with 404 and a wrong method with 405 and Allow', async () => {
    const missing = await raw('GET', '/engagement/v3/no-such-thing')
    expect([missing.status, missing.body.status.code]).toEqual([404, 40402])
    const wrong = await raw('DELETE', '/engagement/v3/callbacks/create')
    expect([wrong.status, wrong.body.status.code]).toEqual([405, 40501])
    expect(wrong.headers.get('allow')).toBe('POST')
  })

  it('survives hostile paths and headers', async () => {
    expect((await raw('GET', '/admin/v1/callbacks/%E0%A4%A')).status).toBeGreaterThanOrEqual(400)
    const longHeader = await new Promise<number>((resolve, reject) => {
      const port = Number(new URL(server.url).port)
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/admin/v1/session',
          headers: { 'x-junk': 'x'.repeat(64 * 1024) },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(longHeader).toBe(431)
    expect((await raw('GET', '/admin/v1/session')).status).toBe(401)
  })
})

describe('Reset demo data on the shared tenant', () => {
  it('is for administrators only, and starts everyone over', async () => {
    const own = await startTestServer()
    try {
      const supervisor = new Client(own.url)
      const admin = new Client(own.url)
      await supervisor.signIn('supervisor')
      await admin.signIn('admin')
      const refused = await supervisor.send('POST', '/admin/v1/demo/reset')
      expect([refused.status, refused.body.status.code]).toEqual([403, 40301])
      const before = own.simulator.tenant()
      const reset = await admin.send('POST', '/admin/v1/demo/reset')
      expect(reset.status).toBe(200)
      expect(own.simulator.tenant()).not.toBe(before)
      expect((await supervisor.send('GET', '/admin/v1/session')).status).toBe(401)
    } finally {
      await own.dispose()
    }
  })
})

describe('the app beside the API', () => {
  it('serves the build, falls back to index.html for app routes, and says it is the tenant server', async () => {
    const page = await fetch(`${server.url}/callback?range=today`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Callback Admin</title>')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const config = (await (await fetch(`${server.url}/config.json`)).json()) as Record<
      string,
      unknown
    >
    expect(config).toMatchObject({ demoTenant: false, tenantServer: true, apiBaseUrl: '' })
  })
})
