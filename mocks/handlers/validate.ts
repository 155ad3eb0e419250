import { z } from 'zod'
import { isValidTimeZone, zonedInstant } from '@/domain/zonedTime'
import { badRequest, controlCharacterProblem, type Ctx } from './respond'

/**
 * Request validation at the simulator's edge: the first problem, named, as a 400 (40001). A body's
 * field is named as it is (`Invalid userData.note: …`); a query parameter as one (`Invalid query
 * parameter mode: …`), so a caller never has to guess which part of the request was wrong.
 */
export function parse<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: 'body' | 'query' = 'body',
): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const reason = issue?.message ?? 'invalid value'
  const path = issue?.path.join('.') ?? ''
  const field = path || where
  const subject = where === 'query' ? (path ? `query parameter ${path}` : 'query') : field
  throw badRequest(`Invalid ${subject}: ${reason}`, { field, reason })
}

/** Parse a request's query string; `arrays` are parameters that may be repeated. */
export function parseQuery<T>(schema: z.ZodType<T>, url: URL, arrays: readonly string[] = []): T {
  const query = queryObject(url, arrays)
  const problem = controlCharacterProblem(query)
  if (problem) {
    // A repeated parameter is named without the position of the bad value.
    const field = problem.field.replace(/\.\d+$/, '')
    const { reason, where } = problem
    throw badRequest(`Invalid query parameter ${field}: ${reason} (${where})`, { field, reason })
  }
  return parse(schema, query, 'query')
}

export const isoInstant = z.iso.datetime({ offset: true }).transform((value) => Date.parse(value))

export const timeZone = z
  .string()
  .max(64)
  .refine(isValidTimeZone, { message: 'not a known IANA time zone' })

/** Query strings arrive as text; these read them as the contract's types. */
export const queryInt = (min: number, max: number) =>
  z
    .string({ error: 'required' })
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min} or more`).max(max, `must be at most ${max}`))
export const queryBool = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((v) => v === 'true')

/** Epoch milliseconds as the official client sends them (startMS, endMS): years 1970 to 9999. */
export const queryEpochMs = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a whole number of milliseconds since 1970-01-01T00:00:00Z')
  .transform(Number)
  .pipe(z.number().max(253_402_300_799_999, 'must be before the year 10000'))

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/

/**
 * An instant given either with its offset (`…Z`, `…+01:00`) or, as the engagement API allows when
 * a `timezone` parameter is sent, as a wall time in that zone (`2026-11-19T09:00:00.000`). Parsed
 * later than the rest of the query, once the zone is known: `zone` is the query's timezone or UTC.
 */
export const instantText = z
  .string()
  .max(40)
  .refine((value) => isoInstant.safeParse(value).success || isWallTime(value), {
    message: 'must be an ISO 8601 date and time, such as 2026-11-19T09:00:00.000Z',
  })

/** A real calendar date and clock time (no 31 February, no 25:00). */
function isWallTime(value: string): boolean {
  const match = WALL_TIME.exec(value)
  if (!match) return false
  const [, date, hh, mm, ss = '00'] = match
  const clock = `${date}T${hh}:${mm}:${ss}`
  const utc = Date.parse(`${clock}Z`)
  return Number.isFinite(utc) && new Date(utc).toISOString().startsWith(clock)
}

export function instantIn(value: string, zone: string): number {
  const offset = isoInstant.safeParse(value)
  if (offset.success) return offset.data
  const [, date, hh = '', mm = '', ss = '0', ms = '0'] = WALL_TIME.exec(value) ?? []
  // instantText lets only an instant with an offset or a wall time through.
  if (date === undefined) throw new Error(`Neither an instant nor a wall time: ${value}`)
  const minutes = Number(hh) * 60 + Number(mm)
  return zonedInstant(date, minutes, zone) + Number(ss) * 1000 + Number(ms.padEnd(3, '0'))
}

export function queryObject(url: URL, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of new Set(url.searchParams.keys())) {
    out[key] = arrays.includes(key) ? url.searchParams.getAll(key) : url.searchParams.get(key)
  }
  return out
}

/** A `:name` of the endpoint's path: always there once the route matched. */
export function pathParam(ctx: Pick<Ctx, 'params'>, name: string): string {
  const value = ctx.params[name]
  if (value === undefined) throw new Error(`The route has no :${name}`)
  return value
}
