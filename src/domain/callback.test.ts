import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CALLBACK_STATES,
  DESIRED_TIME_WINDOW_MS,
  hasQueueFigures,
  isCancellable,
  isCompleted,
  isExpired,
  isPastDesiredWindow,
  isRecreatable,
  isReschedulable,
  RECORD_TTL_MS,
  type CallbackState,
} from './callback'

const DESIRED = '2026-11-21T14:30:00.000Z'
const DESIRED_MS = Date.parse(DESIRED)
const SECOND = 1000
const MINUTE = 60 * SECOND
const DAY = 24 * 60 * MINUTE

describe('record rules by state', () => {
  const table: Array<{
    state: CallbackState
    cancellable: boolean
    reschedulable: boolean
    recreatable: boolean
    completed: boolean
    queueFigures: boolean
  }> = [
    {
      state: 'SCHEDULED',
      cancellable: true,
      reschedulable: true,
      recreatable: false,
      completed: false,
      queueFigures: false,
    },
    {
      state: 'QUEUED',
      cancellable: true,
      reschedulable: false,
      recreatable: false,
      completed: false,
      queueFigures: true,
    },
    {
      state: 'ROUTING',
      cancellable: true,
      reschedulable: false,
      recreatable: false,
      completed: false,
      queueFigures: true,
    },
    {
      state: 'PROCESSING',
      cancellable: false,
      reschedulable: false,
      recreatable: false,
      completed: false,
      queueFigures: true,
    },
    {
      state: 'COMPLETED',
      cancellable: false,
      reschedulable: false,
      recreatable: true,
      completed: true,
      queueFigures: false,
    },
  ]

  it('the table covers every state', () => {
    expect(table.map((r) => r.state).sort()).toEqual([...CALLBACK_STATES].sort())
  })

  it.each(table)(
    '$state: cancel=$cancellable reschedule=$reschedulable recreate=$recreatable',
    ({ state, cancellable, reschedulable, recreatable, completed, queueFigures }) => {
      expect(isCancellable(state)).toBe(cancellable)
      expect(isReschedulable(state)).toBe(reschedulable)
      expect(isRecreatable(state)).toBe(recreatable)
      expect(isCompleted(state)).toBe(completed)
      expect(hasQueueFigures(state)).toBe(queueFigures)
    },
  )

  it('a record is never both cancellable and recreatable (one action per row)', () => {
    for (const state of CALLBACK_STATES) {
      expect(isCancellable(state) && isRecreatable(state)).toBe(false)
    }
  })
})

describe('isPastDesiredWindow', () => {
  it('uses a two-minute window', () => {
    expect(DESIRED_TIME_WINDOW_MS).toBe(2 * MINUTE)
  })

  it.each([
    { label: 'well before the desired time', now: DESIRED_MS - 60 * MINUTE, past: false },
    { label: 'at the desired time', now: DESIRED_MS, past: false },
    { label: 'one minute in', now: DESIRED_MS + MINUTE, past: false },
    { label: 'at the last millisecond of the window', now: DESIRED_MS + 2 * MINUTE, past: false },
    { label: 'one millisecond after the window', now: DESIRED_MS + 2 * MINUTE + 1, past: true },
    { label: 'three minutes after', now: DESIRED_MS + 3 * MINUTE, past: true },
    { label: 'a day later', now: DESIRED_MS + DAY, past: true },
  ])('SCHEDULED, $label → $past', ({ now, past }) => {
    expect(isPastDesiredWindow({ state: 'SCHEDULED', desiredTime: DESIRED }, now)).toBe(past)
  })

  it('is only ever true for SCHEDULED records (others have moved on)', () => {
    const late = DESIRED_MS + 10 * MINUTE
    for (const state of CALLBACK_STATES) {
      expect(isPastDesiredWindow({ state, desiredTime: DESIRED }, late)).toBe(state === 'SCHEDULED')
    }
  })

  it('reads desired times with an offset as the same instant', () => {
    const withOffset = '2026-11-21T09:30:00-05:00' // = 14:30Z
    expect(
      isPastDesiredWindow({ state: 'SCHEDULED', desiredTime: withOffset }, DESIRED_MS + 2 * MINUTE),
    ).toBe(false)
    expect(
      isPastDesiredWindow(
        { state: 'SCHEDULED', desiredTime: withOffset },
        DESIRED_MS + 2 * MINUTE + 1,
      ),
    ).toBe(true)
  })

  it('is monotonic in time: once past, always past', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -DAY, max: DAY }),
        fc.integer({ min: 0, max: DAY }),
        (offset, later) => {
          const cb = { state: 'SCHEDULED' as const, desiredTime: DESIRED }
          if (isPastDesiredWindow(cb, DESIRED_MS + offset)) {
            expect(isPastDesiredWindow(cb, DESIRED_MS + offset + later)).toBe(true)
          }
        },
      ),
    )
  })
})

describe('isExpired (14-day TTL after the desired time)', () => {
  it('the TTL is 14 days', () => {
    expect(RECORD_TTL_MS).toBe(14 * DAY)
  })

  it.each([
    { label: 'at the desired time', now: DESIRED_MS, expired: false },
    { label: '13 days later', now: DESIRED_MS + 13 * DAY, expired: false },
    { label: 'one millisecond before 14 days', now: DESIRED_MS + 14 * DAY - 1, expired: false },
    { label: 'exactly 14 days later', now: DESIRED_MS + 14 * DAY, expired: true },
    { label: '15 days later', now: DESIRED_MS + 15 * DAY, expired: true },
    { label: 'a future record, 14 days ahead', now: DESIRED_MS - 14 * DAY, expired: false },
  ])('$label → $expired', ({ now, expired }) => {
    expect(isExpired(DESIRED, now)).toBe(expired)
  })

  it('counts real elapsed time, not calendar days (a DST change in between does not matter)', () => {
    // 2026-11-01 is the US fall-back day: the wall clock gains an hour, the TTL does not.
    const desired = '2026-10-25T12:00:00.000Z'
    expect(isExpired(desired, Date.parse('2026-11-08T11:59:59.999Z'))).toBe(false)
    expect(isExpired(desired, Date.parse('2026-11-08T12:00:00.000Z'))).toBe(true)
  })
})
