import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkPattern,
  firstBlockingPattern,
  MAX_PATTERN_LENGTH,
  MAX_PATTERNS,
  patternBlocks,
} from './blockedPattern'

describe('checkPattern: patterns accepted as typed', () => {
  it.each([
    { input: '^\\+1900', pattern: '^\\+1900' },
    { input: '^1900', pattern: '^1900' },
    { input: '  ^1234[0-9]+  ', pattern: '^1234[0-9]+' },
    { input: '5550100$', pattern: '5550100$' },
    { input: '^\\+44(9|87[0-3])', pattern: '^\\+44(9|87[0-3])' },
    { input: '^\\+1(900|976)\\d{7}$', pattern: '^\\+1(900|976)\\d{7}$' },
    // Nested quantifiers are harmless to a linear-time engine, so they are not refused.
    { input: '^(a+)+$', pattern: '^(a+)+$' },
    { input: '(\\d+)+$', pattern: '(\\d+)+$' },
    { input: 'x'.repeat(MAX_PATTERN_LENGTH), pattern: 'x'.repeat(MAX_PATTERN_LENGTH) },
  ])('$input', ({ input, pattern }) => {
    expect(checkPattern(input)).toEqual({ ok: true, pattern })
  })
})

describe('checkPattern: refusals, each with its reason', () => {
  it.each([
    { input: '', error: 'EMPTY' },
    { input: '   ', error: 'EMPTY' },
    { input: 'x'.repeat(MAX_PATTERN_LENGTH + 1), error: 'TOO_LONG' },
    { input: '(\\d+)+$'.repeat(1500), error: 'TOO_LONG' },
    { input: '(abc', error: 'SYNTAX', detail: 'missing closing ): `(abc`' },
    { input: '[0-9', error: 'SYNTAX', detail: 'missing closing ]: `[0-9`' },
    { input: '*1900', error: 'SYNTAX', detail: 'missing argument to repetition operator: `*`' },
    // RE2 has no lookaround and no backreferences (they are what makes backtracking necessary).
    { input: '^(?=\\+1)', error: 'SYNTAX' },
    { input: '(1)\\1', error: 'SYNTAX' },
    { input: '\\d{1001}', error: 'SYNTAX' },
    { input: '((\\d{1,1000}){1,1000}){1,1000}', error: 'SYNTAX' },
    { input: '.*', error: 'MATCHES_EVERYTHING' },
    { input: '1900|', error: 'MATCHES_EVERYTHING' },
    { input: '^', error: 'MATCHES_EVERYTHING' },
    { input: '(9)?', error: 'MATCHES_EVERYTHING' },
  ] as const)('$input → $error', ({ input, error, ...rest }) => {
    const check = checkPattern(input)
    expect(check).toMatchObject({ ok: false, error })
    if ('detail' in rest) expect(check).toEqual({ ok: false, error, detail: rest.detail })
  })

  it('refuses a pattern the rule already holds, and the 101st', () => {
    expect(checkPattern(' ^\\+1900 ', ['^\\+1900'])).toEqual({ ok: false, error: 'DUPLICATE' })
    const full = Array.from({ length: MAX_PATTERNS }, (_, i) => `^\\+${i + 1000}`)
    expect(checkPattern('^\\+999', full)).toEqual({ ok: false, error: 'TOO_MANY' })
  })

  it('refuses a pattern of 10,000 characters before parsing it', () => {
    const huge = `(${'a|'.repeat(4999)}b)`
    expect(huge.length).toBeGreaterThan(10_000)
    const started = performance.now()
    expect(checkPattern(huge)).toEqual({ ok: false, error: 'TOO_LONG' })
    // Generous: parsing it would not take long either; not parsing it takes nothing.
    expect(performance.now() - started).toBeLessThan(50)
  })

  it('never throws, whatever is typed, and what it accepts can be matched', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({
            unit: fc.constantFrom(...Array.from('()[]{}|*+?^$\\.-,0123456789dDpP')),
            maxLength: 40,
          }),
        ),
        (input) => {
          const check = checkPattern(input)
          if (check.ok) expect(() => patternBlocks(check.pattern, '+12125550123')).not.toThrow()
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('patternBlocks: the E.164 number, with and without its +', () => {
  it.each([
    { pattern: '^\\+1900', e164: '+19005550100', blocks: true },
    { pattern: '^1900', e164: '+19005550100', blocks: true },
    { pattern: '^\\+?1900', e164: '+19005550100', blocks: true },
    { pattern: '^\\+1900', e164: '+12125550100', blocks: false },
    { pattern: '^1900', e164: '+12125550100', blocks: false },
    // Unanchored: a fragment matches anywhere.
    { pattern: '5550100', e164: '+12125550100', blocks: true },
    { pattern: '0100$', e164: '+12125550100', blocks: true },
    { pattern: '^0100', e164: '+12125550100', blocks: false },
    // The guide's example: anything starting with 1234.
    { pattern: '^1234[0-9]+', e164: '+12345678901', blocks: true },
    { pattern: '^\\+44(9|87[0-3])', e164: '+449098790000', blocks: true },
    { pattern: '^\\+44(9|87[0-3])', e164: '+442079460123', blocks: false },
    { pattern: '^\\+12125550123$', e164: '+12125550123', blocks: true },
    { pattern: '^\\+12125550123$', e164: '+121255501234', blocks: false },
    // A pattern that does not compile blocks nothing (the backend never stores one).
    { pattern: '(1900', e164: '+19005550100', blocks: false },
  ])('$pattern against $e164 → $blocks', ({ pattern, e164, blocks }) => {
    expect(patternBlocks(pattern, e164)).toBe(blocks)
  })

  it('names the first pattern that blocks, in the order of the rule', () => {
    const patterns = ['^\\+44', '0100$', '^\\+1212']
    expect(firstBlockingPattern(patterns, '+12125550100')).toBe('0100$')
    expect(firstBlockingPattern(patterns, '+13125550199')).toBeUndefined()
    expect(firstBlockingPattern([], '+12125550100')).toBeUndefined()
  })

  it('answers at once for patterns that make a backtracking engine run for ages', () => {
    const hostile = [
      '^(a+)+$',
      '(\\d+)+$',
      '^(\\d|\\d)+$',
      '(x+x+)+y',
      '^(([0-9])+)+\\+$',
      '(.*a){20}',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...hostile),
        fc.string({ unit: fc.constantFrom('1', 'a', 'x', '+'), minLength: 20, maxLength: 64 }),
        (pattern, input) => {
          const started = performance.now()
          patternBlocks(pattern, input)
          // Exponential backtracking on 50 characters would take years; linear time takes
          // microseconds. The bound only has to tell the two apart on a busy machine.
          expect(performance.now() - started).toBeLessThan(250)
        },
      ),
      { numRuns: 100 },
    )
  })

  it('a number made of its own pattern (escaped) is always blocked', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+[1-9]\d{6,13}$/), (e164) => {
        expect(patternBlocks(`^\\${e164}$`, e164)).toBe(true)
        expect(patternBlocks(`^${e164.slice(1)}$`, e164)).toBe(true)
      }),
    )
  })
})
