import fc from 'fast-check'
import type { CountryCode } from 'libphonenumber-js'
import { describe, expect, it } from 'vitest'
import { MAX_PHONE_INPUT, parseCustomerNumber } from './phone'
import { phoneDigits } from './phoneDigits'

describe('parseCustomerNumber: valid numbers', () => {
  it.each([
    { input: '+16502530000', e164: '+16502530000', country: 'US' },
    { input: '+1 650 253 0000', e164: '+16502530000', country: 'US' },
    { input: '+1 (650) 253-0000', e164: '+16502530000', country: 'US' },
    { input: '+1.650.253.0000', e164: '+16502530000', country: 'US' },
    { input: '+1 212 555 0100', e164: '+12125550100', country: 'US' },
    { input: '+44 20 7946 0958', e164: '+442079460958', country: 'GB' },
    { input: '+44 (0)20 7946 0958', e164: '+442079460958', country: 'GB' },
    { input: '+33 1 42 68 53 00', e164: '+33142685300', country: 'FR' },
    { input: '+33 (0)1 42 68 53 00', e164: '+33142685300', country: 'FR' },
    { input: '  +1 650 253 0000  ', e164: '+16502530000', country: 'US' },
  ])('E.164 $input → $e164 ($country)', ({ input, e164, country }) => {
    expect(parseCustomerNumber(input)).toEqual({ ok: true, e164, country })
  })

  it.each([
    { input: '(650) 253-0000', country: 'US', e164: '+16502530000' },
    { input: '650 253 0000', country: 'US', e164: '+16502530000' },
    { input: '020 7946 0958', country: 'GB', e164: '+442079460958' },
    { input: '01 42 68 53 00', country: 'FR', e164: '+33142685300' },
    { input: '01.42.68.53.00', country: 'FR', e164: '+33142685300' },
    { input: '(506) 555-0100', country: 'CA', e164: '+15065550100' },
  ] as const)('national $input with country $country → $e164', ({ input, country, e164 }) => {
    const result = parseCustomerNumber(input, country)
    expect(result).toMatchObject({ ok: true, e164 })
  })

  it('an international number keeps its own country whatever the default', () => {
    expect(parseCustomerNumber('+44 20 7946 0958', 'US')).toEqual({
      ok: true,
      e164: '+442079460958',
      country: 'GB',
    })
  })
})

describe('parseCustomerNumber: refusals', () => {
  it.each(['650 253 0000', '(650) 253-0000', '020 7946 0958', '0142685300'])(
    'a national number without a country (%s) → NEEDS_COUNTRY',
    (input) => {
      expect(parseCustomerNumber(input)).toEqual({ ok: false, error: 'NEEDS_COUNTRY' })
    },
  )

  it.each([
    'abc',
    '<script>alert(1)</script>',
    '+1 650 CALL NOW',
    '1-800-FLOWERS',
    '+1 650 253 0000 ext. 12',
    '+1 650 253 0000;',
    '++16502530000',
    '+1 650 253 0000+',
    '١٢٣٤٥٦٧', // Arabic-Indic digits
    '+1\u0000650',
    '="+16502530000"',
  ])('%j → INVALID_CHARACTERS', (input) => {
    expect(parseCustomerNumber(input, 'US')).toEqual({ ok: false, error: 'INVALID_CHARACTERS' })
  })

  it.each(['', '   ', '\t\n '])('%j → EMPTY', (input) => {
    expect(parseCustomerNumber(input)).toEqual({ ok: false, error: 'EMPTY' })
    expect(parseCustomerNumber(input, 'US')).toEqual({ ok: false, error: 'EMPTY' })
  })

  it('10,000 characters → TOO_LONG, without parsing (quickly)', () => {
    const hostile = ['1'.repeat(10_000), '<script>'.repeat(1_250), '+' + '9'.repeat(9_999)]
    const started = performance.now()
    for (const input of hostile) {
      expect(parseCustomerNumber(input, 'US')).toEqual({ ok: false, error: 'TOO_LONG' })
    }
    expect(performance.now() - started).toBeLessThan(50)
  })

  it('the length limit is on the trimmed text: 32 characters pass to parsing, 33 do not', () => {
    const atLimit = '+1 650 253 0000'.padEnd(MAX_PHONE_INPUT, ' ') + 'x'
    expect(MAX_PHONE_INPUT).toBe(32)
    expect(parseCustomerNumber('+' + '1'.repeat(MAX_PHONE_INPUT))).toEqual({
      ok: false,
      error: 'TOO_LONG',
    })
    expect(parseCustomerNumber('+' + '1'.repeat(MAX_PHONE_INPUT - 1)).ok).toBe(false)
    expect(parseCustomerNumber('+' + '1'.repeat(MAX_PHONE_INPUT - 1))).not.toEqual({
      ok: false,
      error: 'TOO_LONG',
    })
    expect(parseCustomerNumber(atLimit)).toEqual({ ok: false, error: 'TOO_LONG' })
  })

  it.each([
    { input: '+1 650 253', why: 'too short' },
    { input: '+1 650 253 00000 0', why: 'too long for the country' },
    { input: '+44 12', why: 'too short' },
    { input: '+999 123 4567', why: 'no such country code' },
    { input: '+0 650 253 0000', why: 'country codes never start with 0' },
    { input: '+', why: 'nothing but a plus' },
    { input: '()', why: 'punctuation only', country: 'US' as const },
    { input: '+1 123 456 7890', why: 'NANP area codes never start with 1' },
    { input: '+33 9', why: 'too short for France' },
  ])('$input is refused ($why)', ({ input, country }) => {
    const result = parseCustomerNumber(input, country)
    expect(result.ok).toBe(false)
  })

  it.each(['+1 650 253', '+44 12', '+999 123 4567', '+1 123 456 7890'])('%s → INVALID', (input) => {
    expect(parseCustomerNumber(input)).toEqual({ ok: false, error: 'INVALID' })
  })
})

describe('parseCustomerNumber: properties', () => {
  const countries: CountryCode[] = ['US', 'GB', 'FR', 'CA', 'DE', 'IN', 'AU']
  const arbCountry = fc.option(fc.constantFrom(...countries), { nil: undefined })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), arbCountry, (input, country) => {
        parseCustomerNumber(input, country)
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws on phone-like input, and what it accepts is canonical E.164 that parses to itself', () => {
    const arbPhoneLike = fc.stringMatching(/^\+?[\d ().\-/]{0,34}$/)
    fc.assert(
      fc.property(arbPhoneLike, arbCountry, (input, country) => {
        const result = parseCustomerNumber(input, country)
        if (!result.ok) return
        expect(result.e164).toMatch(/^\+[1-9]\d{1,14}$/) // E.164: at most 15 digits (Germany has 6-digit ones)
        expect(parseCustomerNumber(result.e164)).toEqual(result)
      }),
      { numRuns: 2000 },
    )
  })

  it('accepted numbers are found again by their digits', () => {
    fc.assert(
      fc.property(fc.constantFrom('+16502530000', '+442079460958', '+33142685300'), (e164) => {
        const result = parseCustomerNumber(e164)
        expect(result.ok && phoneDigits(result.e164)).toBe(e164.slice(1))
      }),
    )
  })
})

describe('phoneDigits', () => {
  it.each([
    ['+1 (506) 555', '1506555'],
    ['+15065550100', '15065550100'],
    ['(650) 253-0000', '6502530000'],
    ['abc', ''],
    ['', ''],
  ])('%j → %j', (input, digits) => {
    expect(phoneDigits(input)).toBe(digits)
  })
})
