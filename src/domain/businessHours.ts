import { addDays, DAY_MS, localDayBounds, parseClock, wallClock, zoneOffset } from './zonedTime'

/** Opening hours of a queue, evaluated in its own time zone. */
export interface OpenInterval {
  /** "HH:MM" local */
  open: string
  /** "HH:MM" local, "24:00" for midnight at the end of the day */
  close: string
}

export interface BusinessHours {
  timeZone: string
  /** Open around the clock, every day (the "24 hour service" of the Queues page). */
  alwaysOpen?: boolean
  /** Index 0 = Sunday … 6 = Saturday; a missing or empty day is closed. */
  weekly: OpenInterval[][]
  /** Local dates (YYYY-MM-DD) on which the business is closed all day. */
  closedDates?: string[]
}

/** How far ahead we look for the next opening or closing (a closed week plus a holiday). */
const SEARCH_DAYS = 15

function intervalsOn(hours: BusinessHours, date: string, weekday: number): Array<[number, number]> {
  if (hours.closedDates?.includes(date)) return []
  return (hours.weekly[weekday] ?? []).map(({ open, close }) => [
    parseClock(open),
    parseClock(close),
  ])
}

export function isOpenAt(hours: BusinessHours, instant: number): boolean {
  if (hours.alwaysOpen) return true
  const { date, weekday, minutes } = wallClock(instant, hours.timeZone)
  return intervalsOn(hours, date, weekday).some(
    ([open, close]) => open <= minutes && minutes < close,
  )
}

const MINUTE = 60_000
const QUARTER_HOUR = 15 * MINUTE

/**
 * Every instant from the local day of `from` onwards at which the business may open or close, in time
 * order; nextOpening and nextClosing keep those where isOpenAt actually changes. isOpenAt reads the
 * wall clock, so it changes where the clock reaches an opening or closing time and where a DST change
 * makes the clock jump. Each wall time can be reached twice on a fall-back day, and the jump itself can
 * open or close (clocks going from 02:00 back to 01:00 reopen an office open 01:00–01:30; clocks
 * going from 02:00 to 03:00 open an office that opens at 02:30 at 03:00).
 *
 * (Before, only the first occurrence of each opening and closing time was an edge: on a spring-forward
 * night an office opening at 02:30 was "closed until next week" although open from 03:00, and one
 * closing at 02:30 was given a closing time half an hour late; on a fall-back night an office open
 * 01:00–01:30 missed its second opening and closing.)
 */
function edges(hours: BusinessHours, from: number): number[] {
  const { timeZone } = hours
  const start = wallClock(from, timeZone)
  const instants: number[] = []
  for (let day = 0; day < SEARCH_DAYS; day++) {
    const date = addDays(start.date, day)
    const weekday = (start.weekday + day) % 7
    const midnight = Date.parse(`${date}T00:00:00Z`)
    for (const [open, close] of intervalsOn(hours, date, weekday)) {
      for (const minutes of [open, close]) {
        // The wall time read with the offsets in force a day either side: on a fall-back day its
        // two occurrences, otherwise the same instant twice or one that isOpenAt then refuses.
        const wall = midnight + minutes * MINUTE
        instants.push(
          wall - zoneOffset(timeZone, wall - DAY_MS),
          wall - zoneOffset(timeZone, wall + DAY_MS),
        )
      }
    }
    const jump = offsetChange(timeZone, localDayBounds(date, timeZone))
    if (jump !== null) instants.push(jump)
  }
  return instants.sort((a, b) => a - b)
}

/** The instant the zone's offset changes within a local day (or at its very start), if it does. */
function offsetChange(timeZone: string, day: { start: number; end: number }): number | null {
  // Offsets change on UTC quarter hours (see zoneOffset): search those.
  let lo = Math.floor((day.start - 1) / QUARTER_HOUR)
  let hi = Math.floor((day.end - 1) / QUARTER_HOUR)
  const before = zoneOffset(timeZone, lo * QUARTER_HOUR)
  if (zoneOffset(timeZone, hi * QUARTER_HOUR) === before) return null
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (zoneOffset(timeZone, mid * QUARTER_HOUR) === before) lo = mid
    else hi = mid
  }
  return hi * QUARTER_HOUR
}

/** The next instant after `from` at which a closed business opens, or null if none within two weeks. */
export function nextOpening(hours: BusinessHours, from: number): number | null {
  if (hours.alwaysOpen) return isOpenAt(hours, from) ? from : null
  for (const at of edges(hours, from)) {
    if (at > from && isOpenAt(hours, at) && !isOpenAt(hours, at - 1)) return at
  }
  return null
}

/**
 * When an open business next closes: the first instant after `from` at which it goes from open to
 * closed (23:00–24:00 then 00:00–06:00 is one stretch). null when it never closes within the search
 * horizon (24-hour service).
 */
export function nextClosing(hours: BusinessHours, from: number): number | null {
  if (hours.alwaysOpen) return null
  for (const at of edges(hours, from)) {
    if (at > from && !isOpenAt(hours, at) && isOpenAt(hours, at - 1)) return at
  }
  return null
}

export type OpenStatus =
  | { kind: 'always' }
  | { kind: 'open'; closesAt: number | null }
  | { kind: 'closed'; opensAt: number | null }

/** What the Queues page says: open 24 hours, open until …, or closed until …. */
export function openStatus(hours: BusinessHours, now: number): OpenStatus {
  if (hours.alwaysOpen) return { kind: 'always' }
  if (isOpenAt(hours, now)) return { kind: 'open', closesAt: nextClosing(hours, now) }
  return { kind: 'closed', opensAt: nextOpening(hours, now) }
}

/** Seconds until closing, 0 when closed (the engagement API's open-for). */
export function openForSeconds(hours: BusinessHours, now: number): number {
  const status = openStatus(hours, now)
  switch (status.kind) {
    case 'always':
      return SEARCH_DAYS * 24 * 3600
    case 'open':
      return status.closesAt === null
        ? SEARCH_DAYS * 24 * 3600
        : Math.floor((status.closesAt - now) / 1000)
    case 'closed':
      return 0
  }
}
