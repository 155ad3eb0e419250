import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computeAvailability,
  slotContaining,
  slotStarts,
  type AvailabilityRequest,
  type SlotQueue,
} from './availability'
import type { BusinessHours, OpenInterval } from './businessHours'
import { isOpenAt } from './businessHours'
import { localDayBounds, wallClock } from './zonedTime'

const at = (iso: string) => Date.parse(iso)
const isoOf = (t: number) => new Date(t).toISOString()
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const weekdays = (day: OpenInterval[]): OpenInterval[][] => [[], day, day, day, day, day, []]

/** Opens at 07:50 on weekdays in New York, closes at 17:00; 15-minute slots for three callbacks. */
const earlyOffice: SlotQueue = {
  businessHours: {
    timeZone: 'America/New_York',
    weekly: weekdays([{ open: '07:50', close: '17:00' }]),
  },
  slotDurationMin: 15,
  slotCapacity: 3,
}

/** Monday 2026-11-23 in New York (EST, UTC−5). */
const monday = localDayBounds('2026-11-23', 'America/New_York')
const longAgo = at('2026-01-01T00:00:00Z')

const request = (over: Partial<AvailabilityRequest> = {}): AvailabilityRequest => ({
  start: monday.start,
  end: monday.end,
  now: longAgo,
  timeZone: 'UTC',
  ...over,
})

const noBookings = () => 0

describe('slotStarts: only slots that start within business hours', () => {
  const starts = slotStarts(earlyOffice, monday.start, monday.end)

  it('an office opening at 07:50 with 15-minute slots offers 08:00 first, never 07:45', () => {
    expect(isoOf(starts[0] as number)).toBe('2026-11-23T13:00:00.000Z') // 08:00 EST
    expect(starts).not.toContain(at('2026-11-23T12:45:00Z')) // 07:45 EST
  })

  it('the last slot starts before closing (16:45), none at 17:00', () => {
    expect(isoOf(starts.at(-1) as number)).toBe('2026-11-23T21:45:00.000Z')
    expect(starts).not.toContain(at('2026-11-23T22:00:00Z'))
    expect(starts).toHaveLength(36) // 08:00 … 16:45
  })

  it('slots are on the local quarter-hour grid, one step apart', () => {
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] as number) - (starts[i - 1] as number)).toBe(15 * MINUTE)
    }
  })

  it('the grid is anchored on local midnight: 45-minute slots give 08:15 first, not 07:50 or 08:00', () => {
    const slow = { ...earlyOffice, slotDurationMin: 45 }
    const first = slotStarts(slow, monday.start, monday.end)[0] as number
    expect(wallClock(first, 'America/New_York').minutes).toBe(8 * 60 + 15)
  })

  it('a window starting mid-slot begins at the next grid point', () => {
    const fromMidSlot = slotStarts(earlyOffice, at('2026-11-23T15:07:00Z'), monday.end)
    expect(isoOf(fromMidSlot[0] as number)).toBe('2026-11-23T15:15:00.000Z')
  })

  it('the window is half open: a slot starting exactly at `end` is not offered', () => {
    const window = slotStarts(earlyOffice, at('2026-11-23T13:00:00Z'), at('2026-11-23T14:00:00Z'))
    expect(window.map(isoOf)).toEqual([
      '2026-11-23T13:00:00.000Z',
      '2026-11-23T13:15:00.000Z',
      '2026-11-23T13:30:00.000Z',
      '2026-11-23T13:45:00.000Z',
    ])
  })

  it('weekends and closed dates offer nothing', () => {
    const weekend = localDayBounds('2026-11-21', 'America/New_York')
    expect(slotStarts(earlyOffice, weekend.start, weekend.start + 2 * DAY)).toEqual([])
    const holiday: SlotQueue = {
      ...earlyOffice,
      businessHours: { ...earlyOffice.businessHours, closedDates: ['2026-11-23'] },
    }
    expect(slotStarts(holiday, monday.start, monday.end)).toEqual([])
  })

  it('a window over several days covers each working day', () => {
    const week = slotStarts(earlyOffice, at('2026-11-21T00:00:00Z'), at('2026-11-28T12:00:00Z'))
    expect(week).toHaveLength(5 * 36)
  })

  it('refuses a slot duration that is not positive', () => {
    expect(() =>
      slotStarts({ ...earlyOffice, slotDurationMin: 0 }, monday.start, monday.end),
    ).toThrow(RangeError)
    expect(() =>
      slotStarts({ ...earlyOffice, slotDurationMin: -15 }, monday.start, monday.end),
    ).toThrow(RangeError)
  })
})

