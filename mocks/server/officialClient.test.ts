import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_API_KEY } from '../seed/tenant'
import { demoRequests, toFetchRequest, type WireRequest } from '../testing/officialClient'
import type { Envelope } from './testing'
import { startTestServer, type TestServer } from './testing'
import { defined } from '@/test/defined'

/**
 * The official engagement client's exact wire requests (mocks/testing/officialClient.ts) over real
 * HTTP, as an integrator's Node app sends them: the server's parsing of headers, bodies and query
 * strings is the one under test here, where the handler tests go through MSW.
 */
const NOW = Date.parse('2026-11-18T15:00:00.000Z') // a Wednesday, 16:00 in Paris
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW })
})
afterAll(() => server.dispose())

async function send(wire: WireRequest): Promise<{ status: number; body: Envelope }> {
  const response = await fetch(toFetchRequest(wire, server.url))
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return { status: response.status, body: (await response.json()) as Envelope }
}

const requests = (id = 'none') => demoRequests(DEMO_API_KEY, NOW, id)

async function book(wire: WireRequest): Promise<string> {
  const { status, body } = await send(wire)
  expect([status, body.status.code, body.status.message]).toEqual([200, 0, 'Successful'])
  return (body.data as { id: string }).id
}

describe('the official client over HTTP, unchanged', () => {
  it('books with its prototype defaults, retrieves and cancels', async () => {
    const id = await book(requests().createWithDefaults)
    const r = requests(id)
    const retrieved = await send(r.retrieve)
    expect(retrieved.status).toBe(200)
    expect(retrieved.body.data).toMatchObject({ id, callbackState: 'QUEUED' })
    expect((await send(r.cancel)).body.data).toEqual({ id })
    const after = await send(r.retrieve)
    expect(after.body.data).toMatchObject({ id, callbackState: 'COMPLETED' })
  })

  it('books a scheduled callback at the time it sends', async () => {
    const wire = requests().createScheduled
    const id = await book(wire)
    const retrieved = await send(requests(id).retrieve)
    const sent = (JSON.parse(defined(wire.body)) as { desiredTime: string }).desiredTime
    expect(Date.parse((retrieved.body.data as { desiredTime: string }).desiredTime)).toBe(
      Date.parse(sent),
    )
  })

  it('answers availability the same by dates and by epoch milliseconds', async () => {
    const r = requests()
    const byDate = await send(r.availabilityStartEnd)
    const byEpoch = await send(r.availabilityStartMsEndMs)
    expect([byDate.status, byEpoch.status]).toEqual([200, 200])
    expect((byDate.body.data as { slots: unknown[] }).slots.length).toBeGreaterThan(0)
    expect(byEpoch.body.data).toEqual(byDate.body.data)
  })

  it('answers open-for, queue status and estimated wait time', async () => {
    const r = requests()
    expect((await send(r.openFor)).body.data).toEqual({ openFor: 5400 })
    expect((await send(r.queueStatus)).body.data).toMatchObject({ offerImmediateCallback: true })
    const waits = await send(r.estimatedWaitTime)
    expect(waits.status).toBe(200)
    expect((waits.body.data as Array<{ resultCode: number }>).map((w) => w.resultCode)).toEqual([
      0, 0,
    ])
  })

  it('routes every operation it knows to a handler that answers with the envelope', async () => {
    const id = await book(requests().createWithDefaults)
    for (const [operation, wire] of Object.entries(requests(id))) {
      const { status, body } = await send(wire)
      // 40402 is "no such operation", 40501 "wrong method": the router's own refusals.
      expect([operation, body.status.code]).not.toEqual([operation, 40402])
      expect([operation, status]).not.toEqual([operation, 405])
      expect(body.status.corrId, operation).toMatch(/\S/)
    }
  })

  it('refuses every operation with a wrong key, with 401 and the envelope', async () => {
    for (const [operation, wire] of Object.entries(requests())) {
      const { status, body } = await send({
        ...wire,
        headers: { ...wire.headers, 'x-api-key': 'not-the-key' },
      })
      expect([operation, status, body.status.code]).toEqual([operation, 401, 40101])
    }
  })
})
