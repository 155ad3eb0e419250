import { locateJsonError, type JsonExpectation } from './capacityJson'
import {
  MAX_CAPACITY,
  WEEKDAYS,
  type CapacityDays,
  type CapacityStatement,
  type SlotLength,
  type Weekday,
} from './capacityRule'

/**
 * The capacity JSON statement of the Capacity page, e.g.
 * `{"days":{"sun":{"02:00":2},"tue":{"07:00":3,"06:00":4}},"duration":60}`: read (from a paste or a
 * request body) with the first problem named exactly, and written back. Used by the editor and by
 * the simulator, so both refuse the same input with the same reason. Never throws, whatever the
 * input; a text over MAX_STATEMENT_CHARS is refused before it is read.
 */
/** A full half-hourly week written out with spaces is about 8,000 characters: this is plenty. */
export const MAX_STATEMENT_CHARS = 100_000
const PREVIEW_CHARS = 24

export type CapacityProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; size: number; limit: number }
  | {
      code: 'badJson'
      position: number
      line: number
      column: number
      expected: JsonExpectation
      found: string
    }
  | { code: 'notObject' }
  | { code: 'missingDuration' }
  | { code: 'badDuration'; value: string }
  | { code: 'missingDays' }
  | { code: 'daysNotObject' }
  | { code: 'unknownDay'; day: string }
  | { code: 'dayNotObject'; day: Weekday }
  | { code: 'badTime'; day: Weekday; time: string }
  | { code: 'offGrid'; day: Weekday; time: string; duration: SlotLength }
  | { code: 'badValue'; day: Weekday; time: string; value: string; reason: ValueReason }

export type ValueReason = 'notNumber' | 'negative' | 'notInteger' | 'tooLarge'

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CapacityProblem }

/** Hostile input can hold a megabyte in a key: what an error message quotes is kept short. */
export function preview(value: string): string {
  return value.length > PREVIEW_CHARS ? `${value.slice(0, PREVIEW_CHARS)}…` : value
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return preview(JSON.stringify(value))
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  ) {
    return String(value)
  }
  return Array.isArray(value) ? 'a list' : 'an object'
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Why a cell value is refused, or null when it is a whole number from 0 to MAX_CAPACITY. */
export function valueProblem(value: unknown): ValueReason | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notNumber'
  if (value < 0) return 'negative'
  if (!Number.isInteger(value)) return 'notInteger'
  if (value > MAX_CAPACITY) return 'tooLarge'
  return null
}

/**
 * Check a parsed value against the statement's rules and return it normalised (days Sunday first,
 * times in order, zeros left out). Other top-level properties (a rule's name, ID or version, when a
 * whole rule is pasted) are ignored; anything unknown inside `days` is an error.
 */
export function validateCapacityStatement(value: unknown): Parsed<CapacityStatement> {
  if (!isRecord(value)) return { ok: false, problem: { code: 'notObject' } }
  if (!Object.hasOwn(value, 'duration')) return { ok: false, problem: { code: 'missingDuration' } }
  const duration = value.duration
  if (duration !== 60 && duration !== 30) {
    return { ok: false, problem: { code: 'badDuration', value: describeValue(duration) } }
  }
  if (!Object.hasOwn(value, 'days')) return { ok: false, problem: { code: 'missingDays' } }
  const days = value.days
  if (!isRecord(days)) return { ok: false, problem: { code: 'daysNotObject' } }
  for (const day of Object.keys(days)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      return { ok: false, problem: { code: 'unknownDay', day: preview(day) } }
    }
  }
  const result: CapacityDays = {}
  for (const day of WEEKDAYS) {
    if (!Object.hasOwn(days, day)) continue
    const times = days[day]
    if (!isRecord(times)) return { ok: false, problem: { code: 'dayNotObject', day } }
    const kept: Array<[string, number]> = []
    for (const [time, cell] of Object.entries(times)) {
      const match = TIME.exec(time)
      if (!match) return { ok: false, problem: { code: 'badTime', day, time: preview(time) } }
      const minutes = Number(match[2])
      if (minutes % duration !== 0) {
        return { ok: false, problem: { code: 'offGrid', day, time, duration } }
      }
      const reason = valueProblem(cell)
      if (reason) {
        return {
          ok: false,
          problem: { code: 'badValue', day, time, value: describeValue(cell), reason },
        }
      }
      if ((cell as number) > 0) kept.push([time, cell as number])
    }
    if (kept.length) {
      kept.sort(([a], [b]) => (a < b ? -1 : 1))
      result[day] = Object.fromEntries(kept)
    }
  }
  return { ok: true, value: { days: result, duration } }
}

