import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_API_KEY } from '../seed/tenant'
import { callInCreate, toFetchRequest, type WireRequest } from '../testing/officialClient'
import { startTenantServer } from './tenantServer'
import {
  apiClient,
  Client,
  startTestServer,
  tempDataDir,
  type Envelope,
  type TestServer,
} from './testing'
import { defined } from '@/test/defined'

/** Click-To-Call-In over real HTTP: the official client's request, the caller, the records. */
const SHOP = 'https://shop.example.com'
const NOW = Date.parse('2026-11-18T15:00:00.000Z')
let clock = NOW
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ corsOrigins: [SHOP], now: () => clock })
})
afterAll(() => server.dispose())

interface Instructions {
  id: string
  toPhoneNumber: string
  groupName: string
  accessCode?: number
  expirationTime: number
  fromPhoneNumber?: string
}

/** The official client's exact request, sent over the wire. */
async function send(wire: WireRequest, base = server.url, extra: Record<string, string> = {}) {
  const request = toFetchRequest(wire, base)
  for (const [name, value] of Object.entries(extra)) request.headers.set(name, value)
  const response = await fetch(request)
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Envelope<Instructions>,
  }
}

async function record(browser: Client, id: string) {
  const page = await browser.send<{ items: Array<{ state: string; ani?: string }> }>(
    'GET',
    `/admin/v1/call-ins?searchField=callInId&searchTerm=${id}`,
  )
  return page.body.data.items[0]
}

describe('the Call-In API over HTTP', () => {
  it('answers the official client, and a developer playing the caller completes the request', async () => {
    const developer = new Client(server.url)
    await developer.signIn('developer')
    await developer.send('PUT', '/admin/v1/demo/call-in/simulation', {
      body: { simulatedCallers: false },
    })
    const made = await send(callInCreate(DEMO_API_KEY, 'auto_insurance', '+14155550100'))
    expect(made.status).toBe(200)
    expect(made.headers.get('x-correlation-id')).toBe(made.body.status.corrId)
    const { id, toPhoneNumber, accessCode, expirationTime } = made.body.data
    expect(typeof accessCode).toBe('number')
    expect(expirationTime).toBe(clock + 30_000)
    expect((await record(developer, id))?.state).toBe('CREATED')

    clock += 8_000
    const dialled = await developer.send<{ outcome: string }>(
      'POST',
      '/admin/v1/demo/call-in/dial',
      {
        body: { dnis: toPhoneNumber, ani: '+14155550100', accessCode: String(accessCode) },
      },
    )
    expect(dialled.body.data.outcome).toBe('COMPLETED')
    expect(await record(developer, id)).toMatchObject({ state: 'COMPLETED', ani: '+14155550100' })
  })

  it('lets the simulated consumers call, and expires what nobody completes, on the server clock', async () => {
    const admin = new Client(server.url)
    await admin.signIn('admin')
    await admin.send('PUT', '/admin/v1/demo/call-in/simulation', {
      body: { simulatedCallers: true },
    })
    const app = apiClient(server.url)
    const ids: string[] = []
    for (let i = 0; i < 30; i++) {
      const made = await app.send<Instructions>('POST', '/engagement/v3/call-in/requests/create', {
        body: { groupName: 'nonUniqueGroup1' },
      })
      ids.push(made.body.data.id)
    }
    clock += 31_000
    const tenant = server.simulator.tenant()
    const states = ids.map((id) => defined(tenant.callIns.get(id)).state)
    expect(states).not.toContain('CREATED')
    expect(states).toContain('COMPLETED')
    const after = await record(admin, defined(ids[0]))
    expect(['COMPLETED', 'EXPIRED']).toContain(after?.state)
  })

  it('says when a Unique DNIS pool is free again, and shows it to an allowed page', async () => {
    const admin = new Client(server.url)
    await admin.signIn('admin')
    await admin.send('PUT', '/admin/v1/demo/call-in/simulation', {
      body: { simulatedCallers: false },
    })
    clock += 10 * 60_000
    for (let i = 0; i < 4; i++) await send(callInCreate(DEMO_API_KEY, 'Sales unique DNIS'))
    const refused = await send(callInCreate(DEMO_API_KEY, 'Sales unique DNIS'), server.url, {
      Origin: SHOP,
    })
    expect([refused.status, refused.body.status.code]).toEqual([409, 40904])
    expect(refused.headers.get('retry-after')).toBe('60')
    expect(refused.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(refused.headers.get('access-control-expose-headers')).toMatch(/Retry-After/)
  })

  it('refuses Supervisor and Monitor the records and the caller, with 403', async () => {
    for (const username of ['supervisor', 'monitor']) {
      const browser = new Client(server.url)
      await browser.signIn(username)
      expect((await browser.send('GET', '/admin/v1/call-ins')).status).toBe(403)
      const dial = await browser.send('POST', '/admin/v1/demo/call-in/dial', {
        body: { dnis: '+18005555554' },
      })
      expect(dial.status).toBe(403)
    }
  })
})

describe('call-in records across a restart', () => {
  it('keeps every request and its plan: one still waiting expires on time after the restart', async () => {
    const dataDir = tempDataDir()
    let now = NOW
    const first = await startTenantServer({ port: 0, dataDir, seedSize: 100, now: () => now })
    let id: string
    try {
      first.simulator.tenant().state.simulatedCallers = false
      const made = await send(callInCreate(DEMO_API_KEY, 'Assistance FR'), first.url)
      id = made.body.data.id
      expect(made.body.data.expirationTime).toBe(NOW + 120_000)
    } finally {
      await first.close()
    }
    now += 60_000
    const second = await startTenantServer({ port: 0, dataDir, now: () => now })
    try {
      const admin = new Client(second.url)
      await admin.signIn('admin')
      expect((await record(admin, id))?.state).toBe('CREATED')
      expect(second.simulator.tenant().state.simulatedCallers).toBe(false)
      now += 60_000
      expect((await record(admin, id))?.state).toBe('EXPIRED')
    } finally {
      await second.close()
    }
  })
})
