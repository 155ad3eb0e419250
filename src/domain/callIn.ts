import type { CallInGroupSettings, DnisEntry } from './callInGroup'
import { phoneDigits } from './phoneDigits'

/**
 * Click-To-Call-In requests (product.md §4, the Administrator's Guide): an app asks for a number to
 * call, the tenant hands out a DNIS of the group's pool (and an access code when the group uses
 * them), and the request waits for a caller until it expires. A caller who dials that DNIS, enters
 * the code and calls from the expected number completes it. The rules here depend only on the
 * request and the call; the simulator keeps the records and the clock.
 */
export const CALL_IN_STATES = ['CREATED', 'COMPLETED', 'EXPIRED'] as const
export type CallInState = (typeof CALL_IN_STATES)[number]

/**
 * What a request reads of its group: the group itself (src/domain/callInGroup.ts owns names,
 * pools and settings, and their checks); names and versions are the group editor's business.
 */
export type CallInGroupPolicy = CallInGroupSettings & {
  name: string
  dnis: ReadonlyArray<Pick<DnisEntry, 'number'>>
}

/** A request as far as matching a call to it goes. */
export interface PendingCallIn {
  id: string
  state: CallInState
  dnis: string
  /** Digits the caller must enter, when the group generates codes. */
  accessCode?: string | undefined
  /** The number the app said the consumer would call from, when it said one. */
  fromPhoneNumber?: string | undefined
  createdAt: string
  expiresAt: string
}

/** A call reaching the tenant: the number dialled, the caller's number, the digits entered. */
export interface IncomingCall {
  dnis: string
  /** The caller's number (E.164); absent when the caller ID is withheld. */
  ani?: string | undefined
  accessCode?: string | undefined
}

export type Random = () => number

/**
 * A new access code of `length` digits. The first digit is never 0: the official client reads
 * `accessCode` as a Number, which would silently drop a leading zero (012345 → 12345) and leave the
 * app showing a code the caller cannot enter. So every code has exactly `length` significant
 * digits, survives the number conversion whole, and is sent as a JSON number (at most 12 digits,
 * well inside the 2^53 an IEEE double holds exactly).
 */
export function newAccessCode(random: Random, length: number): string {
  let code = String(1 + Math.floor(random() * 9))
  while (code.length < length) code += String(Math.floor(random() * 10))
  return code
}

/** A code of the same length that is certainly wrong: what a consumer who mistypes enters. */
export function mistypedCode(code: string, random: Random): string {
  const at = Math.floor(random() * code.length)
  const digit = Number(code[at])
  // Another digit (a shift of 1 to 9), and a leading digit stays non-zero.
  let replaced = (digit + 1 + Math.floor(random() * 9)) % 10
  if (at === 0 && replaced === 0) replaced = digit === 1 ? 2 : 1
  return code.slice(0, at) + String(replaced) + code.slice(at + 1)
}

/** Access codes are digits only; what a keypad sends, or what an app sends as a number. */
export const ACCESS_CODE_PATTERN = /^\d{1,12}$/

/** The code with all but its last two digits hidden, for lists: "••••42". */
export function maskAccessCode(code: string): string {
  const shown = code.length > 4 ? 2 : 1
  return '•'.repeat(code.length - shown) + code.slice(-shown)
}

/** Two ways of writing one number (with or without +, spaces) are the same DNIS or ANI. */
export function sameNumber(a: string, b: string): boolean {
  const digits = phoneDigits(a)
  return digits !== '' && digits === phoneDigits(b)
}

/**
 * The DNIS for a new request, or null when a unique-DNIS group has every number in use. A number
 * is drawn at random from those allowed, which spreads the callers of a non-unique group over its
 * whole pool (and in the simulator keeps a replay deterministic, `random` being seeded).
 */
export function chooseDnis(
  group: CallInGroupPolicy,
  inUse: (dnis: string) => boolean,
  random: Random,
): string | null {
  const pool = group.uniqueDnis ? group.dnis.filter((d) => !inUse(d.number)) : group.dnis
  if (pool.length === 0) return null
  return pool[Math.floor(random() * pool.length)]?.number ?? null
}

