import { fromZonedTime, getTimezoneOffset } from 'date-fns-tz'

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

/** Offset of the zone from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(timeZone: string, instant: number): number {
  const offset = getTimezoneOffset(timeZone, instant)
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`)
  return offset
}

export function wallClock(instant: number, timeZone: string): WallClock {
  const shifted = new Date(instant + zoneOffset(timeZone, instant))
  return {
    date: shifted.toISOString().slice(0, 10),
    weekday: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  }
}

/** "HH:MM" → minutes since midnight; "24:00" is the end of the day. */
export function parseClock(value: string): number {
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
 * The instant at which the zone's wall clock shows `date` + `minutes`. A wall time skipped by a DST
 * change resolves to the instant after the gap, as clocks do.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const day = minutes >= 24 * 60 ? addDays(date, 1) : date
  const clock = formatClock(minutes % (24 * 60))
  return fromZonedTime(`${day}T${clock}:00`, timeZone).getTime()
}

/** Local midnight of the day containing `instant`, and of the next day: a 23, 24 or 25-hour span. */
export function localDayBounds(date: string, timeZone: string): { start: number; end: number } {
  return { start: zonedInstant(date, 0, timeZone), end: zonedInstant(addDays(date, 1), 0, timeZone) }
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-21T09:30:00.000-05:00. */
export function toOffsetIso(instant: number, timeZone: string): string {
  const offset = zoneOffset(timeZone, instant)
  const local = new Date(instant + offset).toISOString().slice(0, 23)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset) / MINUTE
  return `${local}${sign}${formatClock(abs).slice(0, 5)}`
}
