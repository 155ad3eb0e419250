import { addDays, parseClock, wallClock, zonedInstant } from './zonedTime'

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

type Edge = { at: number; kind: 'open' | 'close' }

/** Opening and closing instants from the local day of `from` onwards, in time order. */
function* edges(hours: BusinessHours, from: number): Generator<Edge> {
  const start = wallClock(from, hours.timeZone)
  for (let day = 0; day < SEARCH_DAYS; day++) {
    const date = addDays(start.date, day)
    const weekday = (start.weekday + day) % 7
    const list = intervalsOn(hours, date, weekday).sort((a, b) => a[0] - b[0])
    for (const [open, close] of list) {
      yield { at: zonedInstant(date, open, hours.timeZone), kind: 'open' }
      yield { at: zonedInstant(date, close, hours.timeZone), kind: 'close' }
    }
  }
}

/** The next instant after `from` at which a closed business opens, or null if none within two weeks. */
export function nextOpening(hours: BusinessHours, from: number): number | null {
  if (hours.alwaysOpen) return isOpenAt(hours, from) ? from : null
  for (const edge of edges(hours, from)) {
    if (edge.kind === 'open' && edge.at > from && !isOpenAt(hours, edge.at - 1)) return edge.at
  }
  return null
}

/**
 * When an open business next closes: the first closing edge after `from` that is not immediately
 * followed by another opening (23:00–24:00 then 00:00–06:00 is one stretch). null when it never closes
 * within the search horizon (24-hour service).
 */
export function nextClosing(hours: BusinessHours, from: number): number | null {
  if (hours.alwaysOpen) return null
  for (const edge of edges(hours, from)) {
    if (edge.kind === 'close' && edge.at > from && !isOpenAt(hours, edge.at)) return edge.at
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