export type DialOutcome =
  | 'COMPLETED'
  /** No request waits on the number dialled (none made, or all completed or expired). */
  | 'NO_PENDING_REQUEST'
  /** A request waits on it and needs a code, and none was entered. */
  | 'ACCESS_CODE_REQUIRED'
  | 'WRONG_ACCESS_CODE'
  /** The code fits a request that expects a call from another number. */
  | 'ANI_MISMATCH'

export interface DialResult {
  outcome: DialOutcome
  /** The request the call completed. */
  match?: PendingCallIn | undefined
}

const isWaiting = (request: PendingCallIn, at: number) =>
  request.state === 'CREATED' && Date.parse(request.expiresAt) > at

/**
 * Match a call to the requests waiting on the number dialled (Click-to-Call-In Match): the DNIS,
 * then the access code when the request has one, then the caller's number when the app gave one.
 * When several requests share a DNIS (a non-unique group), the oldest that matches is completed.
 * A failed match says the most specific reason, which is what a developer trying a flow needs.
 */
export function matchCall(
  waiting: Iterable<PendingCallIn>,
  call: IncomingCall,
  at: number,
): DialResult {
  const candidates = [...waiting]
    .filter((r) => isWaiting(r, at) && sameNumber(r.dnis, call.dnis))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  if (candidates.length === 0) return { outcome: 'NO_PENDING_REQUEST' }
  let codeMatched = false
  let codeMissing = false
  for (const request of candidates) {
    if (request.accessCode !== undefined) {
      if (!call.accessCode) {
        codeMissing = true
        continue
      }
      if (call.accessCode !== request.accessCode) continue
    }
    codeMatched = true
    if (
      request.fromPhoneNumber !== undefined &&
      (!call.ani || !sameNumber(request.fromPhoneNumber, call.ani))
    )
      continue
    return { outcome: 'COMPLETED', match: request }
  }
  if (codeMatched) return { outcome: 'ANI_MISMATCH' }
  return { outcome: codeMissing && !call.accessCode ? 'ACCESS_CODE_REQUIRED' : 'WRONG_ACCESS_CODE' }
}

/** How the simulated consumers behave; the simulator draws each decision from a seeded generator. */
export const CONSUMER = {
  /** Share of requests whose consumer calls at all (the others let the request expire). */
  calls: 0.8,
  /** Share of calls where the code is mistyped. */
  mistypes: 0.12,
  /** Share of consumers who try again after a failed call, if time is left. */
  retries: 0.6,
  /** Share of calls made from another phone than the one the app named. */
  otherPhone: 0.03,
  /** The earliest a consumer can dial after the app showed the number. */
  minDelayMs: 3_000,
} as const

export interface PlannedCall {
  at: number
  call: IncomingCall
}

/**
 * The consumer's next call for a request, or null when they do not call (again). `attempt` counts
 * from 0; a consumer calls at a random moment of the time left before expiry, at least a few
 * seconds after `from`. `callerAni` is the consumer's phone, `otherAni` another one of theirs.
 */
export function plannedCall(
  request: PendingCallIn,
  attempt: number,
  from: number,
  random: Random,
  callerAni: string,
  otherAni: string,
): PlannedCall | null {
  if (random() >= (attempt === 0 ? CONSUMER.calls : CONSUMER.retries)) return null
  const expires = Date.parse(request.expiresAt)
  const at = Math.round(
    from + CONSUMER.minDelayMs + random() * Math.max(0, expires - from - CONSUMER.minDelayMs),
  )
  if (at >= expires) return null
  const ani =
    request.fromPhoneNumber !== undefined && random() < CONSUMER.otherPhone ? otherAni : callerAni
  const code =
    request.accessCode === undefined
      ? undefined
      : random() < CONSUMER.mistypes
        ? mistypedCode(request.accessCode, random)
        : request.accessCode
  return { at, call: { dnis: request.dnis, ani, ...(code ? { accessCode: code } : {}) } }
}
