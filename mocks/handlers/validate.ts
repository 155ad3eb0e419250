import { z } from 'zod'
import { isValidTimeZone } from '@/domain/zonedTime'
import { badRequest } from './respond'

/** Request validation at the simulator's edge: the first problem, named, as a 400 (40001). */
export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue?.path.join('.') || 'body'
  throw badRequest(`Invalid ${field}: ${issue?.message ?? 'invalid value'}`, {
    field,
    reason: issue?.message ?? 'invalid value',
  })
}

export const isoInstant = z.iso.datetime({ offset: true }).transform((value) => Date.parse(value))

export const timeZone = z
  .string()
  .max(64)
  .refine(isValidTimeZone, { message: 'not a known IANA time zone' })

/** Query strings arrive as text; these read them as the contract's types. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max)
export const queryBool = z.enum(['true', 'false']).transform((v) => v === 'true')

export function queryObject(url: URL, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of new Set(url.searchParams.keys())) {
    out[key] = arrays.includes(key) ? url.searchParams.getAll(key) : url.searchParams.get(key)
  }
  return out
}