describe('slotStarts on DST days, for a 24-hour queue', () => {
  const allDay = (timeZone: string): BusinessHours => ({
    timeZone,
    weekly: Array.from({ length: 7 }, () => [{ open: '00:00', close: '24:00' }]),
  })
  const around = (timeZone: string): BusinessHours => ({ timeZone, alwaysOpen: true, weekly: [] })

  it.each([
    { zone: 'America/New_York', date: '2026-03-08', hours: 23 },
    { zone: 'America/New_York', date: '2026-11-01', hours: 25 },
    { zone: 'Europe/London', date: '2026-03-29', hours: 23 },
    { zone: 'Europe/London', date: '2026-10-25', hours: 25 },
    { zone: 'Australia/Sydney', date: '2026-04-05', hours: 25 },
    { zone: 'Australia/Sydney', date: '2026-10-04', hours: 23 },
    { zone: 'America/New_York', date: '2026-11-21', hours: 24 },
  ])('$zone $date: $hours × (60 / d) slots', ({ zone, date, hours }) => {
    const day = localDayBounds(date, zone)
    for (const d of [15, 20, 30, 60]) {
      for (const businessHours of [allDay(zone), around(zone)]) {
        const queue: SlotQueue = { businessHours, slotDurationMin: d, slotCapacity: 1 }
        expect(slotStarts(queue, day.start, day.end)).toHaveLength(hours * (60 / d))
      }
    }
  })

  it('on the fall-back day the repeated hour is offered twice, with different offsets', () => {
    const zone = 'America/New_York'
    const day = localDayBounds('2026-11-01', zone)
    const queue: SlotQueue = { businessHours: around(zone), slotDurationMin: 30, slotCapacity: 1 }
    const slots = computeAvailability(
      { queue, bookedIn: noBookings },
      { start: day.start, end: day.end, now: longAgo, timeZone: zone },
    )
    const local = slots.map((s) => s.localTime)
    expect(local).toContain('2026-11-01T01:30:00.000-04:00')
    expect(local).toContain('2026-11-01T01:30:00.000-05:00')
    expect(new Set(local).size).toBe(local.length)
    expect(new Set(slots.map((s) => s.utcTime)).size).toBe(slots.length)
  })

  it('on the spring-forward day no slot shows a wall time that does not exist', () => {
    const zone = 'America/New_York'
    const day = localDayBounds('2026-03-08', zone)
    const queue: SlotQueue = { businessHours: around(zone), slotDurationMin: 15, slotCapacity: 1 }
    const slots = computeAvailability(
      { queue, bookedIn: noBookings },
      { start: day.start, end: day.end, now: longAgo, timeZone: zone },
    )
    expect(slots.some((s) => s.localTime.slice(11, 13) === '02')).toBe(false)
    expect(slots.map((s) => s.localTime)).toContain('2026-03-08T03:00:00.000-04:00')
    expect(slots.map((s) => s.localTime)).toContain('2026-03-08T01:45:00.000-05:00')
  })
})

