import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isOpenAt,
  nextClosing,
  nextOpening,
  openForSeconds,
  openStatus,
  type BusinessHours,
  type OpenInterval,
} from './businessHours'
import { formatClock } from './zonedTime'

const at = (iso: string) => Date.parse(iso)
const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString())
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const QUARTER = 15 * MINUTE

const nineToFive: OpenInterval[] = [{ open: '09:00', close: '17:00' }]
const weekdays = (day: OpenInterval[]): OpenInterval[][] => [[], day, day, day, day, day, []]

/** Monday to Friday 09:00–17:00 in New York. 2026-11-23 is a Monday, EST (UTC−5). */
const office: BusinessHours = { timeZone: 'America/New_York', weekly: weekdays(nineToFive) }

describe('isOpenAt: a weekday office', () => {
  it.each([
    { when: '2026-11-23T13:59:59Z', label: 'Monday 08:59:59', open: false },
    { when: '2026-11-23T14:00:00Z', label: 'Monday 09:00 (opening is inclusive)', open: true },
    { when: '2026-11-23T18:30:00Z', label: 'Monday 13:30', open: true },
    { when: '2026-11-23T21:59:59Z', label: 'Monday 16:59:59', open: true },
    { when: '2026-11-23T22:00:00Z', label: 'Monday 17:00 (closing is exclusive)', open: false },
    { when: '2026-11-27T21:00:00Z', label: 'Friday 16:00', open: true },
    { when: '2026-11-21T15:00:00Z', label: 'Saturday 10:00', open: false },
    { when: '2026-11-22T15:00:00Z', label: 'Sunday 10:00', open: false },
    // 02:00 UTC on Tuesday is still Monday 21:00 in New York: the queue's zone decides, not UTC.
    { when: '2026-11-24T02:00:00Z', label: 'Monday 21:00 local, Tuesday in UTC', open: false },
  ])('$label → $open', ({ when, open }) => {
    expect(isOpenAt(office, at(when))).toBe(open)
  })

  it('the same instant is open for one queue and closed for another in a different zone', () => {
    const kolkata: BusinessHours = { ...office, timeZone: 'Asia/Kolkata' } // UTC+05:30
    const losAngeles: BusinessHours = { ...office, timeZone: 'America/Los_Angeles' } // UTC−8 in November
    const instant = at('2026-11-23T04:00:00Z') // Monday 09:30 in Kolkata, Sunday 20:00 in Los Angeles
    expect(isOpenAt(kolkata, instant)).toBe(true)
    expect(isOpenAt(losAngeles, instant)).toBe(false)
    expect(isOpenAt(kolkata, at('2026-11-23T03:29:59Z'))).toBe(false)
    expect(isOpenAt(kolkata, at('2026-11-23T03:30:00Z'))).toBe(true)
  })
})

