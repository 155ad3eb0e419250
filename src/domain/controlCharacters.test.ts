import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { controlCharacterIn, hasControlCharacters } from './controlCharacters'

describe('controlCharacterIn', () => {
  it.each([
    ['a\u0000b', { index: 1, codePoint: 'U+0000' }],
    ['\u0007bell', { index: 0, codePoint: 'U+0007' }],
    ['tab\there', { index: 3, codePoint: 'U+0009' }],
    ['line\nbreak', { index: 4, codePoint: 'U+000A' }],
    ['del\u007f', { index: 3, codePoint: 'U+007F' }],
    ['c1 \u0085 next line', { index: 3, codePoint: 'U+0085' }],
    ['c1 \u009f', { index: 3, codePoint: 'U+009F' }],
    ['lone high \ud800', { index: 10, codePoint: 'U+D800' }],
    ['lone low \udc00 x', { index: 9, codePoint: 'U+DC00' }],
    ['reversed pair \udc00\ud800', { index: 14, codePoint: 'U+DC00' }],
  ])('finds the first one in %j', (text, found) => {
    expect(controlCharacterIn(text)).toEqual(found)
    expect(hasControlCharacters(text)).toBe(true)
  })

  it.each([
    '',
    'Weekday hourly',
    'Règle « été » 2027',
    '+44 20 7946 0123',
    '^\\+1(900|976)',
    'emoji 😀 and CJK 漢字',
    'non-breaking\u00a0space and soft\u00adhyphen',
  ])('accepts printable text %j', (text) => {
    expect(controlCharacterIn(text)).toBeNull()
    expect(hasControlCharacters(text)).toBe(false)
  })

  it('accepts any well-formed text without C0 or C1 controls, and finds one put anywhere in it', () => {
    const printable = fc.string({ unit: 'grapheme' }).filter((s) => !/\p{Cc}/u.test(s))
    const control = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.constant(0x7f),
      fc.integer({ min: 0x80, max: 0x9f }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
    )
    fc.assert(
      fc.property(printable, printable, control, (before, after, code) => {
        expect(controlCharacterIn(before + after)).toBeNull()
        const found = controlCharacterIn(before + String.fromCharCode(code) + after)
        expect(found?.index).toBe(before.length)
      }),
    )
  })
})
