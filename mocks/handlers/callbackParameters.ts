import { z } from 'zod'
import type { CallbackParameters } from '../store/types'

/**
 * The engagement create's optional fields that the callback keeps (CallbackParameters in the
 * contract): reporting fields, routing overrides, user data and push targets. Each is bounded, and
 * hostile input is refused naming the field; what the official client sends by default is accepted.
 */

/** Bounded text (control characters are refused for every field by jsonBody, respond.ts). */
const text = (max: number) =>
  z.string({ error: 'must be text' }).max(max, `must be at most ${max} characters`)

/**
 * `cbOfferType` is for reporting only (the official client's documentation), and the client's own
 * default is a sentence ("ASAP if the request does not include the desiredTime parameter and …"),
 * so any text is recorded as sent; only its size is bounded.
 */
const offerType = text(256)

const language = z
  .string({ error: 'must be text' })
  .max(35, 'must be at most 35 characters')
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a language code such as en-US')

const USER_DATA_KEYS = 100
const USER_DATA_KEY_LENGTH = 128
const USER_DATA_TEXT = 4096
const USER_DATA_BYTES = 16_384

/** Words that cannot name a JavaScript variable, although they look like identifiers. */
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export ' +
    'extends false finally for function if implements import in instanceof interface let new ' +
    'null package private protected public return static super switch this throw true try ' +
    'typeof var void while with yield'
  ).split(' '),
)
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u

/**
 * Keys the official client documents as accepted: valid JavaScript variable names. Others are
 * ignored, not refused. `__proto__` is a valid name but would change the stored object's prototype
 * instead of adding an entry, so it is ignored too.
 */
export function isUserDataKey(key: string): boolean {
  return IDENTIFIER.test(key) && !RESERVED.has(key) && key !== '__proto__'
}

/** Why a user-data value cannot be kept, or null: text, finite numbers and true/false only. */
function valueProblem(value: unknown): string | null {
  if (typeof value === 'string')
    return value.length > USER_DATA_TEXT
      ? `text values must be at most ${USER_DATA_TEXT} characters`
      : null
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'numbers must be finite'
  if (typeof value === 'boolean') return null
  return 'values must be text, numbers or true/false'
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** User data as stored: the entries with accepted keys, each value checked, the whole bounded. */
export const userData = z.unknown().transform((raw, ctx) => {
  const fail = (message: string, path: string[] = []) => {
    ctx.issues.push({ code: 'custom', input: raw, path, message })
    return z.NEVER
  }
  if (!isPlainObject(raw)) return fail('must be an object of keys and values')
  const out: Record<string, string | number | boolean> = {}
  let kept = 0
  for (const [key, value] of Object.entries(raw)) {
    if (!isUserDataKey(key)) continue
    if (++kept > USER_DATA_KEYS) return fail(`at most ${USER_DATA_KEYS} keys are kept`)
    // The key itself is not named: it may be the very thing that is too long.
    if (key.length > USER_DATA_KEY_LENGTH)
      return fail(`keys must be at most ${USER_DATA_KEY_LENGTH} characters`)
    const problem = valueProblem(value)
    if (problem) return fail(problem, [key])
    out[key] = value as string | number | boolean
  }
  if (JSON.stringify(out).length > USER_DATA_BYTES)
    return fail(`must be at most ${USER_DATA_BYTES / 1024} KB as JSON`)
  return out
})

const pushTarget = z.object({
  channel: z.literal('FCM', { error: 'the only push channel is FCM' }),
  target: text(4096).min(1, 'must not be empty'),
})

/** The fields as the create request may carry them; absent and empty ones are not kept. */
export const parameterFields = {
  cbOfferType: offerType.optional(),
  language: language.optional(),
  priority: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(2_147_483_647, 'must be at most 2147483647')
    .optional(),
  offerThreshold: z
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 or more')
    .max(604_800, 'must be at most 604800 seconds (a week)')
    .optional(),
  routePoint: text(128).optional(),
  inboundVQ: text(128).optional(),
  channel: text(64).optional(),
  offerTiming: text(32).optional(),
  cbOriginationIxnId: text(128).optional(),
  surveyRP: text(128).optional(),
  userData: userData.optional(),
  pushTargets: z.array(pushTarget).max(10, 'at most 10 push targets').optional(),
}

type Fields = { [K in keyof typeof parameterFields]: z.output<(typeof parameterFields)[K]> }

/** What the callback stores: only the fields that carry something, in the contract's order. */
export function parametersOf(input: Partial<Fields>): CallbackParameters | undefined {
  const out: CallbackParameters = {}
  for (const key of Object.keys(parameterFields) as Array<keyof Fields>) {
    const value = input[key]
    if (value === undefined || value === '') continue
    if (typeof value === 'object' && Object.keys(value).length === 0) continue
    ;(out as Record<string, unknown>)[key] = value
  }
  return Object.keys(out).length > 0 ? out : undefined
}