/** Read a capacity statement from text (a paste, a file). */
export function parseCapacityStatement(text: string): Parsed<CapacityStatement> {
  if (text.length > MAX_STATEMENT_CHARS) {
    return {
      ok: false,
      problem: { code: 'tooLarge', size: text.length, limit: MAX_STATEMENT_CHARS },
    }
  }
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const located = locateJsonError(text)
    // JSON.parse and the scanner agree on what JSON is; should they ever not, point at the start.
    const error = located ?? { position: 0, line: 1, column: 1, expected: 'value', found: '' }
    return {
      ok: false,
      problem: { code: 'badJson', ...error, found: preview(error.found) },
    }
  }
  return validateCapacityStatement(value)
}

/** The statement as compact JSON, in the spec's layout: days Sunday first, then the duration. */
export function serializeCapacityStatement(statement: CapacityStatement): string {
  const days: CapacityDays = {}
  for (const day of WEEKDAYS) {
    const times = statement.days[day]
    if (!times) continue
    const kept = Object.entries(times)
      .filter(([, value]) => value > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    if (kept.length) days[day] = Object.fromEntries(kept)
  }
  return JSON.stringify({ days, duration: statement.duration })
}

const EXPECTED: Record<JsonExpectation, string> = {
  value: 'a value',
  key: 'a property name in double quotes',
  colon: '":"',
  commaOrBrace: '"," or "}"',
  commaOrBracket: '"," or "]"',
  end: 'the end of the text',
  closingQuote: 'a closing double quote',
  escape: 'a valid escape sequence',
  digit: 'a digit',
}

const REASONS: Record<ValueReason, string> = {
  notNumber: 'values must be numbers',
  negative: 'values cannot be negative',
  notInteger: 'values must be whole numbers',
  tooLarge: `values cannot exceed ${MAX_CAPACITY.toLocaleString('en')}`,
}

/** The problem in English, for the simulator's 400 answers (the UI translates the codes itself). */
export function describeCapacityProblem(problem: CapacityProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'The capacity statement is empty.'
    case 'tooLarge':
      return `The capacity statement is too long (${problem.size.toLocaleString('en')} characters; at most ${problem.limit.toLocaleString('en')}).`
    case 'badJson':
      return `Not valid JSON at line ${problem.line}, column ${problem.column} (position ${problem.position}): expected ${EXPECTED[problem.expected]}, found ${problem.found ? `"${problem.found}"` : 'the end of the text'}.`
    case 'notObject':
      return 'A capacity statement is a JSON object with "days" and "duration".'
    case 'missingDuration':
      return 'The "duration" is missing: give 60 (hourly) or 30 (half-hourly).'
    case 'badDuration':
      return `Duration ${problem.value} is not allowed: use 60 (hourly) or 30 (half-hourly).`
    case 'missingDays':
      return 'The "days" object is missing.'
    case 'daysNotObject':
      return '"days" must be an object of weekdays (sun, mon, tue, wed, thu, fri, sat).'
    case 'unknownDay':
      return `Unknown day "${problem.day}": use sun, mon, tue, wed, thu, fri or sat.`
    case 'dayNotObject':
      return `"${problem.day}" must be an object of times, e.g. {"08:00": 5}.`
    case 'badTime':
      return `"${problem.time}" on ${problem.day} is not a time of day (HH:MM, 00:00 to 23:30).`
    case 'offGrid':
      return problem.duration === 60
        ? `Time "${problem.time}" on ${problem.day} is not on the hour: an hourly rule uses times ending in :00.`
        : `Time "${problem.time}" on ${problem.day} is not on the half-hour grid: use times ending in :00 or :30.`
    case 'badValue':
      return `Value ${problem.value} at ${problem.day} ${problem.time} is not allowed: ${REASONS[problem.reason]}.`
  }
}
