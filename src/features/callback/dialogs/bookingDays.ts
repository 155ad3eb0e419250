import { addDays, localDayBounds, wallClock } from '@/domain/zonedTime'

/** Scheduled callbacks are booked from today up to this many days ahead (records live 14 days). */
export const BOOKING_DAYS_AHEAD = 14

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** First and last bookable dates (YYYY-MM-DD) for someone reading dates in `timeZone`. */
export function bookableDates(now: number, timeZone: string): { min: string; max: string } {
  const today = wallClock(now, timeZone).date
  return { min: today, max: addDays(today, BOOKING_DAYS_AHEAD) }
}

export function isBookableDate(date: string, bounds: { min: string; max: string }): boolean {
  // ISO dates compare correctly as strings.
  return ISO_DATE.test(date) && date >= bounds.min && date <= bounds.max
}

/** The local day as UTC instants, for the availability query: a 23, 24 or 25-hour span. */
export function dayWindow(date: string, timeZone: string): { start: string; end: string } {
  const { start, end } = localDayBounds(date, timeZone)
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() }
}

/** The local date of an instant, when it is bookable; else the first bookable date. */
export function bookableDateOf(
  instant: string,
  timeZone: string,
  bounds: { min: string; max: string },
): string {
  const date = wallClock(Date.parse(instant), timeZone).date
  return isBookableDate(date, bounds) ? date : bounds.min
}
