import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  DAY_MS,
  formatClock,
  isValidTimeZone,
  localDayBounds,
  parseClock,
  toOffsetIso,
  wallClock,
  zonedInstant,
  zoneOffset,
} from './zonedTime'

const HOUR = 3_600_000
const MINUTE = 60_000
const at = (iso: string) => Date.parse(iso)

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/Los_Angeles',
] as const

/** Instants from 2000 to 2060: modern tz rules, offsets in whole quarter hours. */
const arbInstant = fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2060-01-01T00:00:00Z') })
const arbZone = fc.constantFrom(...ZONES)
const arbDate = fc.integer({ min: 0, max: 60 * 366 }).map((days) => addDays('2000-01-01', days))

/** An independent oracle for the wall clock: Intl itself. */
const wallFormats = new Map<string, Intl.DateTimeFormat>()
function intlWallClock(instant: number, timeZone: string) {
  let format = wallFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
    wallFormats.set(timeZone, format)
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  ) as Record<string, string>
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdays.indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

/** Offset from Intl's own "GMT+05:30" name: a second, independent reading of the zone. */
const offsetNames = new Map<string, Intl.DateTimeFormat>()
function intlOffset(instant: number, timeZone: string): number {
  let format = offsetNames.get(timeZone)
  if (!format)
    offsetNames.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })),
    )
  const name =
    format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? ''
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)
  if (!match) throw new Error(`unexpected offset name ${name}`)
  if (!match[1]) return 0
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * HOUR + Number(match[3]) * MINUTE)
}

/** Offset changes of a zone from the start of one year to the start of another, to the minute. */
function transitionsIn(zone: string, fromYear: number, toYear: number): number[] {
  const found: number[] = []
  const step = 6 * HOUR
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear, 0, 1); t += step) {
    if (intlOffset(t, zone) === intlOffset(t + step, zone)) continue
    let lo = t
    let hi = t + step
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE
      if (intlOffset(mid, zone) === intlOffset(lo, zone)) lo = mid
      else hi = mid
    }
    found.push(hi)
  }
  return found
}

/** Every offset change of the zones under test in 2025–2028, found with Intl alone. */
const TRANSITIONS = ZONES.flatMap((zone) =>
  transitionsIn(zone, 2025, 2029).map((change) => ({ zone, at: change })),
)

/** An instant within 30 hours of a DST change, with its zone: where wall-clock arithmetic goes wrong. */
const arbNearTransition = fc
  .constantFrom(...TRANSITIONS)
  .chain(({ zone, at: change }) =>
    fc
      .integer({ min: -30 * HOUR, max: 30 * HOUR })
      .map((delta) => ({ zone, instant: change + delta })),
  )

describe('the DST changes under test', () => {
  it('are found: two a year in each zone with DST, none in UTC or Asia/Kolkata', () => {
    const count = (zone: string) => TRANSITIONS.filter((t) => t.zone === zone).length
    expect(count('UTC')).toBe(0)
    expect(count('Asia/Kolkata')).toBe(0)
    for (const zone of [
      'America/New_York',
      'Europe/London',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'America/Los_Angeles',
    ]) {
      expect(count(zone)).toBe(8)
    }
    expect(TRANSITIONS).toContainEqual({ zone: 'America/New_York', at: at('2026-03-08T07:00:00Z') })
    expect(TRANSITIONS).toContainEqual({
      zone: 'Australia/Lord_Howe',
      at: at('2026-04-04T15:00:00Z'),
    })
  })
})

