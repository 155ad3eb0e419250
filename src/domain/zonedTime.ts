import { getTimezoneOffset } from 'date-fns-tz'

/**
 * Wall-clock arithmetic in an IANA zone that does not depend on the zone of the machine running it,
 * so business hours and slots come out the same for a viewer in any zone and across DST changes.
 */
export interface WallClock {
  /** YYYY-MM-DD in the zone */
  date: string
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
  /** minutes since local midnight */
  minutes: number
}

const MINUTE = 60_000
export const DAY_MS = 24 * 60 * MINUTE

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * Offsets are multiples of 15 minutes, so a zone's offset changes only on 15-minute UTC boundaries:
 * memoising per quarter hour is exact, and spares Intl (the cost of everything here) on hot paths
 * such as computing two weeks of slots or replaying a tenant's history.
 */
const QUARTER_HOUR = 15 * MINUTE
const offsetCache = new Map<string, Map<number, number>>()
const MAX_CACHED_PER_ZONE = 20_000

/** Offset of the zone from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(timeZone: string, instant: number): number {
  let zone = offsetCache.get(timeZone)
  if (!zone) offsetCache.set(timeZone, (zone = new Map()))
  const bucket = Math.floor(instant / QUARTER_HOUR)
  const cached = zone.get(bucket)
  if (cached !== undefined) return cached
  const offset = getTimezoneOffset(timeZone, bucket * QUARTER_HOUR)
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`)
  if (zone.size >= MAX_CACHED_PER_ZONE) zone.clear()
  zone.set(bucket, offset)
  return offset
}

const dayNames = new Map<number, string>()

/** YYYY-MM-DD of a day number since the epoch (memoised: it is asked for constantly). */
function dayName(day: number): string {
  let name = dayNames.get(day)
  if (name === undefined) {
    name = new Date(day * DAY_MS).toISOString().slice(0, 10)
    if (dayNames.size > 50_000) dayNames.clear()
    dayNames.set(day, name)
  }
  return name
}

export function wallClock(instant: number, timeZone: string): WallClock {
  const shifted = instant + zoneOffset(timeZone, instant)
  const day = Math.floor(shifted / DAY_MS)
  return {
    date: dayName(day),
    // 1 January 1970 was a Thursday.
    weekday: (((day + 4) % 7) + 7) % 7,
    minutes: Math.floor((shifted - day * DAY_MS) / MINUTE),
  }
}

const parsedClocks = new Map<string, number>()

/** "HH:MM" → minutes since midnight; "24:00" is the end of the day. */
export function parseClock(value: string): number {
  const cached = parsedClocks.get(value)
  if (cached !== undefined) return cached
  const minutes = readClock(value)
  if (parsedClocks.size < 10_000) parsedClocks.set(value, minutes)
  return minutes
}

function readClock(value: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value)
  if (!match) throw new RangeError(`Not a time of day: ${value}`)
  const minutes = Number(match[1]) * 60 + Number(match[2])
  if (minutes > 24 * 60) throw new RangeError(`Not a time of day: ${value}`)
  return minutes
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** The date after a YYYY-MM-DD date (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The instant at which the zone's wall clock shows `date` + `minutes`. A wall time repeated by a DST
 * change resolves to its first occurrence; one skipped by a DST change resolves to the instant after
 * the gap, as clocks do (02:30 on a spring-forward night is 03:30).
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE
  const first = wall - zoneOffset(timeZone, wall)
  const firstOffset = zoneOffset(timeZone, first)
  const second = wall - firstOffset
  if (second === first) return first
  const secondOffset = zoneOffset(timeZone, second)
  if (secondOffset === firstOffset) return second
  // No instant shows this wall time: it fell in the gap.
  return Math.max(first, second)
}

/** Local midnight of the day containing `instant`, and of the next day: a 23, 24 or 25-hour span. */
export function localDayBounds(date: string, timeZone: string): { start: number; end: number } {
  return {
    start: zonedInstant(date, 0, timeZone),
    end: zonedInstant(addDays(date, 1), 0, timeZone),
  }
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-21T09:30:00.000-05:00. */
export function toOffsetIso(instant: number, timeZone: string): string {
  const offset = zoneOffset(timeZone, instant)
  const local = new Date(instant + offset).toISOString().slice(0, 23)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset) / MINUTE
  return `${local}${sign}${formatClock(abs).slice(0, 5)}`
}
