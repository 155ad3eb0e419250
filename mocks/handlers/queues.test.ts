import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { assignQueueRules, type QueueRuleAssignment } from '@/api/queues'
import { isOpenAt } from '@/domain/businessHours'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { addTestRules } from '../testing/testRules'
import { defined } from '@/test/defined'

keepsContract()

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

const overview = () => call((init) => api().GET('/admin/v1/queues/overview', init))
const detail = (name: string) =>
  call((init) => api().GET('/admin/v1/queues/{name}', { params: { path: { name } }, ...init }))
const availability = (name: string) =>
  call((init) =>
    api().GET('/admin/v1/queues/{name}/availability', { params: { path: { name } }, ...init }),
  )
const tenant = () => currentSimulator().tenant()
const queue = (name: string) => defined(tenant().state.queues.find((q) => q.name === name))
/** A queue's three assignments, to check that a refused request changed none of them. */
const assignments = (name: string) => {
  const { numberRuleId, capacityRuleId, regionRuleId } = queue(name)
  return { numberRuleId, capacityRuleId, regionRuleId }
}

const SERVICE = 'Service VQ_CB'
const SALES = 'Sales VQ_CB'

describe('GET /admin/v1/queues/overview', () => {
  it('lists every queue with the figures its routing node reports now', async () => {
    await signInAs('admin')
    const queues = await overview()
    expect(queues.map((q) => q.name)).toEqual(tenant().state.queues.map((q) => q.name))
    for (const q of queues) {
      const sim = queue(q.name)
      if (sim.active === false) {
        expect(q.live).toBeNull()
        continue
      }
      expect(q.live).toEqual({
        estimatedWaitTime: tenant().queueWait(sim),
        callbacksInQueue: tenant().state.callbacks.filter(
          (c) => c.serviceName === q.name && c.state === 'QUEUED',
        ).length,
        fetchedAt: new Date(TEST_NOW).toISOString(),
      })
      // Nobody is logged in to a closed queue: its wait cannot be estimated.
      if (!isOpenAt(sim.businessHours, TEST_NOW)) expect(defined(q.live).estimatedWaitTime).toBe(-1)
      expect(q).not.toHaveProperty('model')
    }
    expect(queues.some((q) => q.live && q.live.callbacksInQueue > 0)).toBe(true)
    expect(queues.some((q) => q.live && q.live.estimatedWaitTime > 0)).toBe(true)
  })

  it('answers null figures for an inactive queue, never zeros', async () => {
    await signInAs('admin')
    const inactive = (await overview()).filter((q) => q.active === false)
    expect(inactive.map((q) => q.name)).toEqual(['Sales Legacy VQ_CB'])
    expect(defined(inactive[0]).live).toBeNull()
    expect((await detail('Sales Legacy VQ_CB')).live).toBeNull()
  })
})

describe('GET /admin/v1/queues/{name}', () => {
  it('answers one queue with its settings and figures fetched now (the per-queue Refresh)', async () => {
    await signInAs('supervisor')
    const before = await detail(SERVICE)
    expect(before).toMatchObject({
      name: SERVICE,
      timeZone: 'Europe/London',
      businessHours: { closedDates: ['2026-12-25', '2026-12-26', '2027-01-01'] },
    })
    clock += 5 * 60_000
    const after = await detail(SERVICE)
    expect(defined(after.live).fetchedAt).toBe(new Date(clock).toISOString())
    expect(defined(after.live).callbacksInQueue).toBe(tenant().queuedCount(SERVICE))
  })

  it('answers 404 for a queue that does not exist, with its name', async () => {
    await signInAs('admin')
    const error = await failure(detail('Nowhere VQ_CB'))
    expect([error.httpStatus, error.code]).toEqual([404, 40401])
    expect(error.message).toContain('Nowhere VQ_CB')
  })
})

