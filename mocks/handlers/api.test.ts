import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import {
  bulkCancelCallbacks,
  cancelCallback,
  createCallback,
  recreateCallback,
  rescheduleCallback,
} from '@/api/callbacks'
import { signIn, signOut } from '@/api/session'
import { DAY_MS } from '@/domain/zonedTime'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { DEMO_API_KEY } from '../seed/tenant'
import { defined } from '@/test/defined'

keepsContract()

const RANGE = {
  from: new Date(TEST_NOW - 14 * DAY_MS).toISOString(),
  to: new Date(TEST_NOW + 14 * DAY_MS).toISOString(),
}

async function list(query: Record<string, unknown> = {}) {
  return call((init) =>
    api().GET('/admin/v1/callbacks', { params: { query: { ...RANGE, ...query } }, ...init }),
  )
}

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

describe('sign-in and roles', () => {
  it('signs in every demo account with a callback role and refuses the agent', async () => {
    for (const [username, role] of [
      ['admin', 'ADMINISTRATOR'],
      ['supervisor', 'SUPERVISOR'],
      ['monitor', 'MONITOR'],
      ['developer', 'DEVELOPER'],
      ['sales.supervisor', 'SUPERVISOR'],
    ] as const) {
      expect((await signInAs(username)).role).toBe(role)
    }
    const refused = await failure(signInAs('agent'))
    expect([refused.httpStatus, refused.code]).toEqual([403, 40302])
    expect(refused.message).toMatch(/no Callback role/)
  })

  it('refuses a wrong password without saying which part was wrong', async () => {
    const error = await failure(signIn('admin', 'nope'))
    expect([error.httpStatus, error.code, error.message]).toEqual([
      401,
      40103,
      'Wrong username or password.',
    ])
  })

  it('answers 401 after sign-out and after the idle timeout', async () => {
    await signInAs('admin')
    await signOut()
    expect((await failure(list())).httpStatus).toBe(401)
    await signInAs('admin')
    clock += 21 * 60_000
    const expired = await failure(list())
    expect([expired.httpStatus, expired.code]).toEqual([401, 40102])
  })

  it('refuses every write to monitor and developer with 403', async () => {
    for (const username of ['monitor', 'developer']) {
      await signInAs(username)
      const page = await list({ states: ['SCHEDULED'] })
      const id = defined(page.items[0]).id
      const attempts = [
        createCallback(
          { type: 'IMMEDIATE', serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460123' },
          `k-${username}-1`,
        ),
        cancelCallback(id),
        rescheduleCallback(id, new Date(TEST_NOW + DAY_MS).toISOString()),
        recreateCallback(id, { type: 'IMMEDIATE' }, `k-${username}-2`),
        bulkCancelCallbacks({ ids: [id] }, `k-${username}-3`),
        call((init) => api().GET('/admin/v1/reports/cancellation-summary', init)),
      ]
      for (const attempt of attempts) expect((await failure(attempt)).httpStatus).toBe(403)
      expect(defined(currentSimulator().tenant().get(id)).state).toBe('SCHEDULED')
    }
  })
})

describe('lines of business', () => {
  it('never gives a Sales supervisor anything of another line', async () => {
    const admin = await signInAs('admin')
    const all = await list({ pageSize: 250 })
    const service = defined(all.items.find((c) => !c.serviceName.startsWith('Sales')))
    const user = await signInAs('sales.supervisor')
    expect(user.restricted).toBe(true)
    expect(user.permittedQueues.every((q) => q.startsWith('Sales'))).toBe(true)
    expect(admin.permittedQueues.length).toBeGreaterThan(user.permittedQueues.length)
    const mine = await list()
    expect(mine.total).toBeGreaterThan(0)
    expect(mine.total).toBeLessThan(all.total)
    expect(mine.items.every((c) => c.serviceName.startsWith('Sales'))).toBe(true)
    expect((await list({ services: [service.serviceName] })).total).toBe(0)
    expect((await list({ searchField: 'callbackId', searchTerm: service.id })).total).toBe(0)
    expect(
      (
        await failure(
          call((init) =>
            api().GET('/admin/v1/callbacks/{id}', {
              params: { path: { id: service.id } },
              ...init,
            }),
          ),
        )
      ).httpStatus,
    ).toBe(404)
    expect((await failure(cancelCallback(service.id))).httpStatus).toBe(404)
    const queues = await call((init) => api().GET('/admin/v1/queues', init))
    expect(queues.map((q) => q.lineOfBusiness)).toEqual(queues.map(() => 'Sales'))
    const bulk = await bulkCancelCallbacks({ ids: [service.id], dryRun: true })
    expect(bulk).toMatchObject({ cancelled: 0, failed: 1 })
    const created = await failure(
      createCallback(
        { type: 'IMMEDIATE', serviceName: service.serviceName, phoneNumber: '+442079460123' },
        'k-lob-0001',
      ),
    )
    expect(created.httpStatus).toBe(404)
  })
})

describe('the callback list', () => {
  it('pages by 250 with a total, filters and sorts on the server', async () => {
    await signInAs('admin')
    const first = await list()
    expect(first.items).toHaveLength(250)
    expect(first.total).toBeGreaterThan(250)
    const second = await list({ page: 1 })
    expect(defined(second.items[0]).id).not.toBe(defined(first.items[0]).id)
    const completed = await list({ states: ['COMPLETED'] })
    expect(completed.items.every((c) => c.state === 'COMPLETED' && c.reason)).toBe(true)
    const byPhone = await list({ sort: 'phoneNumber', order: 'desc' })
    const phones = byPhone.items.map((c) => c.phoneNumber)
    expect(phones).toEqual([...phones].sort().reverse())
    const needle = defined(first.items[3]).phoneNumber.slice(-6)
    const found = await list({ searchField: 'phoneNumber', searchTerm: needle })
    expect(found.items.every((c) => c.phoneNumber.includes(needle))).toBe(true)
  })

  it('rejects a malformed query with a clear message and a correlation ID', async () => {
    await signInAs('admin')
    const error = await failure(list({ from: 'yesterday' }))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.message).toMatch(/from/)
    expect(error.corrId).toMatch(/[0-9a-f-]{36}/)
    expect(defined(currentSimulator().tenant().state.errors[0]).corrId).toBe(error.corrId)
  })
})

