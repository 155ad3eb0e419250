import { describe, expect, it } from 'vitest'
import { isOpenAt } from '@/domain/businessHours'
import { CALLBACK_STATES, COMPLETION_REASONS, isPastDesiredWindow } from '@/domain/callback'
import { MAX_CALL_IN_RECORDS } from '@/domain/callInQuery'
import { parseCustomerNumber } from '@/domain/phone'
import { DAY_MS } from '@/domain/zonedTime'
import { seedTenant, seedTenantInSlices } from './seedTenant'
import { defined } from '@/test/defined'

const NOW = Date.parse('2026-11-21T15:00:00.000Z')

describe('the seeded demo tenant', () => {
  const tenant = seedTenant({ now: NOW })
  const { callbacks, queues } = tenant.state

  it('has at least 5,000 callbacks across the 14-day window, past and future', () => {
    expect(callbacks.length).toBeGreaterThanOrEqual(5000)
    const times = callbacks.map((c) => Date.parse(c.desiredTime))
    expect(Math.min(...times)).toBeGreaterThan(NOW - 14 * DAY_MS)
    expect(Math.min(...times)).toBeLessThan(NOW - 12 * DAY_MS)
    expect(Math.max(...times)).toBeGreaterThan(NOW + 12 * DAY_MS)
  })

  it('covers every state, every completion reason and both origins', () => {
    const states = new Set(callbacks.map((c) => c.state))
    const reasons = new Set(callbacks.map((c) => c.reason).filter(Boolean))
    const origins = new Set(callbacks.map((c) => c.origin))
    expect([...states].sort()).toEqual([...CALLBACK_STATES].sort())
    expect([...reasons].sort()).toEqual([...COMPLETION_REASONS].sort())
    expect([...origins].sort()).toEqual(['IMMEDIATE', 'SCHEDULED'])
  })

  it('gives every callback a valid E.164 customer number', () => {
    const invalid = callbacks.filter((c) => {
      const parsed = parseCustomerNumber(c.phoneNumber)
      return !parsed.ok || parsed.e164 !== c.phoneNumber
    })
    expect(invalid.map((c) => c.phoneNumber)).toEqual([])
  })

  it('shows overdue scheduled callbacks', () => {
    expect(callbacks.some((c) => isPastDesiredWindow(c, NOW))).toBe(true)
  })

  it('has three lines of business, ten or more queues in three or more zones, one 24-hour and one closed now', () => {
    expect(new Set(queues.map((q) => q.lineOfBusiness)).size).toBeGreaterThanOrEqual(3)
    expect(queues.length).toBeGreaterThanOrEqual(10)
    expect(new Set(queues.map((q) => q.timeZone)).size).toBeGreaterThanOrEqual(3)
    expect(queues.some((q) => q.businessHours.alwaysOpen)).toBe(true)
    expect(queues.some((q) => !isOpenAt(q.businessHours, NOW))).toBe(true)
  })

  it('grows metrics with the state', () => {
    const completedByAgent = defined(callbacks.find((c) => c.reason === 'AGENT'))
    const scheduled = defined(
      callbacks.find((c) => c.state === 'SCHEDULED' && c.origin === 'SCHEDULED'),
    )
    expect(completedByAgent.metrics).toMatchObject({
      queuedAt: expect.any(String),
      dialAttempts: expect.any(Number),
      connectedAt: expect.any(String),
      completedAt: expect.any(String),
    })
    expect(scheduled.metrics.queuedAt).toBeUndefined()
    expect(scheduled.metrics.dialAttempts).toBeUndefined()
  })

  it('has a few thousand call-in records of the last days, in every state', () => {
    const { callIns, callInGroups } = tenant.state
    expect(callIns.length).toBeGreaterThanOrEqual(2000)
    expect(callIns.length).toBeLessThanOrEqual(MAX_CALL_IN_RECORDS)
    const created = callIns.map((c) => Date.parse(c.createdAt))
    expect(Math.min(...created)).toBeGreaterThanOrEqual(NOW - 4 * DAY_MS)
    expect(Math.min(...created)).toBeLessThan(NOW - 3 * DAY_MS)
    const count = (state: string) => callIns.filter((c) => c.state === state).length
    expect(count('COMPLETED')).toBeGreaterThan(callIns.length / 2)
    expect(count('EXPIRED')).toBeGreaterThan(callIns.length / 10)
    expect(count('CREATED')).toBeGreaterThan(0)
    // Only the last minutes' requests can still be waiting.
    for (const c of callIns.filter((r) => r.state === 'CREATED'))
      expect(Date.parse(c.expiresAt)).toBeGreaterThan(NOW)
    // Every state of every group comes from its own pool and settings.
    for (const c of callIns) {
      const group = defined(callInGroups.find((g) => g.name === c.groupName))
      expect(group.dnis.map((d) => d.number)).toContain(c.dnis)
      expect(c.accessCode?.length).toBe(
        group.generateAccessCode ? group.accessCodeLength : undefined,
      )
      expect(Date.parse(c.expiresAt) - Date.parse(c.createdAt)).toBe(group.expirySeconds * 1000)
      if (c.ani) expect(parseCustomerNumber(c.ani).ok).toBe(true)
    }
  })

  it('replays identically from the same seed and clock', () => {
    const again = seedTenant({ now: NOW })
    expect(again.state.callbacks.map((c) => [c.id, c.state, c.reason])).toEqual(
      callbacks.map((c) => [c.id, c.state, c.reason]),
    )
    expect(again.state.callIns).toEqual(tenant.state.callIns)
  })

  it('builds the same tenant in slices, giving the event loop back between them', async () => {
    let turns = 0
    const counting = setInterval(() => (turns += 1), 0)
    const sliced = await seedTenantInSlices({ now: NOW })
    clearInterval(counting)
    expect(sliced.state.callbacks).toEqual(callbacks)
    expect(turns).toBeGreaterThan(0)
  })
})