describe('openStatus, nextOpening, nextClosing, openForSeconds: a weekday office', () => {
  it('open on Monday morning: closes at 17:00 local, seconds to go', () => {
    const now = at('2026-11-23T15:00:00Z') // Monday 10:00 EST
    expect(openStatus(office, now)).toEqual({ kind: 'open', closesAt: at('2026-11-23T22:00:00Z') })
    expect(openForSeconds(office, now)).toBe(7 * 3600)
  })

  it('closed on Monday evening: opens Tuesday 09:00, open-for is 0', () => {
    const now = at('2026-11-23T23:00:00Z') // Monday 18:00 EST
    expect(openStatus(office, now)).toEqual({ kind: 'closed', opensAt: at('2026-11-24T14:00:00Z') })
    expect(openForSeconds(office, now)).toBe(0)
  })

  it('closed on Friday evening: the next opening is Monday morning', () => {
    const now = at('2026-11-27T23:00:00Z') // Friday 18:00 EST
    expect(iso(nextOpening(office, now))).toBe('2026-11-30T14:00:00.000Z')
  })

  it('before opening on the same day: opens today', () => {
    expect(iso(nextOpening(office, at('2026-11-23T12:00:00Z')))).toBe('2026-11-23T14:00:00.000Z')
  })

  it('exactly at closing time the office is closed and opens the next working day', () => {
    const now = at('2026-11-23T22:00:00Z')
    expect(openStatus(office, now)).toEqual({ kind: 'closed', opensAt: at('2026-11-24T14:00:00Z') })
  })

  it('one second before closing, open for one more second', () => {
    expect(openForSeconds(office, at('2026-11-23T21:59:59Z'))).toBe(1)
  })

  it('openForSeconds rounds down partial seconds', () => {
    expect(openForSeconds(office, at('2026-11-23T21:59:58.500Z'))).toBe(1)
  })

  it('a queue with no hours at all is closed with no opening in sight', () => {
    const never: BusinessHours = { timeZone: 'UTC', weekly: [[], [], [], [], [], [], []] }
    expect(openStatus(never, at('2026-11-23T12:00:00Z'))).toEqual({ kind: 'closed', opensAt: null })
    expect(nextClosing(never, at('2026-11-23T12:00:00Z'))).toBeNull()
  })

  it('a missing weekday (short weekly array) counts as closed', () => {
    const mondayOnly: BusinessHours = { timeZone: 'UTC', weekly: [[], nineToFive] }
    expect(isOpenAt(mondayOnly, at('2026-11-23T10:00:00Z'))).toBe(true)
    expect(isOpenAt(mondayOnly, at('2026-11-24T10:00:00Z'))).toBe(false)
    expect(iso(nextOpening(mondayOnly, at('2026-11-23T18:00:00Z')))).toBe(
      '2026-11-30T09:00:00.000Z',
    )
  })
})

