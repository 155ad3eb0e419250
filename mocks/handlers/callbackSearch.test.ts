import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { phoneDigits } from '@/domain/phoneDigits'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { SEARCH_LIMIT } from './callbackSearch'
import { defined } from '@/test/defined'

keepsContract()

beforeEach(() => {
  resetTenant({ now: () => TEST_NOW })
})

const search = (q: string) =>
  call((init) => api().GET('/admin/v1/callbacks/search', { params: { query: { q } }, ...init }))
const tenant = () => currentSimulator().tenant()
const callbacks = () => tenant().state.callbacks

/** "+442079460123" written as a person might type it: "+44 (20) 7946-0123". */
function formatted(e164: string): string {
  const d = e164.slice(1)
  return `+${d.slice(0, 2)} (${d.slice(2, 4)}) ${d.slice(4, 8)}-${d.slice(8)}`
}

describe('GET /admin/v1/callbacks/search', () => {
  it('finds one callback by its exact ID, with the queue’s caller ID and route point', async () => {
    await signInAs('supervisor')
    const record = defined(callbacks().find((c) => c.state === 'COMPLETED' && c.reason === 'AGENT'))
    const queue = defined(tenant().queue(record.serviceName))
    const hits = await search(record.id.toUpperCase())
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      id: record.id,
      state: 'COMPLETED',
      reason: 'AGENT',
      fromNumber: queue.model.callerId,
      toNumber: record.phoneNumber,
      routePoint: queue.model.routePoint,
      serviceName: record.serviceName,
      desiredTime: record.desiredTime,
      updatedAt: record.updatedAt,
    })
    expect(defined(hits[0]).fromNumber).toMatch(/^\+\d{10,14}$/)
    const labels = defined(hits[0]).diagnostics.map((f) => f.label)
    expect(labels).toEqual(
      expect.arrayContaining(['Dial attempts', 'Dial attempt 1', 'Routing node', 'Outcome']),
    )
    expect(defined(defined(hits[0]).diagnostics.find((f) => f.label === 'Outcome')).value).toBe(
      'Handled by an agent',
    )
  })

  it('finds a customer’s callbacks by number whatever its formatting, newest first, at most 50', async () => {
    await signInAs('admin')
    const counts = new Map<string, number>()
    for (const c of callbacks()) counts.set(c.phoneNumber, (counts.get(c.phoneNumber) ?? 0) + 1)
    const [phone] = defined([...counts].sort((a, b) => b[1] - a[1])[0])
    const hits = await search(formatted(phone))
    const expected = callbacks().filter((c) => c.phoneNumber === phone)
    expect(hits.length).toBe(Math.min(SEARCH_LIMIT, expected.length))
    expect(hits.every((h) => h.toNumber === phone)).toBe(true)
    const updated = hits.map((h) => Date.parse(h.updatedAt))
    expect(updated).toEqual([...updated].sort((a, b) => b - a))

    // Part of a number finds every number containing those digits, up to the limit; a leading +
    // means the start of the number (the country code), not digits anywhere.
    const anywhere = await search('44')
    expect(anywhere).toHaveLength(SEARCH_LIMIT)
    expect(anywhere.every((h) => phoneDigits(h.toNumber).includes('44'))).toBe(true)
    expect(anywhere.some((h) => !h.toNumber.startsWith('+44'))).toBe(true)
    const uk = await search('+44')
    expect(uk).toHaveLength(SEARCH_LIMIT)
    expect(uk.every((h) => h.toNumber.startsWith('+44'))).toBe(true)
  })

  it('explains a queued callback with its position and wait, and a late scheduled one', async () => {
    await signInAs('admin')
    const queued = defined(callbacks().find((c) => c.state === 'QUEUED'))
    const [hit] = await search(queued.id)
    const facts = Object.fromEntries(defined(hit).diagnostics.map((f) => [f.label, f.value]))
    expect(facts['Position in queue']).toBe(String(tenant().positionOf(queued)))
    expect(facts['Estimated wait now']).toBeDefined()
    expect(facts['Queued at']).toBe(queued.metrics.queuedAt)

    const late = defined(
      callbacks().find(
        (c) => c.state === 'SCHEDULED' && Date.parse(c.desiredTime) + 2 * 60_000 < TEST_NOW,
      ),
    )
    const [lateHit] = await search(late.id)
    expect(
      defined(lateHit).diagnostics.find((f) => f.label === 'Past the desired window')?.value,
    ).toMatch(/^Yes: the desired time passed \d+ min ago/)
  })

  it('answers an empty list when nothing matches, and 400 for a blank or too long query', async () => {
    await signInAs('developer')
    expect(await search('00000000-0000-4000-8000-000000000000')).toEqual([])
    expect(await search('+999 999 999 999')).toEqual([])
    expect(await search('not a number')).toEqual([])
    for (const q of ['   ', 'x'.repeat(65)]) {
      const error = await failure(search(q))
      expect([error.httpStatus, error.code]).toEqual([400, 40001])
      expect(error.message).toMatch(/q/)
    }
  })

  it('refuses a monitor with 403', async () => {
    await signInAs('monitor')
    const error = await failure(search(defined(callbacks()[0]).id))
    expect([error.httpStatus, error.code]).toEqual([403, 40301])
  })

  it('never finds another line’s callback for a Sales supervisor, by ID or by number', async () => {
    await signInAs('sales.supervisor')
    const other = defined(callbacks().find((c) => !c.serviceName.startsWith('Sales')))
    expect(await search(other.id)).toEqual([])
    expect(await search(other.phoneNumber)).toEqual([])
    const own = defined(callbacks().find((c) => c.serviceName.startsWith('Sales')))
    expect((await search(own.id)).map((h) => h.id)).toEqual([own.id])
    const wide = await search('1')
    expect(wide.length).toBeGreaterThan(0)
    expect(wide.every((h) => h.serviceName.startsWith('Sales'))).toBe(true)
  })
})
