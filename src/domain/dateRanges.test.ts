import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RANGE,
  isPredefinedRange,
  MAX_RANGE_NAME,
  MAX_RANGE_OFFSET,
  PREDEFINED_RANGES,
  resolveDayRange,
  validateCustomRange,
  type CustomRange,
} from './dateRanges'
import { addDays, wallClock } from './zonedTime'

const at = (iso: string) => Date.parse(iso)
const isoOf = (t: number) => new Date(t).toISOString()
const HOUR = 3_600_000
const NOW = at('2026-11-21T14:30:00Z')

const resolved = (id: keyof typeof PREDEFINED_RANGES, now: number, zone: string) => {
  const { from, to } = resolveDayRange(PREDEFINED_RANGES[id], now, zone)
  return { from: isoOf(from), to: isoOf(to) }
}

describe('resolveDayRange: predefined ranges', () => {
  it.each([
    { id: 'today', from: '2026-11-21T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' },
    { id: 'yesterday', from: '2026-11-20T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' },
    { id: 'tomorrow', from: '2026-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' },
    { id: 'last7', from: '2026-11-14T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' },
    { id: 'last14', from: '2026-11-07T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' },
    { id: 'next7', from: '2026-11-21T00:00:00.000Z', to: '2026-11-29T00:00:00.000Z' },
    { id: 'next14', from: '2026-11-21T00:00:00.000Z', to: '2026-12-06T00:00:00.000Z' },
    { id: 'all', from: '2026-11-07T00:00:00.000Z', to: '2026-12-06T00:00:00.000Z' },
  ] as const)('$id in UTC: [$from, $to)', ({ id, from, to }) => {
    expect(resolved(id, NOW, 'UTC')).toEqual({ from, to })
  })

  it.each([
    // 09:30 EST: today is the 21st, from local midnight (05:00Z).
    { zone: 'America/New_York', from: '2026-11-21T05:00:00.000Z', to: '2026-11-22T05:00:00.000Z' },
    // 01:30 AEDT on the 22nd: already tomorrow in Sydney.
    { zone: 'Australia/Sydney', from: '2026-11-21T13:00:00.000Z', to: '2026-11-22T13:00:00.000Z' },
    { zone: 'Asia/Kolkata', from: '2026-11-20T18:30:00.000Z', to: '2026-11-21T18:30:00.000Z' },
    {
      zone: 'Australia/Lord_Howe',
      from: '2026-11-21T13:00:00.000Z',
      to: '2026-11-22T13:00:00.000Z',
    },
  ])('"today" in $zone is the viewer’s local day', ({ zone, from, to }) => {
    expect(resolved('today', NOW, zone)).toEqual({ from, to })
  })

  it('late evening in New York is still "today" there though UTC has moved on', () => {
    const lateEvening = at('2026-11-22T03:00:00Z') // 22:00 EST on the 21st
    expect(resolved('today', lateEvening, 'America/New_York')).toEqual({
      from: '2026-11-21T05:00:00.000Z',
      to: '2026-11-22T05:00:00.000Z',
    })
    expect(resolved('today', lateEvening, 'UTC').from).toBe('2026-11-22T00:00:00.000Z')
  })

  it('"Last 7 Days" across the New York fall-back: from midnight EDT to midnight EST (8 days + 1 h)', () => {
    const now = at('2026-11-03T15:00:00Z')
    const { from, to } = resolveDayRange(PREDEFINED_RANGES.last7, now, 'America/New_York')
    expect(isoOf(from)).toBe('2026-10-27T04:00:00.000Z')
    expect(isoOf(to)).toBe('2026-11-04T05:00:00.000Z')
    expect(to - from).toBe(8 * 24 * HOUR + HOUR)
  })

  it('"Next 7 Days" across the New York spring-forward: 8 days − 1 h', () => {
    const now = at('2026-03-05T15:00:00Z')
    const { from, to } = resolveDayRange(PREDEFINED_RANGES.next7, now, 'America/New_York')
    expect(isoOf(from)).toBe('2026-03-05T05:00:00.000Z')
    expect(isoOf(to)).toBe('2026-03-13T04:00:00.000Z')
    expect(to - from).toBe(8 * 24 * HOUR - HOUR)
  })

  it('"Next 7 Days" across Sydney’s April change: from midnight AEDT to midnight AEST', () => {
    const now = at('2026-04-01T00:00:00Z') // 11:00 AEDT on 1 April
    expect(resolved('next7', now, 'Australia/Sydney')).toEqual({
      from: '2026-03-31T13:00:00.000Z',
      to: '2026-04-08T14:00:00.000Z',
    })
  })

  it('"Yesterday" on the London spring-forward day is a plain 24-hour GMT day', () => {
    const now = at('2026-03-30T12:00:00Z')
    expect(resolved('yesterday', now, 'Europe/London')).toEqual({
      from: '2026-03-29T00:00:00.000Z',
      to: '2026-03-29T23:00:00.000Z', // the 29th had 23 hours
    })
  })

  it('from and to are local midnights, and the range holds now whenever it includes today', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'Europe/London',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
    ]
    const arbOffset = fc.integer({ min: -MAX_RANGE_OFFSET, max: MAX_RANGE_OFFSET })
    fc.assert(
      fc.property(
        fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2028-01-01T00:00:00Z') }),
        fc.constantFrom(...zones),
        arbOffset,
        arbOffset,
        (now, zone, a, b) => {
          const range = { start: Math.min(a, b), end: Math.max(a, b) }
          const { from, to } = resolveDayRange(range, now, zone)
          const today = wallClock(now, zone).date
          expect(wallClock(from, zone)).toMatchObject({
            date: addDays(today, range.start),
            minutes: 0,
          })
          expect(wallClock(to, zone)).toMatchObject({
            date: addDays(today, range.end + 1),
            minutes: 0,
          })
          expect(wallClock(from - 1, zone).date).toBe(addDays(today, range.start - 1))
          const days = range.end - range.start + 1
          expect(to - from).toBeGreaterThanOrEqual(days * 24 * HOUR - HOUR)
          expect(to - from).toBeLessThanOrEqual(days * 24 * HOUR + HOUR)
          if (range.start <= 0 && range.end >= 0) {
            expect(from).toBeLessThanOrEqual(now)
            expect(now).toBeLessThan(to)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('predefined range ids', () => {
  it('the default is "Last 14 Days"', () => {
    expect(DEFAULT_RANGE).toBe('last14')
    expect(PREDEFINED_RANGES[DEFAULT_RANGE]).toEqual({ start: -14, end: 0 })
  })

  it('every predefined range is a valid day range within ±14 days', () => {
    for (const range of Object.values(PREDEFINED_RANGES)) {
      expect(validateCustomRange({ name: 'x', ...range }, [])).toEqual({})
    }
  })

  it('isPredefinedRange knows the ids and nothing inherited from Object', () => {
    for (const id of Object.keys(PREDEFINED_RANGES)) expect(isPredefinedRange(id)).toBe(true)
    for (const id of [
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      'Today',
      'last30',
      '',
    ]) {
      expect(isPredefinedRange(id)).toBe(false)
    }
  })
})

describe('validateCustomRange', () => {
  const existing: CustomRange[] = [
    { id: 'r1', name: 'Last Month', start: -14, end: -7 },
    { id: 'r2', name: 'Fortnight', start: -14, end: 0 },
  ]
  const valid = { name: 'Around now', start: -2, end: 2 }

  it('accepts a good range', () => {
    expect(validateCustomRange(valid, existing)).toEqual({})
    expect(validateCustomRange({ name: 'One day', start: 3, end: 3 }, existing)).toEqual({})
    expect(validateCustomRange({ name: 'Edges', start: -14, end: 14 }, existing)).toEqual({})
  })

  it.each(['', '   ', '\t'])('name %j → NAME_REQUIRED', (name) => {
    expect(validateCustomRange({ ...valid, name }, existing)).toEqual({ name: 'NAME_REQUIRED' })
  })

  it('names up to 40 characters (after trimming) are fine, 41 are too long', () => {
    expect(MAX_RANGE_NAME).toBe(40)
    expect(validateCustomRange({ ...valid, name: 'x'.repeat(40) }, existing)).toEqual({})
    expect(validateCustomRange({ ...valid, name: `  ${'x'.repeat(40)}  ` }, existing)).toEqual({})
    expect(validateCustomRange({ ...valid, name: 'x'.repeat(41) }, existing)).toEqual({
      name: 'NAME_TOO_LONG',
    })
  })

  it.each(['Last Month', 'last month', 'LAST MONTH', '  Last Month  ', 'fortNIGHT'])(
    'name %j duplicates an existing one (case-insensitive) → NAME_TAKEN',
    (name) => {
      expect(validateCustomRange({ ...valid, name }, existing)).toEqual({ name: 'NAME_TAKEN' })
    },
  )

  it('editing a range may keep (or re-case) its own name, but not take another’s', () => {
    expect(validateCustomRange({ ...valid, name: 'last month' }, existing, 'r1')).toEqual({})
    expect(validateCustomRange({ ...valid, name: 'Fortnight' }, existing, 'r1')).toEqual({
      name: 'NAME_TAKEN',
    })
  })

  it.each([
    { start: -15, end: 0, errors: { start: 'START_OUT_OF_BOUNDS' } },
    { start: 15, end: 14, errors: { start: 'START_OUT_OF_BOUNDS' } },
    { start: 0, end: 15, errors: { end: 'END_OUT_OF_BOUNDS' } },
    { start: -14, end: -15, errors: { end: 'END_OUT_OF_BOUNDS' } },
    { start: -20, end: 20, errors: { start: 'START_OUT_OF_BOUNDS', end: 'END_OUT_OF_BOUNDS' } },
    { start: 0.5, end: 2, errors: { start: 'START_OUT_OF_BOUNDS' } },
    { start: 0, end: 2.5, errors: { end: 'END_OUT_OF_BOUNDS' } },
    { start: Number.NaN, end: 2, errors: { start: 'START_OUT_OF_BOUNDS' } },
    { start: 0, end: Number.POSITIVE_INFINITY, errors: { end: 'END_OUT_OF_BOUNDS' } },
    { start: 3, end: 1, errors: { end: 'END_BEFORE_START' } },
    { start: 14, end: -14, errors: { end: 'END_BEFORE_START' } },
  ])('start $start, end $end → $errors', ({ start, end, errors }) => {
    expect(validateCustomRange({ name: 'Range', start, end }, existing)).toEqual(errors)
  })

  it('reports name and offset errors together', () => {
    expect(validateCustomRange({ name: '', start: 5, end: 1 }, existing)).toEqual({
      name: 'NAME_REQUIRED',
      end: 'END_BEFORE_START',
    })
  })

  it('property: no errors exactly when the name is free and −14 ≤ start ≤ end ≤ 14 are integers', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 45 }),
        fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: false })),
        fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: false })),
        (name, start, end) => {
          const errors = validateCustomRange({ name, start, end }, existing)
          const trimmed = name.trim()
          const nameOk =
            trimmed !== '' &&
            trimmed.length <= 40 &&
            !existing.some((r) => r.name.toLowerCase() === trimmed.toLowerCase())
          const ok = (n: number) => Number.isInteger(n) && Math.abs(n) <= 14
          const expectedValid = nameOk && ok(start) && ok(end) && start <= end
          expect(Object.keys(errors).length === 0).toBe(expectedValid)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
