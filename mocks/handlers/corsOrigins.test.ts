import { describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import '../testing/setup'
import { TEST_ORIGIN } from '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { DEMO_API_KEY } from '../seed/tenant'
import { resetTenant, TEST_NOW } from '../node'

keepsContract()

const listOrigins = () => call((init) => api().GET('/admin/v1/cors-origins', init))

/** The origin the engagement API allows for a page of this origin, if any. */
async function allowedFor(origin: string): Promise<string | null> {
  const response = await fetch(
    `${TEST_ORIGIN}/engagement/v3/estimated-wait-time?virtual-queues=x`,
    {
      headers: { origin, 'x-api-key': DEMO_API_KEY },
    },
  )
  return response.headers.get('access-control-allow-origin')
}

describe('Allowed CORS Domains', () => {
  it('lists the app itself when nothing is configured', async () => {
    await signInAs('developer')
    expect(await listOrigins()).toEqual({ origins: [{ origin: TEST_ORIGIN, source: 'app' }] })
  })

  it('lists exactly the origins the engagement API allows', async () => {
    const configured = ['https://shop.example.com', 'http://localhost:5173', TEST_ORIGIN]
    resetTenant({
      now: () => TEST_NOW,
      transport: { httpOnlyCookies: false, corsOrigins: configured },
    })
    await signInAs('admin')
    const { origins } = await listOrigins()
    expect(origins).toEqual([
      { origin: TEST_ORIGIN, source: 'app' },
      { origin: 'https://shop.example.com', source: 'configured' },
      { origin: 'http://localhost:5173', source: 'configured' },
    ])
    for (const { origin } of origins) expect(await allowedFor(origin)).toBe(origin)
    for (const other of ['https://evil.example.com', 'https://shop.example.com:8443'])
      expect(await allowedFor(other)).toBeNull()
  })

  it.each(['supervisor', 'monitor', 'sales.supervisor'])('refuses %s with 403', async (who) => {
    await signInAs(who)
    expect((await failure(listOrigins())).httpStatus).toBe(403)
  })
})