describe('split shifts (09:00–12:00 and 13:00–17:00)', () => {
  const split: BusinessHours = {
    timeZone: 'Europe/London',
    weekly: weekdays([
      { open: '13:00', close: '17:00' }, // listed out of order on purpose
      { open: '09:00', close: '12:00' },
    ]),
  }
  // 2026-11-23 is a Monday; London is on GMT (UTC+0) in November.

  it.each([
    { when: '2026-11-23T11:59:00Z', open: true },
    { when: '2026-11-23T12:00:00Z', open: false },
    { when: '2026-11-23T12:30:00Z', open: false },
    { when: '2026-11-23T12:59:59Z', open: false },
    { when: '2026-11-23T13:00:00Z', open: true },
    { when: '2026-11-23T16:59:00Z', open: true },
  ])('$when → open=$open', ({ when, open }) => {
    expect(isOpenAt(split, at(when))).toBe(open)
  })

  it('in the morning it closes for lunch at 12:00, not at 17:00', () => {
    const now = at('2026-11-23T10:00:00Z')
    expect(openStatus(split, now)).toEqual({ kind: 'open', closesAt: at('2026-11-23T12:00:00Z') })
    expect(openForSeconds(split, now)).toBe(2 * 3600)
  })

  it('at lunch it reopens at 13:00', () => {
    expect(openStatus(split, at('2026-11-23T12:30:00Z'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-11-23T13:00:00Z'),
    })
  })

  it('in the afternoon it closes at 17:00', () => {
    expect(iso(nextClosing(split, at('2026-11-23T14:00:00Z')))).toBe('2026-11-23T17:00:00.000Z')
  })

  it('in summer the same wall times are an hour earlier in UTC (BST)', () => {
    // 2026-07-20 is a Monday, London on UTC+1.
    expect(isOpenAt(split, at('2026-07-20T08:00:00Z'))).toBe(true) // 09:00 BST
    expect(isOpenAt(split, at('2026-07-20T07:59:00Z'))).toBe(false)
    expect(iso(nextClosing(split, at('2026-07-20T08:00:00Z')))).toBe('2026-07-20T11:00:00.000Z')
  })

  it('back-to-back intervals (09:00–12:00, 12:00–17:00) are one stretch', () => {
    const seamless: BusinessHours = {
      timeZone: 'UTC',
      weekly: weekdays([
        { open: '09:00', close: '12:00' },
        { open: '12:00', close: '17:00' },
      ]),
    }
    expect(isOpenAt(seamless, at('2026-11-23T12:00:00Z'))).toBe(true)
    expect(iso(nextClosing(seamless, at('2026-11-23T10:00:00Z')))).toBe('2026-11-23T17:00:00.000Z')
    expect(iso(nextOpening(seamless, at('2026-11-23T08:00:00Z')))).toBe('2026-11-23T09:00:00.000Z')
    expect(iso(nextOpening(seamless, at('2026-11-23T18:00:00Z')))).toBe('2026-11-24T09:00:00.000Z')
  })
})

describe('24-hour service (alwaysOpen)', () => {
  const always: BusinessHours = { timeZone: 'Australia/Sydney', alwaysOpen: true, weekly: [] }

  it('is open at any instant, including a DST change', () => {
    for (const when of ['2026-11-21T14:30:00Z', '2026-04-04T15:30:00Z', '2026-10-03T16:00:00Z']) {
      expect(isOpenAt(always, at(when))).toBe(true)
    }
  })

  it('reports "always", never closes, and is open for the whole search horizon', () => {
    const now = at('2026-11-21T14:30:00Z')
    expect(openStatus(always, now)).toEqual({ kind: 'always' })
    expect(nextClosing(always, now)).toBeNull()
    expect(nextOpening(always, now)).toBe(now)
    expect(openForSeconds(always, now)).toBe(15 * 24 * 3600)
  })

  it('a weekly table open 00:00–24:00 every day is open but reports no closing within the horizon', () => {
    const allDay = Array.from({ length: 7 }, () => [{ open: '00:00', close: '24:00' }])
    const hours: BusinessHours = { timeZone: 'America/New_York', weekly: allDay }
    const now = at('2026-11-21T14:30:00Z')
    expect(openStatus(hours, now)).toEqual({ kind: 'open', closesAt: null })
    expect(openForSeconds(hours, now)).toBe(15 * 24 * 3600)
  })
})

describe('holidays (closedDates)', () => {
  const withThanksgiving: BusinessHours = { ...office, closedDates: ['2026-11-26'] }

  it('a closed date is closed all day even though its weekday is a working day', () => {
    expect(isOpenAt(withThanksgiving, at('2026-11-26T15:00:00Z'))).toBe(false) // Thursday 10:00
    expect(isOpenAt(withThanksgiving, at('2026-11-25T15:00:00Z'))).toBe(true) // Wednesday
    expect(isOpenAt(withThanksgiving, at('2026-11-27T15:00:00Z'))).toBe(true) // Friday
  })

  it('closed on the eve: the next opening skips the holiday', () => {
    const wednesdayEvening = at('2026-11-25T23:00:00Z')
    expect(openStatus(withThanksgiving, wednesdayEvening)).toEqual({
      kind: 'closed',
      opensAt: at('2026-11-27T14:00:00Z'),
    })
  })

  it('a week-long closure plus a weekend is still found within the search horizon', () => {
    const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']
    const closedWeek: BusinessHours = { ...office, closedDates: dates }
    expect(iso(nextOpening(closedWeek, at('2026-11-20T23:00:00Z')))).toBe(
      '2026-11-30T14:00:00.000Z',
    )
  })

  it('the closed date is the queue’s local date, not the UTC date', () => {
    const aroundTheClock = Array.from({ length: 7 }, () => [{ open: '00:00', close: '24:00' }])
    const sydney: BusinessHours = {
      timeZone: 'Australia/Sydney', // UTC+11 in December
      weekly: aroundTheClock,
      closedDates: ['2026-12-25'],
    }
    expect(isOpenAt(sydney, at('2026-12-24T12:59:00Z'))).toBe(true) // 24 Dec 23:59 local
    expect(isOpenAt(sydney, at('2026-12-24T13:00:00Z'))).toBe(false) // 25 Dec 00:00 local
    expect(isOpenAt(sydney, at('2026-12-25T12:59:00Z'))).toBe(false) // 25 Dec 23:59 local
    expect(isOpenAt(sydney, at('2026-12-25T13:00:00Z'))).toBe(true) // 26 Dec 00:00 local
    // Open around the clock until Christmas: closes at local midnight, reopens a day later.
    expect(openStatus(sydney, at('2026-12-23T00:00:00Z'))).toEqual({
      kind: 'open',
      closesAt: at('2026-12-24T13:00:00Z'),
    })
    expect(openStatus(sydney, at('2026-12-25T00:00:00Z'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-12-25T13:00:00Z'),
    })
  })
})

describe('a stretch across midnight (23:00–24:00 then 00:00–06:00)', () => {
  // Friday night into Saturday morning, in UTC to keep the arithmetic visible. 2026-11-27 is a Friday.
  const nightShift: BusinessHours = {
    timeZone: 'UTC',
    weekly: [
      [],
      [],
      [],
      [],
      [],
      [{ open: '23:00', close: '24:00' }],
      [{ open: '00:00', close: '06:00' }],
    ],
  }

  it('is open on both sides of midnight', () => {
    expect(isOpenAt(nightShift, at('2026-11-27T22:59:00Z'))).toBe(false)
    expect(isOpenAt(nightShift, at('2026-11-27T23:00:00Z'))).toBe(true)
    expect(isOpenAt(nightShift, at('2026-11-27T23:59:59Z'))).toBe(true)
    expect(isOpenAt(nightShift, at('2026-11-28T00:00:00Z'))).toBe(true)
    expect(isOpenAt(nightShift, at('2026-11-28T05:59:59Z'))).toBe(true)
    expect(isOpenAt(nightShift, at('2026-11-28T06:00:00Z'))).toBe(false)
  })

  it('closes at 06:00 Saturday, not at midnight', () => {
    const now = at('2026-11-27T23:30:00Z')
    expect(openStatus(nightShift, now)).toEqual({
      kind: 'open',
      closesAt: at('2026-11-28T06:00:00Z'),
    })
    expect(openForSeconds(nightShift, now)).toBe(6.5 * 3600)
  })

  it('after midnight it still closes at 06:00', () => {
    expect(iso(nextClosing(nightShift, at('2026-11-28T02:00:00Z')))).toBe(
      '2026-11-28T06:00:00.000Z',
    )
  })

  it('before the shift it opens at 23:00 Friday, not at the midnight seam', () => {
    expect(iso(nextOpening(nightShift, at('2026-11-27T20:00:00Z')))).toBe(
      '2026-11-27T23:00:00.000Z',
    )
    // After the shift, the next opening is a week later.
    expect(iso(nextOpening(nightShift, at('2026-11-28T07:00:00Z')))).toBe(
      '2026-12-04T23:00:00.000Z',
    )
  })

  it('a night shift every night closes each morning', () => {
    const everyNight: BusinessHours = {
      timeZone: 'America/Los_Angeles',
      weekly: Array.from({ length: 7 }, () => [
        { open: '00:00', close: '06:00' },
        { open: '22:00', close: '24:00' },
      ]),
    }
    // Monday 23:00 PST = Tuesday 07:00Z; closes Tuesday 06:00 PST = 14:00Z.
    expect(iso(nextClosing(everyNight, at('2026-11-24T07:00:00Z')))).toBe(
      '2026-11-24T14:00:00.000Z',
    )
  })
})

describe('DST days', () => {
  it('Saturday evening before the spring-forward night is read in EST, not EDT', () => {
    // 2026-03-08T03:30Z is Saturday 22:30 EST; the clocks only change at 07:00Z.
    const lateShift: BusinessHours = {
      timeZone: 'America/New_York',
      weekly: [[], [], [], [], [], [], [{ open: '21:00', close: '23:00' }]],
    }
    expect(isOpenAt(lateShift, at('2026-03-08T03:30:00Z'))).toBe(true)
    expect(isOpenAt(lateShift, at('2026-03-08T04:00:00Z'))).toBe(false)
    expect(iso(nextClosing(lateShift, at('2026-03-08T02:00:00Z')))).toBe('2026-03-08T04:00:00.000Z')
  })

  it('hours spanning the skipped hour are an hour shorter (01:00–03:00 on 2026-03-08 in New York)', () => {
    const sunday: BusinessHours = {
      timeZone: 'America/New_York',
      weekly: [[{ open: '01:00', close: '03:00' }], [], [], [], [], [], []],
    }
    const opening = at('2026-03-08T06:00:00Z') // 01:00 EST
    expect(iso(nextOpening(sunday, at('2026-03-08T05:00:00Z')))).toBe('2026-03-08T06:00:00.000Z')
    expect(openForSeconds(sunday, opening)).toBe(3600) // closes at 03:00 EDT = 07:00Z
    expect(isOpenAt(sunday, at('2026-03-08T07:00:00Z'))).toBe(false)
  })

  it('hours spanning the repeated hour are an hour longer (01:00–03:00 on 2026-11-01 in New York)', () => {
    const sunday: BusinessHours = {
      timeZone: 'America/New_York',
      weekly: [[{ open: '01:00', close: '03:00' }], [], [], [], [], [], []],
    }
    const opening = at('2026-11-01T05:00:00Z') // 01:00 EDT
    expect(iso(nextOpening(sunday, at('2026-11-01T04:00:00Z')))).toBe('2026-11-01T05:00:00.000Z')
    expect(openForSeconds(sunday, opening)).toBe(3 * 3600) // closes at 03:00 EST = 08:00Z
    expect(isOpenAt(sunday, at('2026-11-01T06:30:00Z'))).toBe(true) // 01:30 EST, the second time round
  })

  it('an opening in the skipped hour happens when the clocks resume (02:30 → 03:00 EDT)', () => {
    const sunday: BusinessHours = {
      timeZone: 'America/New_York',
      weekly: [[{ open: '02:30', close: '05:00' }], [], [], [], [], [], []],
    }
    // 02:30 does not exist on 2026-03-08; the first open minute is 03:00 EDT = 07:00Z.
    expect(isOpenAt(sunday, at('2026-03-08T06:59:00Z'))).toBe(false)
    expect(isOpenAt(sunday, at('2026-03-08T07:00:00Z'))).toBe(true)
    expect(openStatus(sunday, at('2026-03-08T05:00:00Z'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-03-08T07:00:00Z'),
    })
  })

  it('a closing in the skipped hour happens when the clocks jump (01:00–02:30 closes at 03:00 EDT)', () => {
    const sunday: BusinessHours = {
      timeZone: 'America/New_York',
      weekly: [[{ open: '01:00', close: '02:30' }], [], [], [], [], [], []],
    }
    const now = at('2026-03-08T06:30:00Z') // 01:30 EST
    expect(isOpenAt(sunday, at('2026-03-08T06:59:59Z'))).toBe(true)
    expect(isOpenAt(sunday, at('2026-03-08T07:00:00Z'))).toBe(false)
    expect(openStatus(sunday, now)).toEqual({ kind: 'open', closesAt: at('2026-03-08T07:00:00Z') })
    expect(openForSeconds(sunday, now)).toBe(30 * 60)
  })

  it('hours inside the repeated hour open and close twice (01:00–01:30 on 2026-11-01 in New York)', () => {
    const sunday: BusinessHours = {
      timeZone: 'America/New_York',
      weekly: [[{ open: '01:00', close: '01:30' }], [], [], [], [], [], []],
    }
    // 05:00–05:30Z is 01:00–01:30 EDT; 06:00–06:30Z is 01:00–01:30 EST.
    expect(openStatus(sunday, at('2026-11-01T04:30:00Z'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-11-01T05:00:00Z'),
    })
    expect(openStatus(sunday, at('2026-11-01T05:10:00Z'))).toEqual({
      kind: 'open',
      closesAt: at('2026-11-01T05:30:00Z'),
    })
    expect(openStatus(sunday, at('2026-11-01T05:45:00Z'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-11-01T06:00:00Z'),
    })
    expect(openStatus(sunday, at('2026-11-01T06:10:00Z'))).toEqual({
      kind: 'open',
      closesAt: at('2026-11-01T06:30:00Z'),
    })
    expect(iso(nextOpening(sunday, at('2026-11-01T06:30:00Z')))).toBe('2026-11-08T06:00:00.000Z')
  })

  it('a shift ending as the clocks go back reopens with them (Sydney 00:00–02:30 on 2026-04-05)', () => {
    const sunday: BusinessHours = {
      timeZone: 'Australia/Sydney',
      weekly: [[{ open: '00:00', close: '02:30' }], [], [], [], [], [], []],
    }
    // Open 00:00–02:30 AEDT (13:00–15:30Z), closed until 03:00 AEDT becomes 02:00 AEST (16:00Z),
    // open again until 02:30 AEST (16:30Z).
    expect(iso(nextClosing(sunday, at('2026-04-04T14:00:00Z')))).toBe('2026-04-04T15:30:00.000Z')
    expect(iso(nextOpening(sunday, at('2026-04-04T15:40:00Z')))).toBe('2026-04-04T16:00:00.000Z')
    expect(iso(nextClosing(sunday, at('2026-04-04T16:00:00Z')))).toBe('2026-04-04T16:30:00.000Z')
  })

  it('a Sydney office across the April fall-back: a Monday opening keeps its local time', () => {
    const sydney: BusinessHours = { timeZone: 'Australia/Sydney', weekly: weekdays(nineToFive) }
    // Friday 2026-04-03 09:00 AEDT (UTC+11) and Monday 2026-04-06 09:00 AEST (UTC+10).
    expect(iso(nextOpening(sydney, at('2026-04-02T12:00:00Z')))).toBe('2026-04-02T22:00:00.000Z')
    expect(iso(nextOpening(sydney, at('2026-04-03T12:00:00Z')))).toBe('2026-04-05T23:00:00.000Z')
  })
})

/* ------------------------------------------------------------------------------------------------ */
/* Properties: the status agrees with isOpenAt, for random schedules in several zones.              */
/* ------------------------------------------------------------------------------------------------ */

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/Los_Angeles',
] as const

/** A day's intervals on a 30-minute grid, pairs of distinct sorted boundaries. */
const arbDay: fc.Arbitrary<OpenInterval[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b)
    const intervals: OpenInterval[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({
        open: formatClock((sorted[i] as number) * 30),
        close: formatClock((sorted[i + 1] as number) * 30),
      })
    }
    return intervals
  })

const arbHours: fc.Arbitrary<BusinessHours> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekly: fc.array(arbDay, { minLength: 7, maxLength: 7 }),
  closedDates: fc.uniqueArray(
    fc
      .integer({ min: 0, max: 30 })
      .map((d) => new Date(at('2026-03-01T00:00:00Z') + d * DAY).toISOString().slice(0, 10)),
    { maxLength: 4 },
  ),
})