describe('computeAvailability', () => {
  it('each slot has its capacity minus the callbacks booked in it', () => {
    const booked = new Map([
      [at('2026-11-23T13:00:00Z'), 1],
      [at('2026-11-23T13:15:00Z'), 2],
    ])
    const slots = computeAvailability(
      { queue: earlyOffice, bookedIn: (start) => booked.get(start) ?? 0 },
      request({ maxTimeSlots: 3 }),
    )
    expect(slots).toEqual([
      {
        utcTime: '2026-11-23T13:00:00.000Z',
        localTime: '2026-11-23T13:00:00.000+00:00',
        capacity: 2,
        total: 3,
      },
      {
        utcTime: '2026-11-23T13:15:00.000Z',
        localTime: '2026-11-23T13:15:00.000+00:00',
        capacity: 1,
        total: 3,
      },
      {
        utcTime: '2026-11-23T13:30:00.000Z',
        localTime: '2026-11-23T13:30:00.000+00:00',
        capacity: 3,
        total: 3,
      },
    ])
  })

  it('asks for bookings over the whole slot, [start, start + duration)', () => {
    const asked: Array<[number, number]> = []
    computeAvailability(
      {
        queue: earlyOffice,
        bookedIn: (start, end) => {
          asked.push([start, end])
          return 0
        },
      },
      request({ maxTimeSlots: 2 }),
    )
    expect(asked).toEqual([
      [at('2026-11-23T13:00:00Z'), at('2026-11-23T13:15:00Z')],
      [at('2026-11-23T13:15:00Z'), at('2026-11-23T13:30:00Z')],
    ])
  })

  it('full slots are skipped, and over-booked ones never show a negative capacity', () => {
    const full = new Set([at('2026-11-23T13:00:00Z'), at('2026-11-23T13:30:00Z')])
    const bookedIn = (start: number) =>
      full.has(start) ? (start === at('2026-11-23T13:30:00Z') ? 5 : 3) : 0
    const slots = computeAvailability(
      { queue: earlyOffice, bookedIn },
      request({ maxTimeSlots: 2 }),
    )
    expect(slots.map((s) => s.utcTime)).toEqual([
      '2026-11-23T13:15:00.000Z',
      '2026-11-23T13:45:00.000Z',
    ])
  })

  it('with reportBusy, full slots are listed with capacity 0', () => {
    const bookedIn = (start: number) => (start === at('2026-11-23T13:00:00Z') ? 7 : 0)
    const slots = computeAvailability(
      { queue: earlyOffice, bookedIn },
      request({ maxTimeSlots: 2, reportBusy: true }),
    )
    expect(slots.map((s) => [s.utcTime, s.capacity, s.total])).toEqual([
      ['2026-11-23T13:00:00.000Z', 0, 3],
      ['2026-11-23T13:15:00.000Z', 3, 3],
    ])
  })

  it('maxTimeSlots caps the answer at the earliest slots', () => {
    const all = computeAvailability({ queue: earlyOffice, bookedIn: noBookings }, request())
    expect(all).toHaveLength(36)
    for (const max of [1, 5, 36, 100]) {
      const some = computeAvailability(
        { queue: earlyOffice, bookedIn: noBookings },
        request({ maxTimeSlots: max }),
      )
      expect(some).toEqual(all.slice(0, max))
    }
  })

  it('maxTimeSlots 0 gives no slots', () => {
    expect(
      computeAvailability(
        { queue: earlyOffice, bookedIn: noBookings },
        request({ maxTimeSlots: 0 }),
      ),
    ).toEqual([])
  })

  it('maxTimeSlots counts offered slots, not skipped full ones', () => {
    const bookedIn = (start: number) => (start < at('2026-11-23T14:00:00Z') ? 3 : 0)
    const slots = computeAvailability(
      { queue: earlyOffice, bookedIn },
      request({ maxTimeSlots: 2 }),
    )
    expect(slots.map((s) => s.utcTime)).toEqual([
      '2026-11-23T14:00:00.000Z',
      '2026-11-23T14:15:00.000Z',
    ])
  })

  it('offers nothing before now: a slot that has started, even this very moment, is gone (booking would refuse it)', () => {
    const midSlot = computeAvailability(
      { queue: earlyOffice, bookedIn: noBookings },
      request({ now: at('2026-11-23T15:07:00Z'), maxTimeSlots: 1 }),
    )
    expect(midSlot.map((s) => s.utcTime)).toEqual(['2026-11-23T15:15:00.000Z'])
    const onTheDot = computeAvailability(
      { queue: earlyOffice, bookedIn: noBookings },
      request({ now: at('2026-11-23T15:15:00Z'), maxTimeSlots: 1 }),
    )
    expect(onTheDot.map((s) => s.utcTime)).toEqual(['2026-11-23T15:30:00.000Z'])
  })

  it('a window wholly in the past is empty', () => {
    expect(
      computeAvailability(
        { queue: earlyOffice, bookedIn: noBookings },
        request({ now: monday.end + HOUR }),
      ),
    ).toEqual([])
  })

  it('localTime carries the viewer’s offset while utcTime is the same instant (queue in Los Angeles, viewer in Paris)', () => {
    const queue: SlotQueue = {
      businessHours: {
        timeZone: 'America/Los_Angeles',
        weekly: weekdays([{ open: '09:00', close: '17:00' }]),
      },
      slotDurationMin: 30,
      slotCapacity: 2,
    }
    const day = localDayBounds('2026-11-23', 'America/Los_Angeles')
    const slots = computeAvailability(
      { queue, bookedIn: noBookings },
      { start: day.start, end: day.end, now: longAgo, timeZone: 'Europe/Paris' },
    )
    expect(slots[0]).toEqual({
      utcTime: '2026-11-23T17:00:00.000Z', // 09:00 PST
      localTime: '2026-11-23T18:00:00.000+01:00', // 18:00 in Paris
      capacity: 2,
      total: 2,
    })
    expect(slots.at(-1)?.localTime).toBe('2026-11-24T01:30:00.000+01:00') // 16:30 PST, next day in Paris
    for (const slot of slots) expect(Date.parse(slot.localTime)).toBe(Date.parse(slot.utcTime))
    // The viewer's zone never changes which slots exist.
    const inUtc = computeAvailability(
      { queue, bookedIn: noBookings },
      { start: day.start, end: day.end, now: longAgo, timeZone: 'UTC' },
    )
    expect(inUtc.map((s) => s.utcTime)).toEqual(slots.map((s) => s.utcTime))
  })

  it('localTime follows the viewer’s own DST changes', () => {
    // Europe/Paris changes on 2026-10-25, New York only on 2026-11-01: a week where the gap is 5 hours.
    const queue: SlotQueue = {
      businessHours: { timeZone: 'America/New_York', alwaysOpen: true, weekly: [] },
      slotDurationMin: 60,
      slotCapacity: 1,
    }
    const slots = computeAvailability(
      { queue, bookedIn: noBookings },
      {
        start: at('2026-10-25T00:00:00Z'),
        end: at('2026-10-25T02:00:00Z'),
        now: longAgo,
        timeZone: 'Europe/Paris',
      },
    )
    expect(slots.map((s) => s.localTime)).toEqual([
      '2026-10-25T02:00:00.000+02:00',
      '2026-10-25T02:00:00.000+01:00',
    ])
  })

  it('capacityOf overrides the queue’s slot capacity per slot', () => {
    const rule = (start: number) => {
      if (start === at('2026-11-23T13:00:00Z')) return 10
      if (start === at('2026-11-23T13:15:00Z')) return 0 // a rule closes this slot
      if (start === at('2026-11-23T13:30:00Z')) return -2 // nonsense rule: treated as 0
      return 3
    }
    const bookedIn = (start: number) => (start === at('2026-11-23T13:00:00Z') ? 4 : 0)
    const offered = computeAvailability(
      { queue: earlyOffice, bookedIn, capacityOf: rule },
      request({ maxTimeSlots: 2 }),
    )
    expect(offered.map((s) => [s.utcTime, s.capacity, s.total])).toEqual([
      ['2026-11-23T13:00:00.000Z', 6, 10],
      ['2026-11-23T13:45:00.000Z', 3, 3],
    ])
    const busy = computeAvailability(
      { queue: earlyOffice, bookedIn, capacityOf: rule },
      request({ maxTimeSlots: 3, reportBusy: true }),
    )
    expect(busy.map((s) => [s.capacity, s.total])).toEqual([
      [6, 10],
      [0, 0],
      [0, 0],
    ])
  })

  it('a queue with slot capacity 0 offers nothing unless busy slots are reported', () => {
    const closed = { ...earlyOffice, slotCapacity: 0 }
    expect(computeAvailability({ queue: closed, bookedIn: noBookings }, request())).toEqual([])
    expect(
      computeAvailability({ queue: closed, bookedIn: noBookings }, request({ reportBusy: true })),
    ).toHaveLength(36)
  })
})