describe('zoneOffset', () => {
  it('is the offset in force at the instant, also in the hours around a DST change', () => {
    fc.assert(
      fc.property(arbNearTransition, ({ zone, instant }) => {
        expect(zoneOffset(zone, instant)).toBe(intlOffset(instant, zone))
      }),
      { numRuns: 1000 },
    )
  })

  it.each([
    // Still EST in the evening before the change at 07:00Z, EDT after it.
    { zone: 'America/New_York', instant: '2026-03-08T03:00:00Z', hours: -5 },
    { zone: 'America/New_York', instant: '2026-03-08T06:59:00Z', hours: -5 },
    { zone: 'America/New_York', instant: '2026-03-08T07:00:00Z', hours: -4 },
    { zone: 'America/New_York', instant: '2026-11-01T05:59:00Z', hours: -4 },
    { zone: 'America/New_York', instant: '2026-11-01T06:00:00Z', hours: -5 },
    { zone: 'Australia/Sydney', instant: '2026-04-04T15:59:00Z', hours: 11 },
    { zone: 'Australia/Sydney', instant: '2026-04-04T16:00:00Z', hours: 10 },
    { zone: 'Australia/Sydney', instant: '2026-10-03T15:59:00Z', hours: 10 },
    { zone: 'Australia/Sydney', instant: '2026-10-03T16:00:00Z', hours: 11 },
    { zone: 'Australia/Lord_Howe', instant: '2026-04-04T15:00:00Z', hours: 10.5 },
    { zone: 'Europe/London', instant: '2026-03-29T00:59:00Z', hours: 0 },
    { zone: 'Europe/London', instant: '2026-03-29T01:00:00Z', hours: 1 },
  ])('$zone at $instant is UTC$hours h', ({ zone, instant, hours }) => {
    expect(zoneOffset(zone, at(instant))).toBe(hours * HOUR)
  })

  it('does not depend on the zone of the machine running it', () => {
    const saved = process.env.TZ
    const machines = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Paris', 'Asia/Kolkata', 'UTC']
    const machineOffsets = [-840, 600, -60, -330, 0]
    try {
      machines.forEach((machine, i) => {
        process.env.TZ = machine
        // The machine zone really changed (Node reads TZ afresh when it is assigned).
        expect(new Date(Date.UTC(2031, 0, 1)).getTimezoneOffset()).toBe(machineOffsets[i])
        // A year nothing else asks for, different for each machine zone, so the memo cannot answer.
        const year = 2031 + i
        for (const zone of ZONES) {
          for (const change of transitionsIn(zone, year, year + 1)) {
            for (let t = change - 26 * HOUR; t <= change + 26 * HOUR; t += 20 * MINUTE) {
              expect(zoneOffset(zone, t)).toBe(intlOffset(t, zone))
            }
          }
        }
      })
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('wallClock', () => {
  it.each([
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'UTC',
      date: '2026-11-21',
      weekday: 6,
      clock: '14:30',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'America/New_York',
      date: '2026-11-21',
      weekday: 6,
      clock: '09:30',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'Asia/Kolkata',
      date: '2026-11-21',
      weekday: 6,
      clock: '20:00',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'Australia/Sydney',
      date: '2026-11-22',
      weekday: 0,
      clock: '01:30',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'Australia/Lord_Howe',
      date: '2026-11-22',
      weekday: 0,
      clock: '01:30',
    },
    {
      instant: '2026-06-21T14:30:00Z',
      zone: 'Australia/Lord_Howe',
      date: '2026-06-22',
      weekday: 1,
      clock: '01:00',
    },
    {
      instant: '2026-11-21T04:59:59Z',
      zone: 'America/New_York',
      date: '2026-11-20',
      weekday: 5,
      clock: '23:59',
    },
    {
      instant: '2026-11-21T05:00:00Z',
      zone: 'America/New_York',
      date: '2026-11-21',
      weekday: 6,
      clock: '00:00',
    },
    {
      instant: '1969-12-31T23:59:00Z',
      zone: 'UTC',
      date: '1969-12-31',
      weekday: 3,
      clock: '23:59',
    },
  ])(
    '$instant in $zone is $date $clock (weekday $weekday)',
    ({ instant, zone, date, weekday, clock }) => {
      expect(wallClock(at(instant), zone)).toEqual({ date, weekday, minutes: parseClock(clock) })
    },
  )

  it('agrees with Intl for any instant and zone', () => {
    fc.assert(
      fc.property(arbInstant, arbZone, (instant, zone) => {
        expect(wallClock(instant, zone)).toEqual(intlWallClock(instant, zone))
      }),
      { numRuns: 500 },
    )
  })

  it('agrees with Intl in the hours around every DST change', () => {
    fc.assert(
      fc.property(arbNearTransition, ({ zone, instant }) => {
        expect(wallClock(instant, zone)).toEqual(intlWallClock(instant, zone))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('zonedInstant and wallClock round trip', () => {
  it('zonedInstant(wallClock(t)) is t to the minute, or the earlier occurrence of a repeated wall time', () => {
    fc.assert(
      fc.property(arbInstant, arbZone, (instant, zone) => {
        const wall = wallClock(instant, zone)
        const back = zonedInstant(wall.date, wall.minutes, zone)
        const minute = Math.floor(instant / MINUTE) * MINUTE
        expect(wallClock(back, zone)).toEqual(wall)
        if (back !== minute) {
          // Only in the repeated hour of a fall-back: the first occurrence, under the larger offset.
          expect(back).toBeLessThan(minute)
          expect(minute - back).toBeLessThanOrEqual(HOUR)
          expect(zoneOffset(zone, back)).toBeGreaterThan(zoneOffset(zone, minute))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('the same holds in the hours around every DST change', () => {
    fc.assert(
      fc.property(arbNearTransition, ({ zone, instant }) => {
        const wall = wallClock(instant, zone)
        const back = zonedInstant(wall.date, wall.minutes, zone)
        const minute = Math.floor(instant / MINUTE) * MINUTE
        expect(wallClock(back, zone)).toEqual(wall)
        if (back !== minute) {
          expect(back).toBeLessThan(minute)
          expect(zoneOffset(zone, back) - zoneOffset(zone, minute)).toBe(minute - back)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('wallClock(zonedInstant(d, m)) is (d, m), except in a DST gap where it is pushed forward by the gap', () => {
    fc.assert(
      fc.property(
        arbDate,
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        arbZone,
        (date, minutes, zone) => {
          const instant = zonedInstant(date, minutes, zone)
          const wall = wallClock(instant, zone)
          if (wall.date === date && wall.minutes === minutes) return
          const gap = (zoneOffset(zone, instant) - zoneOffset(zone, instant - 3 * HOUR)) / MINUTE
          expect(gap).toBeGreaterThan(0)
          expect(wall.date).toBe(date)
          expect(wall.minutes).toBe(minutes + gap)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('is monotonic over wall times that exist: a later one on the same day is never an earlier instant', () => {
    const exists = (date: string, minutes: number, zone: string) => {
      const wall = wallClock(zonedInstant(date, minutes, zone), zone)
      return (wall.date === date && wall.minutes === minutes) || minutes === 24 * 60
    }
    // Half the dates are days on which the clocks change.
    const arbDay = fc.oneof(
      fc.tuple(arbDate, arbZone).map(([date, zone]) => ({ date, zone })),
      fc
        .constantFrom(...TRANSITIONS)
        .map(({ zone, at: change }) => ({ zone, date: wallClock(change, zone).date })),
    )
    fc.assert(
      fc.property(
        arbDay,
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 1440 }),
        ({ date, zone }, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          if (!exists(date, lo, zone) || !exists(date, hi, zone)) return
          expect(zonedInstant(date, hi, zone)).toBeGreaterThanOrEqual(zonedInstant(date, lo, zone))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('a wall time in the gap lands as far past it as it was into it, so after a real later time', () => {
    // Documented behaviour ("02:30 on a spring-forward night is 03:30"): 02:30 → 03:30 EDT, after 03:00 EDT.
    const zone = 'America/New_York'
    expect(zonedInstant('2026-03-08', parseClock('02:30'), zone)).toBe(at('2026-03-08T07:30:00Z'))
    expect(zonedInstant('2026-03-08', parseClock('03:00'), zone)).toBe(at('2026-03-08T07:00:00Z'))
  })

  it.each([
    {
      zone: 'America/New_York',
      date: '2026-03-08',
      clock: '02:30',
      expected: '2026-03-08T07:30:00Z',
    }, // 03:30 EDT
    {
      zone: 'America/New_York',
      date: '2026-03-08',
      clock: '02:00',
      expected: '2026-03-08T07:00:00Z',
    }, // 03:00 EDT
    {
      zone: 'America/Los_Angeles',
      date: '2026-03-08',
      clock: '02:15',
      expected: '2026-03-08T10:15:00Z',
    }, // 03:15 PDT
    { zone: 'Europe/London', date: '2026-03-29', clock: '01:30', expected: '2026-03-29T01:30:00Z' }, // 02:30 BST
    {
      zone: 'Australia/Sydney',
      date: '2026-10-04',
      clock: '02:30',
      expected: '2026-10-03T16:30:00Z',
    }, // 03:30 AEDT
    {
      zone: 'Australia/Lord_Howe',
      date: '2026-10-04',
      clock: '02:15',
      expected: '2026-10-03T15:45:00Z',
    }, // 02:45 +11
  ])(
    'a wall time in the gap ($zone $date $clock) resolves after the gap',
    ({ zone, date, clock, expected }) => {
      const instant = zonedInstant(date, parseClock(clock), zone)
      expect(new Date(instant).toISOString()).toBe(new Date(at(expected)).toISOString())
    },
  )

  it.each([
    {
      zone: 'America/New_York',
      date: '2026-11-01',
      clock: '01:30',
      expected: '2026-11-01T05:30:00Z',
    }, // EDT
    {
      zone: 'America/Los_Angeles',
      date: '2026-11-01',
      clock: '01:00',
      expected: '2026-11-01T08:00:00Z',
    }, // PDT
    { zone: 'Europe/London', date: '2026-10-25', clock: '01:30', expected: '2026-10-25T00:30:00Z' }, // BST
    {
      zone: 'Australia/Sydney',
      date: '2026-04-05',
      clock: '02:30',
      expected: '2026-04-04T15:30:00Z',
    }, // AEDT
    {
      zone: 'Australia/Lord_Howe',
      date: '2026-04-05',
      clock: '01:45',
      expected: '2026-04-04T14:45:00Z',
    }, // +11
  ])(
    'a repeated wall time ($zone $date $clock) resolves to its first occurrence',
    ({ zone, date, clock, expected }) => {
      const instant = zonedInstant(date, parseClock(clock), zone)
      expect(new Date(instant).toISOString()).toBe(new Date(at(expected)).toISOString())
    },
  )

  it('does not depend on the machine zone (UTC and fixed-offset zones are plain arithmetic)', () => {
    expect(zonedInstant('2026-11-21', 14 * 60 + 30, 'UTC')).toBe(at('2026-11-21T14:30:00Z'))
    expect(zonedInstant('2026-11-21', 20 * 60, 'Asia/Kolkata')).toBe(at('2026-11-21T14:30:00Z'))
    expect(zonedInstant('2026-11-21', 24 * 60, 'UTC')).toBe(at('2026-11-22T00:00:00Z'))
  })
})

describe('localDayBounds', () => {
  const hours = (b: { start: number; end: number }) => (b.end - b.start) / HOUR

  it.each([
    { zone: 'America/New_York', date: '2026-03-08', length: 23, start: '2026-03-08T05:00:00Z' },
    { zone: 'America/New_York', date: '2026-11-01', length: 25, start: '2026-11-01T04:00:00Z' },
    { zone: 'America/New_York', date: '2026-11-21', length: 24, start: '2026-11-21T05:00:00Z' },
    { zone: 'America/Los_Angeles', date: '2026-03-08', length: 23, start: '2026-03-08T08:00:00Z' },
    { zone: 'America/Los_Angeles', date: '2026-11-01', length: 25, start: '2026-11-01T07:00:00Z' },
    { zone: 'Europe/London', date: '2026-03-29', length: 23, start: '2026-03-29T00:00:00Z' },
    { zone: 'Europe/London', date: '2026-10-25', length: 25, start: '2026-10-24T23:00:00Z' },
    { zone: 'Australia/Sydney', date: '2026-04-05', length: 25, start: '2026-04-04T13:00:00Z' },
    { zone: 'Australia/Sydney', date: '2026-10-04', length: 23, start: '2026-10-03T14:00:00Z' },
    {
      zone: 'Australia/Lord_Howe',
      date: '2026-04-05',
      length: 24.5,
      start: '2026-04-04T13:00:00Z',
    },
    {
      zone: 'Australia/Lord_Howe',
      date: '2026-10-04',
      length: 23.5,
      start: '2026-10-03T13:30:00Z',
    },
    { zone: 'Asia/Kolkata', date: '2026-03-08', length: 24, start: '2026-03-07T18:30:00Z' },
    { zone: 'UTC', date: '2026-03-29', length: 24, start: '2026-03-29T00:00:00Z' },
  ])('$zone $date lasts $length h from $start', ({ zone, date, length, start }) => {
    const bounds = localDayBounds(date, zone)
    expect(hours(bounds)).toBe(length)
    expect(bounds.start).toBe(at(start))
    expect(wallClock(bounds.start, zone)).toMatchObject({ date, minutes: 0 })
    expect(wallClock(bounds.end, zone)).toMatchObject({ date: addDays(date, 1), minutes: 0 })
  })

  it('a day whose midnight falls in the gap starts when the clocks resume (America/Santiago 2026-09-06)', () => {
    const bounds = localDayBounds('2026-09-06', 'America/Santiago')
    expect(bounds.start).toBe(at('2026-09-06T04:00:00Z')) // 01:00 -03
    expect(wallClock(bounds.start, 'America/Santiago')).toMatchObject({
      date: '2026-09-06',
      minutes: 60,
    })
    expect(hours(bounds)).toBe(23)
    // The day before ends where this one starts: no instant is lost between days.
    expect(localDayBounds('2026-09-05', 'America/Santiago').end).toBe(bounds.start)
  })

  it('consecutive days tile time: each ends where the next starts, and lasts 23 to 25 hours', () => {
    fc.assert(
      fc.property(arbDate, arbZone, (date, zone) => {
        const today = localDayBounds(date, zone)
        const tomorrow = localDayBounds(addDays(date, 1), zone)
        expect(today.end).toBe(tomorrow.start)
        const h = hours(today)
        expect(h).toBeGreaterThanOrEqual(23)
        expect(h).toBeLessThanOrEqual(25)
        // Every instant of the day reads as that date in the zone.
        expect(wallClock(today.start, zone).date).toBe(date)
        expect(wallClock(today.end - 1, zone).date).toBe(date)
      }),
      { numRuns: 500 },
    )
  })

  it('the day containing any instant has that instant inside its bounds', () => {
    fc.assert(
      fc.property(arbInstant, arbZone, (instant, zone) => {
        const { start, end } = localDayBounds(wallClock(instant, zone).date, zone)
        expect(start).toBeLessThanOrEqual(instant)
        expect(instant).toBeLessThan(end)
      }),
      { numRuns: 500 },
    )
  })
})

describe('toOffsetIso', () => {
  it.each([
    { instant: '2026-11-21T14:30:00Z', zone: 'UTC', iso: '2026-11-21T14:30:00.000+00:00' },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'America/New_York',
      iso: '2026-11-21T09:30:00.000-05:00',
    },
    {
      instant: '2026-07-21T14:30:00Z',
      zone: 'America/New_York',
      iso: '2026-07-21T10:30:00.000-04:00',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'America/Los_Angeles',
      iso: '2026-11-21T06:30:00.000-08:00',
    },
    { instant: '2026-11-21T14:30:00Z', zone: 'Asia/Kolkata', iso: '2026-11-21T20:00:00.000+05:30' },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'Australia/Sydney',
      iso: '2026-11-22T01:30:00.000+11:00',
    },
    {
      instant: '2026-06-21T14:30:00Z',
      zone: 'Australia/Lord_Howe',
      iso: '2026-06-22T01:00:00.000+10:30',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'Asia/Kathmandu',
      iso: '2026-11-21T20:15:00.000+05:45',
    },
    {
      instant: '2026-11-21T14:30:00Z',
      zone: 'America/St_Johns',
      iso: '2026-11-21T11:00:00.000-03:30',
    },
    {
      instant: '2026-11-21T14:30:00.123Z',
      zone: 'Europe/London',
      iso: '2026-11-21T14:30:00.123+00:00',
    },
    {
      instant: '2026-07-21T14:30:00Z',
      zone: 'Europe/London',
      iso: '2026-07-21T15:30:00.000+01:00',
    },
  ])('$instant in $zone → $iso', ({ instant, zone, iso }) => {
    expect(toOffsetIso(at(instant), zone)).toBe(iso)
  })

  it('always names the same instant, with the local wall clock in front', () => {
    fc.assert(
      fc.property(arbInstant, arbZone, (instant, zone) => {
        const iso = toOffsetIso(instant, zone)
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/)
        expect(Date.parse(iso)).toBe(instant)
        const wall = wallClock(instant, zone)
        expect(iso.slice(0, 16)).toBe(`${wall.date}T${formatClock(wall.minutes)}`)
      }),
      { numRuns: 500 },
    )
  })
})

describe('parseClock and formatClock', () => {
  it.each([
    ['00:00', 0],
    ['07:50', 470],
    ['09:05', 545],
    ['12:00', 720],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('%s → %i minutes', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes)
  })

  it.each([
    '25:00',
    '24:01',
    '24:59',
    '7:5',
    '7:05',
    '07:5',
    '',
    ' 07:00',
    '07:00 ',
    '07:60',
    '0700',
    '07-00',
    'ab:cd',
    '-1:00',
    '07:00:00',
  ])('rejects %j', (text) => {
    expect(() => parseClock(text)).toThrow(RangeError)
  })

  it('rejects bad input every time, not only the first (no caching of failures)', () => {
    expect(() => parseClock('24:01')).toThrow(RangeError)
    expect(() => parseClock('24:01')).toThrow(RangeError)
  })

  it('formatClock is the inverse of parseClock for every minute of the day', () => {
    for (let m = 0; m <= 1440; m++) expect(parseClock(formatClock(m))).toBe(m)
  })
})

describe('calendar helpers', () => {
  it.each([
    ['2026-11-21', 1, '2026-11-22'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2026-11-21', -14, '2026-11-07'],
  ] as const)('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it('DAY_MS is 24 hours', () => {
    expect(DAY_MS).toBe(24 * HOUR)
  })

  it('isValidTimeZone accepts IANA zones and refuses garbage', () => {
    for (const zone of ZONES) expect(isValidTimeZone(zone)).toBe(true)
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isValidTimeZone('not a zone')).toBe(false)
  })

  it('zoneOffset refuses an unknown zone rather than answering UTC', () => {
    expect(() => zoneOffset('Mars/Olympus_Mons', at('2026-11-21T14:30:00Z'))).toThrow(RangeError)
  })

  it('zoneOffset is east-positive, in milliseconds', () => {
    expect(zoneOffset('Asia/Kolkata', at('2026-11-21T14:30:00Z'))).toBe(5.5 * HOUR)
    expect(zoneOffset('America/New_York', at('2026-11-21T14:30:00Z'))).toBe(-5 * HOUR)
    expect(zoneOffset('America/New_York', at('2026-07-21T14:30:00Z'))).toBe(-4 * HOUR)
  })
})