/** Instants in March 2026 (DST changes in New York, London and Sydney's April change nearby), biased to them. */
const arbNow = fc.oneof(
  fc.integer({ min: at('2026-03-01T00:00:00Z'), max: at('2026-04-10T00:00:00Z') }),
  fc
    .constantFrom(
      at('2026-03-08T07:00:00Z'),
      at('2026-03-29T01:00:00Z'),
      at('2026-04-04T15:00:00Z'),
      at('2026-04-04T16:00:00Z'),
    )
    .chain((change) => fc.integer({ min: -30 * HOUR, max: 30 * HOUR }).map((d) => change + d)),
)

/** isOpenAt is constant on UTC quarter hours (30-minute local grid, offsets in quarter hours). */
function quartersBetween(from: number, to: number): number[] {
  const result: number[] = []
  for (let q = Math.floor(from / QUARTER) * QUARTER + QUARTER; q < to; q += QUARTER) result.push(q)
  return result
}

describe('properties over random schedules', () => {
  it('openStatus agrees with isOpenAt, and its opening or closing is the real next change', () => {
    fc.assert(
      fc.property(arbHours, arbNow, (hours, now) => {
        const status = openStatus(hours, now)
        const open = isOpenAt(hours, now)
        expect(status.kind).toBe(open ? 'open' : 'closed')
        if (status.kind === 'open') {
          const { closesAt } = status
          if (closesAt === null) {
            for (const q of quartersBetween(now, now + 14 * DAY))
              expect(isOpenAt(hours, q)).toBe(true)
          } else {
            expect(closesAt).toBeGreaterThan(now)
            expect(isOpenAt(hours, closesAt)).toBe(false)
            expect(isOpenAt(hours, closesAt - 1)).toBe(true)
            for (const q of quartersBetween(now, closesAt)) expect(isOpenAt(hours, q)).toBe(true)
            expect(openForSeconds(hours, now)).toBe(Math.floor((closesAt - now) / 1000))
          }
        } else if (status.kind === 'closed') {
          const { opensAt } = status
          expect(openForSeconds(hours, now)).toBe(0)
          if (opensAt === null) {
            for (const q of quartersBetween(now, now + 14 * DAY))
              expect(isOpenAt(hours, q)).toBe(false)
          } else {
            expect(opensAt).toBeGreaterThan(now)
            expect(isOpenAt(hours, opensAt)).toBe(true)
            expect(isOpenAt(hours, opensAt - 1)).toBe(false)
            for (const q of quartersBetween(now, opensAt)) expect(isOpenAt(hours, q)).toBe(false)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('the same holds on the days the clocks change, for schedules repeated every day', () => {
    const dstZones = [
      'America/New_York',
      'Europe/London',
      'Australia/Sydney',
      'Australia/Lord_Howe',
    ] as const
    const changes = [
      at('2026-03-08T07:00:00Z'), // New York forward
      at('2026-11-01T06:00:00Z'), // New York back
      at('2026-03-29T01:00:00Z'), // London forward
      at('2026-10-25T01:00:00Z'), // London back
      at('2026-04-04T16:00:00Z'), // Sydney back
      at('2026-10-03T16:00:00Z'), // Sydney forward
      at('2026-04-04T15:00:00Z'), // Lord Howe back
      at('2026-10-03T15:30:00Z'), // Lord Howe forward
    ]
    const arbDaily = fc.record({
      timeZone: fc.constantFrom(...dstZones),
      day: arbDay,
    })
    const arbNearChange = fc
      .constantFrom(...changes)
      .chain((change) => fc.integer({ min: -6 * HOUR, max: 6 * HOUR }).map((d) => change + d))
    fc.assert(
      fc.property(arbDaily, arbNearChange, ({ timeZone, day }, now) => {
        const hours: BusinessHours = { timeZone, weekly: Array.from({ length: 7 }, () => day) }
        const status = openStatus(hours, now)
        if (status.kind === 'always') throw new Error('not always open')
        const change = status.kind === 'open' ? status.closesAt : status.opensAt
        const openNow = status.kind === 'open'
        expect(isOpenAt(hours, now)).toBe(openNow)
        if (change === null) return
        expect(change).toBeGreaterThan(now)
        expect(isOpenAt(hours, change)).toBe(!openNow)
        expect(isOpenAt(hours, change - 1)).toBe(openNow)
        for (const q of quartersBetween(now, change)) expect(isOpenAt(hours, q)).toBe(openNow)
      }),
      { numRuns: 1000 },
    )
  })

  it('does not depend on the zone of the machine', () => {
    const saved = process.env.TZ
    try {
      fc.assert(
        fc.property(
          arbHours,
          arbNow,
          fc.constantFrom('Pacific/Kiritimati', 'America/Adak', 'Asia/Kolkata'),
          (hours, now, machine) => {
            process.env.TZ = 'UTC'
            const reference = [
              isOpenAt(hours, now),
              openStatus(hours, now),
              openForSeconds(hours, now),
            ]
            process.env.TZ = machine
            expect([
              isOpenAt(hours, now),
              openStatus(hours, now),
              openForSeconds(hours, now),
            ]).toEqual(reference)
          },
        ),
        { numRuns: 50 },
      )
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})