describe('slotContaining', () => {
  it.each([
    { instant: '2026-11-23T15:07:00Z', slot: '2026-11-23T15:00:00.000Z' },
    { instant: '2026-11-23T15:00:00Z', slot: '2026-11-23T15:00:00.000Z' },
    { instant: '2026-11-23T15:14:59.999Z', slot: '2026-11-23T15:00:00.000Z' },
    { instant: '2026-11-23T15:15:00Z', slot: '2026-11-23T15:15:00.000Z' },
    { instant: '2026-11-23T13:00:00Z', slot: '2026-11-23T13:00:00.000Z' }, // 08:00, the first slot
    { instant: '2026-11-23T21:59:59Z', slot: '2026-11-23T21:45:00.000Z' }, // 16:59:59, the last slot
  ])('$instant is in the slot starting $slot', ({ instant, slot }) => {
    const start = slotContaining(earlyOffice, at(instant))
    expect(start === null ? null : isoOf(start)).toBe(slot)
  })

  it.each([
    {
      instant: '2026-11-23T12:55:00Z',
      why: '07:55: open, but its slot starts at 07:45, before opening',
    },
    { instant: '2026-11-23T12:30:00Z', why: '07:30: before opening' },
    { instant: '2026-11-23T22:00:00Z', why: '17:00: closed' },
    { instant: '2026-11-21T15:00:00Z', why: 'Saturday' },
  ])('$instant is in no bookable slot ($why)', ({ instant }) => {
    expect(slotContaining(earlyOffice, at(instant))).toBeNull()
  })
})