describe('creating callbacks', () => {
  it('creates an immediate callback once, however often the request is repeated', async () => {
    await signInAs('supervisor')
    const body = {
      type: 'IMMEDIATE' as const,
      serviceName: 'Service 24x7 VQ_CB',
      phoneNumber: '+44 20 7946 0123',
    }
    const [a, b] = await Promise.all([
      createCallback(body, 'same-key-123'),
      createCallback(body, 'same-key-123'),
    ])
    const c = await createCallback(body, 'same-key-123')
    expect(a.id).toBe(b.id)
    expect(c.id).toBe(a.id)
    const record = defined(currentSimulator().tenant().get(a.id))
    expect(record.phoneNumber).toBe('+442079460123')
    expect(record.state).toBe('QUEUED')
    expect(record.metrics.createdBy).toBe('supervisor')
    const reused = await failure(
      createCallback({ ...body, phoneNumber: '+442079460124' }, 'same-key-123'),
    )
    expect([reused.httpStatus, reused.code]).toEqual([409, 40902])
  })

  it('books a free slot and answers 429 with proposed slots when it is full', async () => {
    await signInAs('admin')
    const slots = await call((init) =>
      api().GET('/admin/v1/queues/{name}/availability', {
        params: {
          path: { name: 'Sales Premium VQ_CB' },
          query: {
            start: new Date(TEST_NOW + DAY_MS).toISOString(),
            numberOfDays: 3,
            timezone: 'Europe/Paris',
          },
        },
        ...init,
      }),
    )
    expect(slots.durationMin).toBe(15)
    const slot = defined(slots.slots[0])
    expect(slot.localTime).toMatch(/\+01:00$/)
    for (let i = 0; i < slot.capacity; i++) {
      await createCallback(
        {
          type: 'SCHEDULED',
          serviceName: 'Sales Premium VQ_CB',
          phoneNumber: `+1212555${String(1000 + i)}`,
          desiredTime: slot.utcTime,
        },
        `fill-${i}-xxxx`,
      )
    }
    const full = await failure(
      createCallback(
        {
          type: 'SCHEDULED',
          serviceName: 'Sales Premium VQ_CB',
          phoneNumber: '+12125559999',
          desiredTime: slot.utcTime,
        },
        'full-key-1',
      ),
    )
    expect([full.httpStatus, full.code]).toEqual([429, 42901])
    expect(defined(full.slots).length).toBeGreaterThan(0)
    expect(defined(full.slots).every((s) => s.capacity > 0 && s.utcTime > slot.utcTime)).toBe(true)
  })

  it('refuses a bad number, a closed queue and a time that is not a slot, naming the problem', async () => {
    await signInAs('admin')
    const badNumber = await failure(
      createCallback(
        { type: 'IMMEDIATE', serviceName: 'Service 24x7 VQ_CB', phoneNumber: '12345' },
        'bad-number-1',
      ),
    )
    expect(badNumber.detail).toMatchObject({ field: 'phoneNumber' })
    const closed = defined(
      currentSimulator()
        .tenant()
        .state.queues.find((q) => q.name === 'Claims Night VQ_CB'),
    )
    const closedError = await failure(
      createCallback(
        { type: 'IMMEDIATE', serviceName: closed.name, phoneNumber: '+61412345678' },
        'closed-q-1',
      ),
    )
    expect(closedError.message).toMatch(/closed now/)
    const offGrid = await failure(
      createCallback(
        {
          type: 'SCHEDULED',
          serviceName: 'Service 24x7 VQ_CB',
          phoneNumber: '+442079460123',
          desiredTime: new Date(TEST_NOW + DAY_MS + 7 * 60_000).toISOString(),
        },
        'off-grid-1',
      ),
    )
    expect(offGrid.detail).toMatchObject({ field: 'desiredTime' })
  })
})