describe('PUT /admin/v1/queues/{name}/rules', () => {
  it('lets an administrator assign and remove every kind of rule, at once', async () => {
    addTestRules(tenant().state, TEST_NOW)
    await signInAs('admin')
    const assigned = await assignQueueRules(SERVICE, {
      numberRuleId: 'nr-test',
      capacityRuleId: 'cr-test',
      regionRuleId: 'rr-test',
    })
    expect(assigned).toMatchObject({
      name: SERVICE,
      numberRuleId: 'nr-test',
      capacityRuleId: 'cr-test',
      regionRuleId: 'rr-test',
    })
    expect(assigned.live).not.toBeNull()
    expect(queue(SERVICE)).toMatchObject({ numberRuleId: 'nr-test', capacityRuleId: 'cr-test' })
    const listed = await call((init) => api().GET('/admin/v1/queues', init))
    expect(listed.find((q) => q.name === SERVICE)?.regionRuleId).toBe('rr-test')

    // A property left out is unchanged; null removes the assignment.
    const removed = await assignQueueRules(SERVICE, { capacityRuleId: null })
    expect(removed.capacityRuleId).toBeUndefined()
    expect(removed).toMatchObject({ numberRuleId: 'nr-test', regionRuleId: 'rr-test' })
    expect(queue(SERVICE).capacityRuleId).toBeUndefined()
  })

  it.each([
    ['supervisor', ['capacity rules', 'region affinity rules']],
    ['developer', ['capacity rules', 'region affinity rules']],
  ] as const)('lets a %s assign number rules only', async (username, refusedKinds) => {
    addTestRules(tenant().state, TEST_NOW)
    await signInAs(username)
    const seeded = assignments(SERVICE)
    expect((await assignQueueRules(SERVICE, { numberRuleId: 'nr-test' })).numberRuleId).toBe(
      'nr-test',
    )
    expect((await assignQueueRules(SERVICE, { numberRuleId: null })).numberRuleId).toBeUndefined()
    const tries: Array<[QueueRuleAssignment, string]> = [
      [{ capacityRuleId: 'cr-test' }, refusedKinds[0]],
      [{ regionRuleId: 'rr-test' }, refusedKinds[1]],
      [{ capacityRuleId: null }, refusedKinds[0]],
    ]
    for (const [body, kind] of tries) {
      const error = await failure(assignQueueRules(SERVICE, body))
      expect([error.httpStatus, error.code]).toEqual([403, 40301])
      expect(error.message).toContain(kind)
    }
    // All or nothing: the allowed part of a refused request is not applied either.
    const mixed = await failure(
      assignQueueRules(SERVICE, { numberRuleId: 'nr-test', regionRuleId: 'rr-test' }),
    )
    expect(mixed.httpStatus).toBe(403)
    expect(mixed.message).toContain('region affinity rules')
    expect(mixed.message).not.toContain('number validation')
    expect(assignments(SERVICE)).toEqual({ ...seeded, numberRuleId: undefined })
  })

  it('refuses a monitor every Queues endpoint with 403', async () => {
    addTestRules(tenant().state, TEST_NOW)
    const seeded = assignments(SERVICE)
    await signInAs('monitor')
    for (const attempt of [
      overview(),
      detail(SERVICE),
      // The queue's free slots are the queue's too: 403 like its details, not 200.
      availability(SERVICE),
      assignQueueRules(SERVICE, { numberRuleId: 'nr-test' }),
    ]) {
      const error = await failure(attempt)
      expect([error.httpStatus, error.code]).toEqual([403, 40301])
    }
    expect(assignments(SERVICE)).toEqual(seeded)
  })

  it('answers a queue and its free slots alike for every role that may read queues', async () => {
    for (const role of ['admin', 'supervisor', 'developer'] as const) {
      await signInAs(role)
      expect((await detail(SERVICE)).name).toBe(SERVICE)
      expect((await availability(SERVICE)).slots.length).toBeGreaterThan(0)
    }
    // A queue of another line of business is unknown to a restricted user, both ways.
    await signInAs('sales.supervisor')
    for (const attempt of [detail(SERVICE), availability(SERVICE)])
      expect((await failure(attempt)).httpStatus).toBe(404)
  })

  it('refuses an unknown rule, an empty request and an unknown property with 400', async () => {
    addTestRules(tenant().state, TEST_NOW)
    const seeded = assignments(SERVICE)
    await signInAs('admin')
    const unknown = await failure(
      assignQueueRules(SERVICE, { numberRuleId: 'nr-test', capacityRuleId: 'no-such-rule' }),
    )
    expect([unknown.httpStatus, unknown.code]).toEqual([400, 40001])
    expect(unknown.message).toContain('no-such-rule')
    expect(unknown.detail).toEqual({
      field: 'capacityRuleId',
      reason: 'no rule with ID "no-such-rule"',
    })
    expect(assignments(SERVICE)).toEqual(seeded)
    expect((await failure(assignQueueRules(SERVICE, {}))).httpStatus).toBe(400)
    const extra = await failure(
      assignQueueRules(SERVICE, { numberRuleId: 'nr-test', colour: 'red' } as QueueRuleAssignment),
    )
    expect(extra.httpStatus).toBe(400)
    // A rule ID of another kind is unknown for this kind.
    const wrongKind = await failure(assignQueueRules(SERVICE, { regionRuleId: 'nr-test' }))
    expect(wrongKind.detail).toMatchObject({ field: 'regionRuleId' })
  })

  it('answers 404 for a queue that does not exist', async () => {
    addTestRules(tenant().state, TEST_NOW)
    await signInAs('admin')
    const error = await failure(assignQueueRules('Nowhere VQ_CB', { numberRuleId: 'nr-test' }))
    expect(error.httpStatus).toBe(404)
  })
})

describe('a Sales supervisor', () => {
  it('never sees, reads or assigns another line of business', async () => {
    addTestRules(tenant().state, TEST_NOW)
    await signInAs('admin')
    await assignQueueRules(SERVICE, { numberRuleId: 'nr-test' })
    await signInAs('sales.supervisor')
    const queues = await overview()
    expect(queues.length).toBeGreaterThan(0)
    expect(queues.every((q) => q.lineOfBusiness === 'Sales')).toBe(true)
    expect(queues.map((q) => q.name)).toContain('Sales Legacy VQ_CB')
    // Another line's queue is answered exactly like one that does not exist.
    const read = await failure(detail(SERVICE))
    const missing = await failure(detail('Nowhere VQ_CB'))
    expect([read.httpStatus, read.code]).toEqual([missing.httpStatus, missing.code])
    const write = await failure(assignQueueRules(SERVICE, { numberRuleId: null }))
    expect(write.httpStatus).toBe(404)
    expect(queue(SERVICE).numberRuleId).toBe('nr-test')
    // Its own queues it may change.
    expect((await assignQueueRules(SALES, { numberRuleId: 'nr-test' })).numberRuleId).toBe(
      'nr-test',
    )
  })
})