describe('properties', () => {
  const ZONES = [
    'UTC',
    'America/New_York',
    'Europe/London',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
  ]
  const arbQueue: fc.Arbitrary<SlotQueue> = fc.record({
    businessHours: fc.record({
      timeZone: fc.constantFrom(...ZONES),
      alwaysOpen: fc.boolean(),
      weekly: fc.constant(
        Array.from({ length: 7 }, () => [
          { open: '07:50', close: '12:00' },
          { open: '13:00', close: '17:10' },
        ]),
      ),
    }),
    slotDurationMin: fc.constantFrom(10, 15, 20, 30, 45, 60),
    slotCapacity: fc.integer({ min: 0, max: 5 }),
  })
  // Around the spring and autumn changes of 2026 and an ordinary week.
  const arbStart = fc.oneof(
    fc.integer({ min: at('2026-03-06T00:00:00Z'), max: at('2026-03-10T00:00:00Z') }),
    fc.integer({ min: at('2026-04-02T00:00:00Z'), max: at('2026-04-06T00:00:00Z') }),
    fc.integer({ min: at('2026-10-23T00:00:00Z'), max: at('2026-11-03T00:00:00Z') }),
    fc.integer({ min: at('2026-11-20T00:00:00Z'), max: at('2026-11-24T00:00:00Z') }),
  )

  it('every slot start is open, in the window, on the local grid, ascending, and its own slotContaining', () => {
    fc.assert(
      fc.property(
        arbQueue,
        arbStart,
        fc.integer({ min: 0, max: 3 * DAY }),
        (queue, start, length) => {
          const end = start + length
          const step = queue.slotDurationMin * MINUTE
          const starts = slotStarts(queue, start, end)
          const zone = queue.businessHours.timeZone
          let previous = -Infinity
          for (const s of starts) {
            expect(s).toBeGreaterThan(previous)
            previous = s
            expect(s).toBeGreaterThanOrEqual(start)
            expect(s).toBeLessThan(end)
            expect(isOpenAt(queue.businessHours, s)).toBe(true)
            const day = localDayBounds(wallClock(s, zone).date, zone)
            expect((s - day.start) % step).toBe(0)
            expect(slotContaining(queue, s)).toBe(s)
            // (On a 23- or 25-hour day a duration that does not divide it leaves a shorter last slot,
            // cut at local midnight, where the next day's grid starts.)
            expect(slotContaining(queue, Math.min(s + step, day.end) - 1)).toBe(s)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('no bookable slot start is missed: every open grid point in the window is listed', () => {
    fc.assert(
      fc.property(arbQueue, arbStart, (queue, start) => {
        const end = start + DAY
        const starts = new Set(slotStarts(queue, start, end))
        for (let t = start; t < end; t += MINUTE * 5) {
          const slot = slotContaining(queue, t)
          if (slot !== null && slot >= start) expect(starts.has(slot)).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('with reportBusy the answer is every slot from now on, with capacity = max(0, total − booked)', () => {
    fc.assert(
      fc.property(
        arbQueue,
        arbStart,
        fc.integer({ min: 0, max: DAY }),
        fc.func(fc.integer({ min: 0, max: 6 })),
        (queue, start, nowDelta, booked) => {
          const end = start + 2 * DAY
          const now = start + nowDelta
          const slots = computeAvailability(
            { queue, bookedIn: (s) => booked(s) },
            { start, end, now, timeZone: 'Asia/Kolkata', reportBusy: true },
          )
          // Strictly after now: a slot starting at this very millisecond is not offered.
          expect(slots.map((s) => Date.parse(s.utcTime))).toEqual(slotStarts(queue, now + 1, end))
          for (const slot of slots) {
            const t = Date.parse(slot.utcTime)
            expect(slot.total).toBe(queue.slotCapacity)
            expect(slot.capacity).toBe(Math.max(0, queue.slotCapacity - booked(t)))
            expect(Date.parse(slot.localTime)).toBe(t)
            expect(slot.localTime.endsWith('+05:30')).toBe(true)
          }
          const free = computeAvailability(
            { queue, bookedIn: (s) => booked(s) },
            { start, end, now, timeZone: 'Asia/Kolkata' },
          )
          expect(free).toEqual(slots.filter((s) => s.capacity > 0))
        },
      ),
      { numRuns: 100 },
    )
  })
})
