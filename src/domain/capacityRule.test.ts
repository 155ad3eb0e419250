import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeAvailability, type SlotQueue } from './availability'
import {
  capacityAt,
  cellAt,
  convertGrid,
  convertRow,
  dayValue,
  emptyGrid,
  filledCells,
  gridFromStatement,
  gridsEqual,
  isSundayDate,
  rowCount,
  rowTime,
  rowValue,
  setCell,
  setDay,
  setRow,
  statementFromGrid,
  weekStartOf,
  type CapacityGrid,
  type CapacityStatement,
  type SlotLength,
} from './capacityRule'
import { localDayBounds, toOffsetIso, wallClock, zonedInstant } from './zonedTime'
import { defined } from '@/test/defined'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

const arbGrid = (duration: SlotLength): fc.Arbitrary<CapacityGrid> =>
  fc
    .array(fc.integer({ min: 0, max: 50 }), {
      minLength: rowCount(duration) * 7,
      maxLength: rowCount(duration) * 7,
    })
    .map((cells) => ({ duration, cells }))

describe('the calendar grid', () => {
  it('has 24 hourly or 48 half-hourly rows, Sunday to Saturday', () => {
    expect(emptyGrid(60).cells).toHaveLength(24 * 7)
    expect(emptyGrid(30).cells).toHaveLength(48 * 7)
    expect([rowTime(0, 60), rowTime(23, 60), rowTime(1, 30), rowTime(47, 30)]).toEqual([
      '00:00',
      '23:00',
      '00:30',
      '23:30',
    ])
  })

  it('reads and writes statements cell by cell', () => {
    const grid = gridFromStatement({
      days: { sun: { '02:00': 2 }, sat: { '23:30': 9 } },
      duration: 30,
    })
    expect(cellAt(grid, 4, 0)).toBe(2)
    expect(cellAt(grid, 47, 6)).toBe(9)
    expect(filledCells(grid)).toBe(2)
    expect(statementFromGrid(grid)).toEqual({
      days: { sun: { '02:00': 2 }, sat: { '23:30': 9 } },
      duration: 30,
    })
  })

  it('Set All fills one time row on every day; Set Day one day in every row', () => {
    let grid = setRow(emptyGrid(60), 8, 5)
    expect(WEEK.map((day) => cellAt(grid, 8, day))).toEqual([5, 5, 5, 5, 5, 5, 5])
    expect(rowValue(grid, 8)).toBe(5)
    expect(rowValue(grid, 9)).toBe(0)
    grid = setDay(grid, 1, 3)
    expect(cellAt(grid, 8, 1)).toBe(3)
    expect(dayValue(grid, 1)).toBe(3)
    expect(rowValue(grid, 8)).toBeNull()
    expect(dayValue(grid, 2)).toBeNull()
    expect(filledCells(grid)).toBe(6 + 24)
  })

  it('leaves the grid it was given alone and returns the same grid for a no-op', () => {
    const grid = emptyGrid(60)
    const next = setCell(grid, 0, 0, 4)
    expect(cellAt(grid, 0, 0)).toBe(0)
    expect(cellAt(next, 0, 0)).toBe(4)
    expect(setCell(next, 0, 0, 4)).toBe(next)
    expect(gridsEqual(grid, emptyGrid(60))).toBe(true)
    expect(gridsEqual(grid, next)).toBe(false)
    expect(gridsEqual(emptyGrid(60), emptyGrid(30))).toBe(false)
  })
})

const WEEK = [0, 1, 2, 3, 4, 5, 6]

