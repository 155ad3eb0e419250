import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  captchaKeyProblem,
  keySetNameProblem,
  keySetProblems,
  thresholdProblem,
  TOKEN_LIFETIME_MS,
  verifyToken,
  type IssuedToken,
  type Verifier,
} from './captchaKeySet'

const SITE = '6LcQ3kEqAAAAAH1n2x8gK0dP5rT7uV9wY-bZ_cD4'
const SECRET = '6LcQ3kEqAAAAAJf0s8HkLm2Nq4Rt6Uv8Wx-Yz_A1'

describe('key set fields', () => {
  it.each([
    ['Website (V3)', null],
    ['', 'EMPTY'],
    ['  ', 'EMPTY'],
    ['x'.repeat(65), 'TOO_LONG'],
    ['<script>alert(1)</script>', 'CHARACTERS'],
    ['line\nbreak', 'CHARACTERS'],
  ])('name %j → %s', (name, expected) => {
    expect(keySetNameProblem(name)).toBe(expected)
  })

  it.each([
    [SITE, null],
    ['', 'EMPTY'],
    [SITE.slice(1), 'LENGTH'],
    [`${SITE.slice(1)}+`, 'CHARACTERS'],
    ['<script>alert(1)</script>xxxxxxxxxxxxxxx', 'CHARACTERS'],
  ])('key %j → %s', (key, expected) => {
    expect(captchaKeyProblem(key)).toBe(expected)
  })

  it.each([
    [0, null],
    [50, null],
    [100, null],
    [-1, 'RANGE'],
    [101, 'RANGE'],
    [33.5, 'RANGE'],
    [Number.NaN, 'RANGE'],
  ])('threshold %d → %s', (value, expected) => {
    expect(thresholdProblem(value)).toBe(expected)
  })

  it('needs a secret to create, not to update; a threshold only for V3', () => {
    const input = {
      type: 'V2VISIBLE' as const,
      name: 'Site',
      siteKey: SITE,
      secretKey: '',
      threshold: 500,
    }
    expect(keySetProblems(input, true)).toEqual([{ field: 'secretKey', error: 'EMPTY' }])
    expect(keySetProblems(input, false)).toEqual([])
    expect(keySetProblems({ ...input, type: 'V3' }, false)).toEqual([
      { field: 'threshold', error: 'RANGE' },
    ])
    expect(keySetProblems({ ...input, secretKey: 'short' }, false)).toEqual([
      { field: 'secretKey', error: 'LENGTH' },
    ])
  })
})

describe('verifyToken: Google siteverify', () => {
  const v2: Verifier = { siteKey: SITE, type: 'V2VISIBLE', threshold: 50, secretMatches: true }
  const issued: IssuedToken = { siteKey: SITE, issuedAt: 1_000_000 }

  it('accepts a fresh token of its site, once', () => {
    expect(verifyToken('t', issued, v2, issued.issuedAt + 1000)).toEqual({ ok: true })
    expect(verifyToken('t', { ...issued, verifiedAt: 1_000_500 }, v2, 1_001_000)).toEqual({
      ok: false,
      failure: 'DUPLICATE',
    })
  })

  it.each([
    ['no token', undefined, issued, v2, 'MISSING'],
    ['a token nobody issued', 't', undefined, v2, 'UNKNOWN'],
    ['a token of another site', 't', { ...issued, siteKey: SECRET }, v2, 'OTHER_SITE'],
    [
      'a secret that is not the site key’s',
      't',
      issued,
      { ...v2, secretMatches: false },
      'SECRET_MISMATCH',
    ],
  ] as const)('refuses %s', (_, sent, token, verifier, failure) => {
    expect(verifyToken(sent, token, verifier, issued.issuedAt + 1000)).toMatchObject({
      ok: false,
      failure,
    })
  })

  it('a token is good for exactly two minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * TOKEN_LIFETIME_MS }), (age) => {
        const verdict = verifyToken('t', issued, v2, issued.issuedAt + age)
        expect(verdict.ok).toBe(age <= TOKEN_LIFETIME_MS)
        if (!verdict.ok) expect(verdict.failure).toBe('EXPIRED')
      }),
    )
  })

  it('a V3 token passes exactly when its score reaches the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 100 }),
        (tenths, threshold) => {
          const score = tenths / 10
          const verdict = verifyToken(
            't',
            { ...issued, score },
            { ...v2, type: 'V3', threshold },
            issued.issuedAt,
          )
          expect(verdict.ok).toBe(Math.round(score * 100) >= threshold)
          expect(verdict.score).toBe(score)
        },
      ),
    )
  })
})
