import { RE2JS, RE2JSException } from 're2js'

/**
 * Blocked callback number patterns: regular expressions an administrator types, run by the page on
 * every Test Phone Number and by the backend before every booking.
 *
 * Why a linear-time engine (RE2, here its pure-JS port re2js) rather than JavaScript's RegExp in a
 * guarded worker: RegExp backtracks, so `^(a+)+$` or `(\d+)+$` against a 50-character input takes
 * longer than anyone waits. A worker with a timeout would stop the page freezing, but not the
 * simulator, which matches patterns inside request handlers, and a killed match has no answer —
 * a booking would be refused or let through on a timer. RE2 has no backtracking: a match costs time
 * proportional to the pattern's program times the input, so every pattern answers in microseconds
 * for a phone number, the same in the browser and in the backend, with a verdict every time. The
 * price is RE2's syntax: no lookaround and no backreferences, which such patterns do not need.
 *
 * What a pattern is matched against: the number in E.164 form, tried both with its leading "+"
 * and without it ("+19005550100" and "19005550100"), unanchored (a pattern matches anywhere
 * unless it says ^ or $). So `^\+1900` and `^1900` both block +1 900 numbers — administrators
 * write either, and for a blocklist a form that silently never matches would be the worst outcome.
 */
export const MAX_PATTERN_LENGTH = 256
export const MAX_PATTERNS = 100

export type PatternError =
  'EMPTY' | 'TOO_LONG' | 'SYNTAX' | 'MATCHES_EVERYTHING' | 'DUPLICATE' | 'TOO_MANY'

export type PatternCheck =
  | { ok: true; pattern: string }
  /** `detail` is the engine's own description of a syntax error (English, technical). */
  | { ok: false; error: PatternError; detail?: string }

const compiled = new Map<string, RE2JS | null>()
const CACHE_LIMIT = 500

/** The compiled pattern, or null when it is not valid RE2 syntax. Cached: patterns repeat a lot. */
function compile(pattern: string): RE2JS | null {
  const cached = compiled.get(pattern)
  if (cached !== undefined) return cached
  let result: RE2JS | null
  try {
    result = RE2JS.compile(pattern)
  } catch {
    result = null
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear()
  compiled.set(pattern, result)
  return result
}

function syntaxError(pattern: string): string | null {
  try {
    RE2JS.compile(pattern)
    return null
  } catch (error) {
    // Anything the parser throws (a syntax error, or a limit such as "expression too large") means
    // the pattern cannot be used; the engine's words say why.
    const message = error instanceof RE2JSException ? error.message : String(error)
    return message.replace(/^error parsing regexp: /, '')
  }
}

/**
 * Check a pattern as typed, before it joins a rule. The length is checked first, so a pattern of
 * 10,000 characters is refused without being parsed.
 */
export function checkPattern(input: string, existing: readonly string[] = []): PatternCheck {
  const pattern = input.trim()
  if (pattern === '') return { ok: false, error: 'EMPTY' }
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, error: 'TOO_LONG' }
  if (existing.includes(pattern)) return { ok: false, error: 'DUPLICATE' }
  if (existing.length >= MAX_PATTERNS) return { ok: false, error: 'TOO_MANY' }
  const problem = syntaxError(pattern)
  const engine = compile(pattern)
  if (problem !== null || engine === null)
    return { ok: false, error: 'SYNTAX', detail: problem ?? '' }
  // A pattern that matches the empty string matches inside every number (`x*`, a stray `|`):
  // almost always a slip, and it would block every callback of the queue.
  if (engine.test('')) return { ok: false, error: 'MATCHES_EVERYTHING' }
  return { ok: true, pattern }
}

/** Whether a pattern blocks an E.164 number ("+" and digits); a pattern that does not compile blocks nothing. */
export function patternBlocks(pattern: string, e164: string): boolean {
  const re = compile(pattern)
  if (!re) return false
  return re.test(e164) || re.test(e164.replace(/^\+/, ''))
}

/** The first pattern that blocks the number, in the rule's order. */
export function firstBlockingPattern(
  patterns: readonly string[],
  e164: string,
): string | undefined {
  return patterns.find((pattern) => patternBlocks(pattern, e164))
}