describe('Timeslot Length conversion', () => {
  it('follows the guide: 8/10/8/10 half-hourly becomes 8/8 hourly, and back 8/8/8/8', () => {
    let half = emptyGrid(30)
    ;[8, 10, 8, 10].forEach((value, i) => (half = setCell(half, 18 + i, 1, value)))
    const hourly = convertGrid(half, 60)
    expect([cellAt(hourly, 9, 1), cellAt(hourly, 10, 1)]).toEqual([8, 8])
    const back = convertGrid(hourly, 30)
    expect([18, 19, 20, 21].map((row) => cellAt(back, row, 1))).toEqual([8, 8, 8, 8])
    expect(convertRow(19, 30, 60)).toBe(9)
    expect(convertRow(9, 60, 30)).toBe(18)
  })

  it('hourly → half-hourly → hourly gives the same rule (property)', () => {
    fc.assert(
      fc.property(arbGrid(60), (grid) => {
        expect(convertGrid(convertGrid(grid, 30), 60)).toEqual(grid)
      }),
    )
  })

  it('hourly → half-hourly copies each hour into its :30 slot (property)', () => {
    fc.assert(
      fc.property(arbGrid(60), fc.nat(47), fc.nat(6), (grid, row, day) => {
        expect(cellAt(convertGrid(grid, 30), row, day)).toBe(cellAt(grid, Math.floor(row / 2), day))
      }),
    )
  })

  it('half-hourly → hourly keeps the :00 values and drops the :30 ones (property)', () => {
    fc.assert(
      fc.property(arbGrid(30), fc.nat(23), fc.nat(6), (grid, row, day) => {
        const hourly = convertGrid(grid, 60)
        expect(cellAt(hourly, row, day)).toBe(cellAt(grid, row * 2, day))
        const back = convertGrid(hourly, 30)
        expect(cellAt(back, row * 2 + 1, day)).toBe(cellAt(grid, row * 2, day))
      }),
    )
  })

  it('converting to the same length changes nothing', () => {
    const grid = setCell(emptyGrid(30), 3, 3, 3)
    expect(convertGrid(grid, 30)).toBe(grid)
  })
})

describe('capacityAt', () => {
  const rule: CapacityStatement = {
    days: { mon: { '07:30': 10, '08:00': 10, '09:00': 4 }, sun: { '01:00': 7, '03:00': 2 } },
    duration: 30,
  }
  const ny = 'America/New_York'
  const local = (date: string, time: string, zone = ny) =>
    zonedInstant(date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), zone)

  it.each([
    ['07:29', 0],
    ['07:30', 10],
    ['07:45', 10],
    ['08:15', 10],
    ['08:30', 0],
    ['09:10', 4],
    ['09:30', 0],
  ])('Monday %s in the queue zone → %i', (time, expected) => {
    expect(capacityAt(rule, ny, local('2026-11-23', time))).toBe(expected)
  })

  it('reads an hourly rule for every slot of the hour', () => {
    const hourly: CapacityStatement = { days: { mon: { '08:00': 6 } }, duration: 60 }
    for (const time of ['08:00', '08:15', '08:30', '08:45']) {
      expect(capacityAt(hourly, ny, local('2026-11-23', time))).toBe(6)
    }
    expect(capacityAt(hourly, ny, local('2026-11-23', '09:00'))).toBe(0)
  })

  it('uses the queue zone, not UTC: 13:00Z on a Monday is 08:00 in New York', () => {
    const instant = Date.parse('2026-11-23T13:00:00Z')
    expect(capacityAt(rule, ny, instant)).toBe(10)
    expect(capacityAt(rule, 'UTC', instant)).toBe(0)
    // Already Tuesday in Tokyo: no value.
    expect(capacityAt(rule, 'Asia/Tokyo', instant)).toBe(0)
  })

  it('reads 01:00–01:30 twice on the fall-back night (25-hour day)', () => {
    const first = Date.parse('2026-11-01T05:00:00Z') // 01:00 EDT
    const second = Date.parse('2026-11-01T06:00:00Z') // 01:00 EST
    expect(wallClock(first, ny).minutes).toBe(60)
    expect(wallClock(second, ny).minutes).toBe(60)
    expect([capacityAt(rule, ny, first), capacityAt(rule, ny, second)]).toEqual([7, 7])
  })

  it('skips 02:00–03:00 on the spring-forward night (23-hour day)', () => {
    const beforeJump = Date.parse('2026-03-08T06:30:00Z') // 01:30 EST
    const afterJump = Date.parse('2026-03-08T07:00:00Z') // 03:00 EDT
    expect(wallClock(afterJump, ny).minutes).toBe(180)
    expect(capacityAt(rule, ny, beforeJump)).toBe(0)
    expect(capacityAt(rule, ny, afterJump)).toBe(2)
  })

  it('agrees with the grid for any instant and zone (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC']
    fc.assert(
      fc.property(
        fc.constantFrom<SlotLength>(60, 30).chain(arbGrid),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-12-31') }),
        (grid, zone, instant) => {
          const { weekday, minutes } = wallClock(instant, zone)
          expect(capacityAt(statementFromGrid(grid), zone, instant)).toBe(
            cellAt(grid, Math.floor(minutes / grid.duration), weekday),
          )
        },
      ),
    )
  })
})

