import { addDays, wallClock, zonedInstant } from './zonedTime'

/**
 * Date ranges of the Callback list: whole local days as offsets from today, so "Last 7 Days" always
 * means the same thing to the viewer whatever the hour. Records live 14 days either side of now.
 */
export const MAX_RANGE_OFFSET = 14

export interface DayRange {
  /** Offset of the first day from today (−14…14). */
  start: number
  /** Offset of the last day from today, inclusive (−14…14, ≥ start). */
  end: number
}

export const PREDEFINED_RANGES = {
  today: { start: 0, end: 0 },
  yesterday: { start: -1, end: -1 },
  tomorrow: { start: 1, end: 1 },
  last7: { start: -7, end: 0 },
  last14: { start: -14, end: 0 },
  next7: { start: 0, end: 7 },
  next14: { start: 0, end: 14 },
  all: { start: -14, end: 14 },
} as const satisfies Record<string, DayRange>

export type PredefinedRangeId = keyof typeof PREDEFINED_RANGES
export const DEFAULT_RANGE: PredefinedRangeId = 'last14'

export function isPredefinedRange(id: string): id is PredefinedRangeId {
  return Object.hasOwn(PREDEFINED_RANGES, id)
}

/** The instants [from, to) covered by a day range for a viewer in `timeZone`. */
export function resolveDayRange(
  range: DayRange,
  now: number,
  timeZone: string,
): { from: number; to: number } {
  const today = wallClock(now, timeZone).date
  return {
    from: zonedInstant(addDays(today, range.start), 0, timeZone),
    to: zonedInstant(addDays(today, range.end + 1), 0, timeZone),
  }
}

export interface CustomRange extends DayRange {
  id: string
  name: string
}

export const MAX_RANGE_NAME = 40

export type CustomRangeError =
  | 'NAME_REQUIRED'
  | 'NAME_TOO_LONG'
  | 'NAME_TAKEN'
  | 'START_OUT_OF_BOUNDS'
  | 'END_OUT_OF_BOUNDS'
  | 'END_BEFORE_START'

export function validateCustomRange(
  candidate: { name: string; start: number; end: number },
  existing: readonly CustomRange[],
  ignoreId?: string,
): Partial<Record<'name' | 'start' | 'end', CustomRangeError>> {
  const errors: Partial<Record<'name' | 'start' | 'end', CustomRangeError>> = {}
  const name = candidate.name.trim()
  if (name === '') errors.name = 'NAME_REQUIRED'
  else if (name.length > MAX_RANGE_NAME) errors.name = 'NAME_TOO_LONG'
  else if (existing.some((r) => r.id !== ignoreId && r.name.toLowerCase() === name.toLowerCase()))
    errors.name = 'NAME_TAKEN'
  const inBounds = (n: number) =>
    Number.isInteger(n) && n >= -MAX_RANGE_OFFSET && n <= MAX_RANGE_OFFSET
  if (!inBounds(candidate.start)) errors.start = 'START_OUT_OF_BOUNDS'
  if (!inBounds(candidate.end)) errors.end = 'END_OUT_OF_BOUNDS'
  else if (inBounds(candidate.start) && candidate.end < candidate.start)
    errors.end = 'END_BEFORE_START'
  return errors
}