describe('changing callbacks', () => {
  it('cancels, reschedules and recreates through legal transitions only', async () => {
    await signInAs('supervisor')
    const tenant = currentSimulator().tenant()
    const scheduled = defined(
      tenant.state.callbacks.find(
        (c) =>
          c.state === 'SCHEDULED' &&
          c.origin === 'SCHEDULED' &&
          Date.parse(c.desiredTime) > TEST_NOW + DAY_MS &&
          c.serviceName === 'Service 24x7 VQ_CB',
      ),
    )
    const later = new Date(Math.ceil((TEST_NOW + 2 * DAY_MS) / 3_600_000) * 3_600_000).toISOString()
    const moved = await rescheduleCallback(scheduled.id, later)
    expect(moved.previousId).toBe(scheduled.id)
    expect(tenant.get(scheduled.id)).toMatchObject({ state: 'COMPLETED', reason: 'RESCHEDULED' })
    expect(defined(tenant.get(moved.id)).metrics.rescheduledFrom).toBe(scheduled.id)
    await cancelCallback(moved.id)
    expect(tenant.get(moved.id)).toMatchObject({ state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' })
    expect(defined(tenant.get(moved.id)).metrics.cancelledBy).toBe('supervisor')
    const again = await failure(cancelCallback(moved.id))
    expect([again.httpStatus, again.code]).toEqual([409, 40901])
    const recreated = await recreateCallback(
      moved.id,
      { type: 'SCHEDULED', desiredTime: later },
      'recreate-key-1',
    )
    expect(tenant.get(recreated.id)).toMatchObject({
      state: 'SCHEDULED',
      phoneNumber: scheduled.phoneNumber,
    })
    expect(defined(tenant.get(recreated.id)).metrics.recreatedFrom).toBe(moved.id)
    const report = await call((init) => api().GET('/admin/v1/reports/cancellation-summary', init))
    expect(report.items.map((i) => i.id)).toContain(moved.id)
  })

  it('refuses to reschedule a callback to the time it already has', async () => {
    await signInAs('supervisor')
    const tenant = currentSimulator().tenant()
    const later = new Date(Math.ceil((TEST_NOW + 2 * DAY_MS) / 3_600_000) * 3_600_000)
    const { id } = await createCallback(
      {
        type: 'SCHEDULED',
        serviceName: 'Service 24x7 VQ_CB',
        phoneNumber: '+442079460777',
        desiredTime: later.toISOString(),
      },
      'same-time-key',
    )
    const refused = await failure(rescheduleCallback(id, later.toISOString()))
    expect([refused.httpStatus, refused.code, refused.detail?.field]).toEqual([
      400,
      40001,
      'desiredTime',
    ])
    expect(tenant.get(id)).toMatchObject({ state: 'SCHEDULED' })
    expect(tenant.state.callbacks.filter((c) => c.phoneNumber === '+442079460777')).toHaveLength(1)
  })

  it('refuses to cancel a callback an agent is handling', async () => {
    await signInAs('admin')
    const processing = defined(
      currentSimulator()
        .tenant()
        .state.callbacks.find((c) => c.state === 'PROCESSING'),
    )
    const error = await failure(cancelCallback(processing.id))
    expect([error.httpStatus, error.message]).toEqual([409, expect.stringMatching(/PROCESSING/)])
  })

  it('cancels a whole range, excluding PROCESSING and COMPLETED, and previews first', async () => {
    await signInAs('admin')
    const range = {
      from: new Date(TEST_NOW - 3_600_000).toISOString(),
      to: new Date(TEST_NOW + 2 * DAY_MS).toISOString(),
    }
    const preview = await bulkCancelCallbacks({ range, dryRun: true })
    expect(preview.cancelled).toBeGreaterThan(0)
    const tenant = currentSimulator().tenant()
    const before = tenant.state.callbacks.filter((c) => c.state === 'SCHEDULED').length
    const done = await bulkCancelCallbacks({ range }, 'range-cancel-1')
    expect(done.cancelled).toBe(preview.cancelled)
    expect(done.excluded).toBe(preview.excluded)
    expect(
      done.results
        .filter((r) => r.outcome === 'EXCLUDED')
        .every((r) => r.state === 'PROCESSING' || r.state === 'COMPLETED'),
    ).toBe(true)
    expect(tenant.state.callbacks.filter((c) => c.state === 'SCHEDULED').length).toBeLessThan(
      before,
    )
  })
})

describe('bulk cancel runs once per Idempotency-Key', () => {
  const scheduledIds = (count: number) =>
    currentSimulator()
      .tenant()
      .state.callbacks.filter((c) => c.state === 'SCHEDULED')
      .slice(0, count)
      .map((c) => c.id)

  it('answers a repeat, or a copy sent while the first runs, with the first run', async () => {
    await signInAs('supervisor')
    const ids = scheduledIds(2)
    const [first, copy] = await Promise.all([
      bulkCancelCallbacks({ ids }, 'bulk-key-1'),
      bulkCancelCallbacks({ ids }, 'bulk-key-1'),
    ])
    const again = await bulkCancelCallbacks({ ids }, 'bulk-key-1')
    for (const answer of [first, copy, again])
      expect(answer).toMatchObject({ cancelled: 2, excluded: 0, failed: 0 })
    const log = currentSimulator().tenant().state.cancellations
    expect(log.map((e) => e.id).sort()).toEqual([...ids].sort())
    expect(log.every((e) => e.status === 'CANCELLED')).toBe(true)
  })

  it('refuses a real run without a key (a dry run needs none) and a key reused for other IDs', async () => {
    await signInAs('supervisor')
    const ids = scheduledIds(2)
    const a = defined(ids[0], 'scheduled callback')
    const b = defined(ids[1], 'scheduled callback')
    expect(await bulkCancelCallbacks({ ids: [a], dryRun: true })).toMatchObject({ cancelled: 1 })
    const missing = await failure(bulkCancelCallbacks({ ids: [a] }))
    expect([missing.httpStatus, missing.detail?.field]).toEqual([400, 'Idempotency-Key'])
    await bulkCancelCallbacks({ ids: [a] }, 'bulk-key-2')
    const reused = await failure(bulkCancelCallbacks({ ids: [b] }, 'bulk-key-2'))
    expect([reused.httpStatus, reused.code]).toEqual([409, 40902])
    expect(currentSimulator().tenant().get(b)?.state).toBe('SCHEDULED')
  })
})

describe('the clock', () => {
  it('moves a new callback through its states and purges records 14 days after their time', async () => {
    await signInAs('admin')
    const { id } = await createCallback(
      { type: 'IMMEDIATE', serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460555' },
      'clock-key-1',
    )
    const tenant = currentSimulator().tenant()
    const seen = new Set<string>()
    for (let t = 0; t < 24 * 60 && tenant.get(id)?.state !== 'COMPLETED'; t++) {
      clock += 30_000
      await signInAs('admin')
      seen.add(defined(currentSimulator().tenant().get(id)).state)
    }
    expect(seen.has('COMPLETED')).toBe(true)
    const done = defined(currentSimulator().tenant().get(id))
    expect(done.metrics.queuedAt).toBeDefined()
    clock = TEST_NOW + 15 * DAY_MS
    await signInAs('admin')
    expect(currentSimulator().tenant().get(id)).toBeUndefined()
  })
})

describe('the public engagement API', () => {
  const headers = { 'x-api-key': DEMO_API_KEY }
  it('creates, retrieves and cancels with an API key, and refuses without one', async () => {
    const created = await call((init) =>
      api().POST('/engagement/v3/callbacks/create', {
        body: { serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460777' },
        headers,
        ...init,
      }),
    )
    const retrieved = await call((init) =>
      api().POST('/engagement/v3/callbacks/retrieve', {
        body: { id: created.id },
        headers,
        ...init,
      }),
    )
    expect(retrieved).toMatchObject({
      id: created.id,
      callbackState: 'QUEUED',
      positionInQueue: expect.any(Number),
    })
    await call((init) =>
      api().POST('/engagement/v3/callbacks/cancel', { body: { id: created.id }, headers, ...init }),
    )
    expect(defined(currentSimulator().tenant().get(created.id)).reason).toBe('CANCELLED')
    const noKey = await failure(
      call((init) =>
        api().POST('/engagement/v3/callbacks/retrieve', { body: { id: created.id }, ...init }),
      ),
    )
    expect([noKey.httpStatus, noKey.code]).toEqual([401, 40101])
    const ewt = await call((init) =>
      api().GET('/engagement/v3/estimated-wait-time', {
        params: { query: { 'virtual-queues': 'Service 24x7 VQ_CB,Claims Night VQ_CB' } },
        headers,
        ...init,
      }),
    )
    expect(ewt.map((e) => e.resultCode)).toEqual([0, -2])
    const openFor = await call((init) =>
      api().GET('/engagement/v3/callbacks/open-for/{service-name}', {
        params: { path: { 'service-name': 'Claims Night VQ_CB' } },
        headers,
        ...init,
      }),
    )
    expect(openFor.openFor).toBe(0)
    const status = await call((init) =>
      api().GET('/engagement/v3/callbacks/queue-status/{queue-name}', {
        params: { path: { 'queue-name': 'Service 24x7 VQ_CB' } },
        headers,
        ...init,
      }),
    )
    expect(status.offerImmediateCallback).toBe(true)
  })
})

describe('fault injection', () => {
  it('fails an endpoint on demand with a correlation ID, then recovers', async () => {
    await signInAs('admin')
    currentSimulator().faults.set('GET /admin/v1/callbacks', { kind: 'error', times: 1 })
    const error = await failure(list())
    expect([error.httpStatus, error.code, error.transient]).toEqual([500, 50001, true])
    expect(error.corrId).toBeTruthy()
    expect((await list()).total).toBeGreaterThan(0)
    currentSimulator().faults.set('GET /admin/v1/callbacks', { kind: 'offline', times: 1 })
    expect((await failure(list())).kind).toBe('network')
    currentSimulator().faults.set('GET /admin/v1/queues', { kind: 'rateLimit', times: 1 })
    expect((await failure(call((init) => api().GET('/admin/v1/queues', init)))).httpStatus).toBe(
      429,
    )
  })
})