describe('a capacity rule in availability (product.md §5.4)', () => {
  /** The spec's example: opens 7:50, 15-minute slots, slot capacity 3 overridden by the rule. */
  const office: SlotQueue = {
    businessHours: {
      timeZone: 'America/New_York',
      weekly: [[], ...Array.from({ length: 5 }, () => [{ open: '07:50', close: '17:00' }]), []],
    },
    slotDurationMin: 15,
    slotCapacity: 3,
  }
  const rule: CapacityStatement = { days: { mon: { '07:30': 10, '08:00': 10 } }, duration: 30 }
  const monday = localDayBounds('2026-11-23', 'America/New_York')
  const slots = (viewer = 'UTC', reportBusy = false) =>
    computeAvailability(
      {
        queue: office,
        bookedIn: () => 0,
        capacityOf: (t) => capacityAt(rule, office.businessHours.timeZone, t),
      },
      { start: monday.start, end: monday.end, now: 0, timeZone: viewer, reportBusy },
    )

  it('offers 8:00 first, 8:00–8:15 and 8:15–8:30 up to 10 each, never 7:30 or 7:45', () => {
    const offered = slots('America/New_York')
    expect(offered.map((s) => [s.localTime.slice(11, 16), s.total])).toEqual([
      ['08:00', 10],
      ['08:15', 10],
    ])
  })

  it('shows a slot the rule leaves at 0 as full, not as the queue capacity', () => {
    const busy = slots('America/New_York', true)
    expect(busy[0]?.localTime.slice(11, 16)).toBe('08:00')
    expect(busy.find((s) => s.localTime.slice(11, 16) === '08:30')).toMatchObject({
      capacity: 0,
      total: 0,
    })
  })

  it('gives a viewer in another zone the same slots in their own local time', () => {
    const tokyo = slots('Asia/Tokyo')
    expect(tokyo.map((s) => s.utcTime)).toEqual(slots('America/New_York').map((s) => s.utcTime))
    expect(tokyo[0]?.localTime).toBe('2026-11-23T22:00:00.000+09:00')
  })

  it('follows the wall clock through both DST changes of a 24-hour queue', () => {
    const allDay: SlotQueue = {
      businessHours: { timeZone: 'America/New_York', alwaysOpen: true, weekly: [] },
      slotDurationMin: 30,
      slotCapacity: 1,
    }
    const night: CapacityStatement = { days: { sun: { '01:00': 4, '03:00': 6 } }, duration: 60 }
    const day = (date: string) => {
      const bounds = localDayBounds(date, 'America/New_York')
      return computeAvailability(
        {
          queue: allDay,
          bookedIn: () => 0,
          capacityOf: (t) => capacityAt(night, 'America/New_York', t),
        },
        { ...bounds, now: 0, timeZone: 'America/New_York' },
      )
    }
    const fallBack = day('2026-11-01')
    expect(
      fallBack.map((s) => toOffsetIso(Date.parse(s.utcTime), 'America/New_York').slice(11)),
    ).toEqual([
      '01:00:00.000-04:00',
      '01:30:00.000-04:00',
      '01:00:00.000-05:00',
      '01:30:00.000-05:00',
      '03:00:00.000-05:00',
      '03:30:00.000-05:00',
    ])
    expect(fallBack.map((s) => s.total)).toEqual([4, 4, 4, 4, 6, 6])
    const springForward = day('2026-03-08')
    expect(springForward.map((s) => s.localTime.slice(11, 16))).toEqual([
      '01:00',
      '01:30',
      '03:00',
      '03:30',
    ])
    expect(springForward.map((s) => s.total)).toEqual([4, 4, 6, 6])
    expect(defined(springForward[2]).utcTime).toBe(
      new Date(Date.parse('2026-03-08T06:00:00Z') + HOUR).toISOString(),
    )
  })
})

describe('weeks', () => {
  it.each([
    ['2026-11-18T15:00:00Z', 'America/New_York', '2026-11-15'],
    ['2026-11-22T03:00:00Z', 'America/New_York', '2026-11-15'], // still Saturday evening in New York
    ['2026-11-22T03:00:00Z', 'Asia/Tokyo', '2026-11-22'], // already Sunday noon in Tokyo
    ['2026-11-15T00:00:00Z', 'UTC', '2026-11-15'],
  ])('the week of %s in %s starts on Sunday %s', (instant, zone, sunday) => {
    expect(weekStartOf(Date.parse(instant), zone)).toBe(sunday)
  })

  it.each([
    ['2026-11-15', true],
    ['2026-11-16', false],
    ['2026-02-29', false],
    ['2026-11-1', false],
    ['15/11/2026', false],
    ['', false],
  ])('%s is a Sunday: %s', (value, expected) => {
    expect(isSundayDate(value)).toBe(expected)
  })
})
