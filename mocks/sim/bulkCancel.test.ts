import { describe, expect, it } from 'vitest'
import { isCancellable } from '@/domain/callback'
import { TEST_NOW } from '../node'
import { bulkCancel, exclusionReason, MAX_CANCELLATIONS, type Canceller } from './bulkCancel'
import { Simulator } from './simulator'
import { defined } from '@/test/defined'

/** Bulk cancel on a tenant, without HTTP: the handler only chooses the targets and answers. */
const by: Canceller = { username: 'supervisor', now: TEST_NOW }

function tenantWithEveryState() {
  const tenant = Simulator.fresh({ now: () => TEST_NOW, seedSize: 400 }).tenant()
  const inState = (state: string) => tenant.state.callbacks.filter((r) => r.state === state)
  return { tenant, inState }
}

describe('bulkCancel', () => {
  it('cancels what can be cancelled, excludes the rest with the reason, fails unknown IDs', () => {
    const { tenant, inState } = tenantWithEveryState()
    const scheduled = inState('SCHEDULED').slice(0, 3)
    const queued = inState('QUEUED').slice(0, 1)
    const processing = inState('PROCESSING').slice(0, 1)
    const completed = inState('COMPLETED').slice(0, 2)
    expect(scheduled).toHaveLength(3)
    expect(processing.length + completed.length).toBeGreaterThan(1)
    const targets = [...scheduled, ...queued, ...processing, ...completed, 'no-such-id']

    const result = bulkCancel(tenant, targets, by)

    expect(result).toMatchObject({
      cancelled: scheduled.length + queued.length,
      excluded: processing.length + completed.length,
      failed: 1,
    })
    for (const record of [...scheduled, ...queued]) {
      expect(record).toMatchObject({ state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' })
      expect(result.results).toContainEqual({
        id: record.id,
        outcome: 'CANCELLED',
        state: 'COMPLETED',
        reason: 'CANCELLED_BY_ADMIN',
      })
    }
    for (const record of [...processing, ...completed]) {
      expect(result.results).toContainEqual(
        expect.objectContaining({
          id: record.id,
          outcome: 'EXCLUDED',
          state: record.state,
          message: exclusionReason(record),
        }),
      )
    }
    expect(result.results).toContainEqual({
      id: 'no-such-id',
      outcome: 'FAILED',
      state: 'COMPLETED',
      message: 'No such callback.',
    })
  })

  it('logs every cancelled and excluded callback for the cancellation report, newest first', () => {
    const { tenant, inState } = tenantWithEveryState()
    const [first, second] = inState('SCHEDULED')
    const [done] = inState('COMPLETED')
    const before = tenant.state.cancellations.length
    bulkCancel(tenant, [defined(first), defined(done), defined(second)], by)
    const log = tenant.state.cancellations.slice(0, tenant.state.cancellations.length - before)
    expect(log.map((entry) => [entry.id, entry.status])).toEqual([
      [defined(second).id, 'CANCELLED'],
      [defined(done).id, 'EXCLUDED'],
      [defined(first).id, 'CANCELLED'],
    ])
    for (const entry of log) {
      expect(entry).toMatchObject({
        username: 'supervisor',
        requestedAt: new Date(TEST_NOW).toISOString(),
      })
    }
  })

  it('a dry run answers the same counts and changes nothing', () => {
    const { tenant, inState } = tenantWithEveryState()
    const targets = [...inState('SCHEDULED').slice(0, 4), ...inState('COMPLETED').slice(0, 2), 'x']
    const states = targets.map((t) => (typeof t === 'string' ? t : t.state))
    const log = tenant.state.cancellations.length

    const preview = bulkCancel(tenant, targets, by, { dryRun: true })

    expect(preview).toMatchObject({ cancelled: 4, excluded: 2, failed: 1 })
    expect(targets.map((t) => (typeof t === 'string' ? t : t.state))).toEqual(states)
    expect(tenant.state.cancellations).toHaveLength(log)
    expect(bulkCancel(tenant, targets, by)).toMatchObject({ cancelled: 4, excluded: 2, failed: 1 })
  })

  it('counts every cancellation but lists only the first ones; excluded and failed always', () => {
    const { tenant, inState } = tenantWithEveryState()
    const cancellable = tenant.state.callbacks.filter((r) => isCancellable(r.state)).slice(0, 5)
    const [done] = inState('COMPLETED')
    const result = bulkCancel(tenant, [...cancellable, defined(done), 'gone'], by, { listLimit: 2 })
    expect(result.cancelled).toBe(5)
    expect(result.results.filter((r) => r.outcome === 'CANCELLED')).toHaveLength(2)
    expect(result.results.filter((r) => r.outcome !== 'CANCELLED')).toHaveLength(2)
  })

  it('a callback named twice is cancelled once, then excluded as completed', () => {
    const { tenant, inState } = tenantWithEveryState()
    const [record] = inState('SCHEDULED')
    const result = bulkCancel(tenant, [defined(record), defined(record)], by)
    expect(result).toMatchObject({ cancelled: 1, excluded: 1, failed: 0 })
  })

  it('keeps the cancellation log bounded, dropping the oldest', () => {
    const { tenant, inState } = tenantWithEveryState()
    const [record] = inState('SCHEDULED')
    tenant.state.cancellations = Array.from({ length: MAX_CANCELLATIONS }, () => ({
      username: 'someone',
      id: 'old',
      phoneNumber: '+12125550100',
      serviceName: 'Sales VQ_CB',
      desiredTime: new Date(TEST_NOW).toISOString(),
      requestedAt: new Date(TEST_NOW - 1000).toISOString(),
      status: 'CANCELLED' as const,
    }))
    bulkCancel(tenant, [defined(record)], by)
    expect(tenant.state.cancellations).toHaveLength(MAX_CANCELLATIONS)
    expect(tenant.state.cancellations[0]?.id).toBe(defined(record).id)
  })
})
