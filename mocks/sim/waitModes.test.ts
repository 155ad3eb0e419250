import { describe, expect, it } from 'vitest'
import type { CallbackRecord } from '../store/types'
import { seedTenant } from '../seed/seedTenant'
import { Tenant } from './tenant'
import { estimateWait, type WaitMode } from './waitModes'
import { defined } from '@/test/defined'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const MINUTE = 60_000
const iso = (t: number) => new Date(t).toISOString()
/** Always open, 4 agents, 540 s average handle time. */
const OPEN = 'Service 24x7 VQ_CB'
/** Closed at NOW: nobody logged in. */
const CLOSED = 'Claims Night VQ_CB'

let n = 0
function record(serviceName: string, fields: Partial<CallbackRecord>): CallbackRecord {
  const desired = NOW - 2 * 3_600_000
  return {
    id: `cb-${++n}`,
    serviceName,
    phoneNumber: '+442079460123',
    origin: 'IMMEDIATE',
    channel: 'WEB',
    state: 'QUEUED',
    desiredTime: iso(desired),
    updatedAt: iso(desired),
    metrics: {},
    ...fields,
  }
}

const waiting = (queue: string, snoozed = false) =>
  record(queue, { metrics: { queuedAt: iso(NOW - MINUTE), isSnoozed: snoozed } })

/** Connected `minutesAgo`, finished `handleSeconds` later (or still with the agent). */
const handled = (queue: string, minutesAgo: number, handleSeconds?: number) => {
  const connected = NOW - minutesAgo * MINUTE
  return record(queue, {
    state: handleSeconds === undefined ? 'PROCESSING' : 'COMPLETED',
    ...(handleSeconds === undefined ? {} : { reason: 'AGENT' as const }),
    metrics: {
      connectedAt: iso(connected),
      ...(handleSeconds === undefined
        ? {}
        : { completedAt: iso(connected + handleSeconds * 1000) }),
    },
  })
}

/** The demo tenant's queues with only the callbacks given. */
function tenantWith(callbacks: CallbackRecord[]): Tenant {
  const { state } = seedTenant({ now: NOW, size: 0 })
  return new Tenant({ ...state, callbacks }, NOW)
}

const estimate = (tenant: Tenant, queue: string, mode: WaitMode, onHold = false) =>
  estimateWait(tenant, defined(tenant.queue(queue)), mode, onHold)

describe('estimated wait time modes', () => {
  // Two callbacks waiting and one on hold; an agent took one every 10 minutes, handling each in
  // 5 minutes (one is still with its agent).
  const busy = () =>
    tenantWith([
      waiting(OPEN),
      waiting(OPEN),
      waiting(OPEN, true),
      handled(OPEN, 50, 300),
      handled(OPEN, 40, 300),
      handled(OPEN, 30, 300),
      handled(OPEN, 20, 300),
      handled(OPEN, 10),
    ])

  it.each([
    // position 3 × 600 s between connections
    ['mode1', false, 1800],
    // position 4 (the callback on hold counts) × 600 s
    ['mode1', true, 2400],
    // position 3 × 540 s configured handle time / 4 agents
    ['mode2', false, 405],
    ['mode2', true, 540],
    // position 3 × 300 s measured handle time / 4 agents
    ['mode3', false, 225],
    ['mode3', true, 300],
  ] as const)('%s (calls on hold: %s) estimates %i seconds', (mode, onHold, seconds) => {
    expect(estimate(busy(), OPEN, mode, onHold)).toEqual({
      estimatedWaitTime: seconds,
      resultCode: 0,
      message: 'Valid',
    })
  })

  it('mode1 ignores that nobody is logged in; mode2 and mode3 answer -1 (-2)', () => {
    const closed = tenantWith([waiting(CLOSED), handled(CLOSED, 30, 300), handled(CLOSED, 20, 300)])
    expect(estimate(closed, CLOSED, 'mode1')).toMatchObject({
      estimatedWaitTime: 1200,
      resultCode: 0,
    })
    for (const mode of ['mode2', 'mode3'] as const) {
      expect(estimate(closed, CLOSED, mode)).toEqual({
        estimatedWaitTime: -1,
        resultCode: -2,
        message: 'No agents logged in',
      })
    }
  })

  it('mode1 and mode3 need interactions to learn from (-1); mode2 does not', () => {
    const quiet = tenantWith([waiting(OPEN), handled(OPEN, 10)])
    const none = { estimatedWaitTime: -1, resultCode: -1, message: 'No interactions yet' }
    // One connection gives no interval; a call still with its agent gives no handle time.
    expect(estimate(quiet, OPEN, 'mode1')).toEqual(none)
    expect(estimate(quiet, OPEN, 'mode3')).toEqual(none)
    expect(estimate(quiet, OPEN, 'mode2')).toMatchObject({ estimatedWaitTime: 270, resultCode: 0 })
  })

  it('learns only from the last 32 interactions of the last day', () => {
    // 40 connections a minute apart, and an old one two days ago that would stretch the average.
    const recent = Array.from({ length: 40 }, (_, i) => handled(OPEN, i + 1, 60))
    const tenant = tenantWith([...recent, handled(OPEN, 2 * 24 * 60, 6000)])
    // 32 connections span 31 minutes: one a minute, and 60 s each.
    expect(estimate(tenant, OPEN, 'mode1').estimatedWaitTime).toBe(60)
    expect(estimate(tenant, OPEN, 'mode3').estimatedWaitTime).toBe(15)
  })
})
