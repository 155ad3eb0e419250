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

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The zone's offset at an instant, read from Intl: the zone's wall clock at the instant, as if it were
 * UTC, minus the instant. (date-fns-tz's getTimezoneOffset, used here before, reads its date argument
 * as a wall time in the zone, not as an instant, so near every DST change it answered the offset of a
 * different moment: New York at 2026-03-08T03:00Z, still EST, came out as EDT, an hour wrong on every
 * wall clock, slot and day boundary computed from it for up to the size of the offset around each change.)
 */
function offsetAtInstant(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
    } catch {
      throw new RangeError(`Unknown time zone: ${timeZone}`)
    }
    offsetFormats.set(timeZone, format)
  }
  const field: Record<string, number> = {}
  let bc = false
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'era') bc = part.value.startsWith('B')
    else if (part.type !== 'literal') field[part.type] = Number(part.value)
  }
  const year = bc ? 1 - (field.year ?? 0) : (field.year ?? 0)
  const asUtc = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  asUtc.setUTCFullYear(year, (field.month ?? 1) - 1, field.day ?? 1)
  asUtc.setUTCHours((field.hour ?? 0) % 24, field.minute ?? 0, field.second ?? 0, 0)
  return asUtc.getTime() - (instant - (((instant % 1000) + 1000) % 1000))
}

/** Offset of the zone from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(timeZone: string, instant: number): number {
  let zone = offsetCache.get(timeZone)
  if (!zone) offsetCache.set(timeZone, (zone = new Map<number, number>()))
  const bucket = Math.floor(instant / QUARTER_HOUR)
  const cached = zone.get(bucket)
  if (cached !== undefined) return cached
  const offset = offsetAtInstant(timeZone, bucket * QUARTER_HOUR)
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
  // The instant is wall − offset for the offset in force either before or after any change near it
  // (offsets lie within ±14 h, and no zone changes its offset twice within a day either side).
  // Trying only the offset found at one guess, as this did before, settled on the later occurrence
  // of a repeated wall time in zones east of UTC (Sydney's 02:30 on 2026-04-05 came out AEST).
  const before = zoneOffset(timeZone, wall - DAY_MS)
  const after = zoneOffset(timeZone, wall + DAY_MS)
  if (before === after) return wall - before
  const early = wall - Math.max(before, after)
  const late = wall - Math.min(before, after)
  if (zoneOffset(timeZone, early) === wall - early) return early
  if (zoneOffset(timeZone, late) === wall - late) return late
  // No instant shows this wall time: it fell in the gap, and the clocks read it an offset-change later.
  return late
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
