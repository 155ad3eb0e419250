import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  KEY_CHECK_LIMIT,
  KEY_CHECK_WINDOW_MS,
  keyCheckThrottle,
  MAX_API_KEY,
  parseApiKeyInput,
} from './apiKey'

describe('parseApiKeyInput', () => {
  it.each([
    ['', { ok: false, error: 'empty' }],
    [' \n\t', { ok: false, error: 'empty' }],
    ['demo-key-123', { ok: true, key: 'demo-key-123' }],
    ['  demo-key-123\n', { ok: true, key: 'demo-key-123' }],
    ['k'.repeat(MAX_API_KEY), { ok: true, key: 'k'.repeat(MAX_API_KEY) }],
    ['k'.repeat(MAX_API_KEY + 1), { ok: false, error: 'tooLong' }],
    ['two words', { ok: false, error: 'format' }],
    ['clé', { ok: false, error: 'format' }],
    // A key of visible characters is read as one (and simply matches no key of the tenant).
    ['<script>alert(1)</script>', { ok: true, key: '<script>alert(1)</script>' }],
    ['<script> x', { ok: false, error: 'format' }],
  ])('%j → %j', (input, expected) => {
    expect(parseApiKeyInput(input)).toEqual(expected)
  })

  it('reads a 1 MB paste without trouble', () => {
    expect(parseApiKeyInput('k'.repeat(1024 * 1024))).toEqual({ ok: false, error: 'tooLong' })
  })
})

const MIN = 60_000
const NOW = 1_000 * MIN

describe('keyCheckThrottle', () => {
  it.each([
    { name: 'no invalid check yet', at: [], allowed: true },
    { name: 'four recent ones', at: [1, 2, 3, 4].map((m) => NOW - m * MIN), allowed: true },
    {
      name: 'five recent ones: refused until the oldest is 15 minutes old',
      at: [1, 2, 3, 4, 10].map((m) => NOW - m * MIN),
      allowed: false,
      retryAfterMs: 5 * MIN,
    },
    {
      name: 'five, the oldest just outside the window',
      at: [1, 2, 3, 4, 15].map((m) => NOW - m * MIN),
      allowed: true,
    },
    {
      name: 'seven recent ones: the fifth newest decides',
      at: [1, 2, 3, 4, 6, 8, 14].map((m) => NOW - m * MIN),
      allowed: false,
      retryAfterMs: 9 * MIN,
    },
  ])('$name', ({ at, allowed, retryAfterMs }) => {
    const verdict = keyCheckThrottle(at, NOW)
    expect(verdict.allowed).toBe(allowed)
    if (!verdict.allowed) expect(verdict.retryAfterMs).toBe(retryAfterMs)
  })

  it('forgets checks older than the window', () => {
    expect(keyCheckThrottle([NOW - 20 * MIN, NOW - MIN], NOW).recent).toEqual([NOW - MIN])
  })

  it('never lets more than the limit through in any window, and always releases within it', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(KEY_CHECK_WINDOW_MS * 3), { maxLength: 40 }), (gaps) => {
        let now = 0
        let checks: number[] = []
        const accepted: number[] = []
        for (const gap of gaps) {
          now += gap
          const verdict = keyCheckThrottle(checks, now)
          if (verdict.allowed) {
            accepted.push(now)
            checks = [...verdict.recent, now]
          } else {
            expect(verdict.retryAfterMs).toBeGreaterThan(0)
            expect(verdict.retryAfterMs).toBeLessThanOrEqual(KEY_CHECK_WINDOW_MS)
            expect(keyCheckThrottle(checks, now + verdict.retryAfterMs).allowed).toBe(true)
          }
        }
        for (const start of accepted) {
          const inWindow = accepted.filter((t) => t >= start && t < start + KEY_CHECK_WINDOW_MS)
          expect(inWindow.length).toBeLessThanOrEqual(KEY_CHECK_LIMIT)
        }
      }),
    )
  })
})
