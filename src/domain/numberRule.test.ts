import fc from 'fast-check'
import { getExampleNumber, type CountryCode } from 'libphonenumber-js'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import {
  countryOfNumber,
  describeTest,
  isKnownCountry,
  normalizeRule,
  permittableCountries,
  ruleProblem,
  testNumber,
} from './numberRule'
import { defined } from '@/test/defined'

const NORTH_AMERICA = { permittedCountries: ['US', 'CA'], blockedPatterns: ['^\\+1900'] }

describe('countryOfNumber: calling codes several countries share', () => {
  it.each([
    { e164: '+12125550123', country: 'US' },
    { e164: '+14165550123', country: 'CA' },
    { e164: '+16045550123', country: 'CA' },
    { e164: '+18765550123', country: 'JM' },
    { e164: '+12425550123', country: 'BS' },
    { e164: '+16846331234', country: 'AS' },
    { e164: '+74951234567', country: 'RU' },
    { e164: '+77012345678', country: 'KZ' },
    { e164: '+442079460123', country: 'GB' },
    { e164: '+441481712345', country: 'GG' },
    { e164: '+441534712345', country: 'JE' },
    { e164: '+441624712345', country: 'IM' },
    { e164: '+3906698123', country: 'VA' },
    { e164: '+390612345678', country: 'IT' },
    { e164: '+35312345678', country: 'IE' },
  ])('$e164 → $country', ({ e164, country }) => {
    expect(countryOfNumber(e164)).toEqual({ resolved: true, country })
  })

  it('says so when a number belongs to no country (+800 international freephone)', () => {
    expect(countryOfNumber('+80012345678')).toEqual({
      resolved: false,
      callingCode: '800',
      sharedBy: [],
    })
  })

  it('every country a rule can permit is known, and its example number resolves to it', () => {
    const countries = permittableCountries()
    expect(countries.length).toBeGreaterThan(240)
    // Ranges a country shares with its dependencies count as the main country's: an Australian
    // mobile may be on Christmas Island, a Finnish one on Åland; the digits cannot say.
    const sharedRanges: Record<string, string> = {
      AX: 'FI',
      BL: 'GP',
      CC: 'AU',
      CX: 'AU',
      EH: 'MA',
      IM: 'GB',
      MF: 'GP',
      SJ: 'NO',
      VA: 'IT',
    }
    for (const country of countries) {
      expect(isKnownCountry(country)).toBe(true)
      const example = getExampleNumber(country, examples)
      expect(example && countryOfNumber(example.number)).toEqual({
        resolved: true,
        country: sharedRanges[country] ?? country,
      })
    }
    expect(['ZZ', 'us', 'XX', 'USA', ''].filter(isKnownCountry)).toEqual([])
  })
})

describe('testNumber: the verdict and its reason', () => {
  it.each([
    { input: '+1 212 555 0123', result: { verdict: 'PASS', e164: '+12125550123', country: 'US' } },
    { input: '+1 (416) 555-0123', result: { verdict: 'PASS', country: 'CA' } },
    {
      input: '+1 900 555 0100',
      result: { verdict: 'BLOCKED_PATTERN', country: 'US', pattern: '^\\+1900' },
    },
    {
      input: '+44 20 7946 0123',
      result: { verdict: 'COUNTRY_NOT_PERMITTED', country: { resolved: true, country: 'GB' } },
    },
    // Jamaica shares +1 with the US and Canada, and is not permitted.
    {
      input: '+1 876 555 0123',
      result: { verdict: 'COUNTRY_NOT_PERMITTED', country: { resolved: true, country: 'JM' } },
    },
    {
      input: '+800 1234 5678',
      result: {
        verdict: 'COUNTRY_NOT_PERMITTED',
        country: { resolved: false, callingCode: '800' },
      },
    },
    { input: '212 555 0123', result: { verdict: 'INVALID_NUMBER', error: 'NEEDS_COUNTRY' } },
    { input: '+1 212', result: { verdict: 'INVALID_NUMBER', error: 'INVALID' } },
    { input: '', result: { verdict: 'INVALID_NUMBER', error: 'EMPTY' } },
    { input: '<script>', result: { verdict: 'INVALID_NUMBER', error: 'INVALID_CHARACTERS' } },
    { input: '+1'.padEnd(40, '1'), result: { verdict: 'INVALID_NUMBER', error: 'TOO_LONG' } },
  ])('$input → $result.verdict', ({ input, result }) => {
    expect(testNumber(NORTH_AMERICA, input)).toMatchObject(result)
  })

  it('checks the country first: a number of a country not permitted is not checked against patterns', () => {
    const rule = { permittedCountries: ['CA'], blockedPatterns: ['^\\+1900', '.'] }
    expect(testNumber(rule, '+1 900 555 0100')).toEqual({
      verdict: 'COUNTRY_NOT_PERMITTED',
      e164: '+19005550100',
      country: { resolved: true, country: 'US' },
    })
  })

  it('writes the reason in words (the backend message)', () => {
    expect(describeTest(testNumber(NORTH_AMERICA, '+1 876 555 0123'))).toBe(
      'Callbacks to Jamaica (JM) are not permitted by this rule.',
    )
    expect(describeTest(testNumber(NORTH_AMERICA, '+1 900 555 0100'))).toBe(
      '+19005550100 matches the blocked pattern ^\\+1900.',
    )
    expect(describeTest(testNumber(NORTH_AMERICA, '+1 212 555 0123'))).toBe(
      '+12125550123 passes: callbacks to United States (US) are permitted and no blocked pattern matches.',
    )
    expect(describeTest(testNumber(NORTH_AMERICA, '+800 1234 5678'))).toBe(
      '+80012345678 belongs to no country (+800 is an international service), so it is not permitted.',
    )
    expect(describeTest(testNumber(NORTH_AMERICA, '212 555 0123'))).toBe(
      'Not a valid number: give the number in international format, starting with + and the country code.',
    )
  })
})

describe('testNumber: properties over every country', () => {
  const countries = permittableCountries()
  const example = (country: CountryCode) => {
    const e164 = defined(getExampleNumber(country, examples)).number
    const resolved = countryOfNumber(e164)
    if (!resolved.resolved) throw new Error(`${e164} has no country`)
    return { e164, country: resolved.country }
  }

  it('a number of a permitted country that no pattern matches passes; of another country it fails on the country', () => {
    fc.assert(
      fc.property(
        fc.subarray(countries, { minLength: 1 }),
        fc.constantFrom(...countries),
        (permitted, picked) => {
          const { e164, country } = example(picked)
          // Patterns that cannot match a number: letters only.
          const rule = { permittedCountries: permitted, blockedPatterns: ['^abc', 'x{2}'] }
          expect(testNumber(rule, e164).verdict).toBe(
            permitted.includes(country) ? 'PASS' : 'COUNTRY_NOT_PERMITTED',
          )
        },
      ),
    )
  })

  it('a pattern naming the number blocks it exactly when its country is permitted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.boolean(), (picked, permit) => {
        const { e164, country } = example(picked)
        const rule = {
          permittedCountries: permit ? [country] : countries.filter((c) => c !== country),
          blockedPatterns: [`^\\${e164}$`],
        }
        expect(testNumber(rule, e164).verdict).toBe(
          permit ? 'BLOCKED_PATTERN' : 'COUNTRY_NOT_PERMITTED',
        )
      }),
    )
  })
})

describe('ruleProblem: what stops a rule being saved', () => {
  const good = { name: 'North America only', ...NORTH_AMERICA }
  it.each([
    { rule: good, problem: null },
    { rule: { ...good, name: '  ' }, problem: { field: 'name', error: 'EMPTY' } },
    { rule: { ...good, name: 'x'.repeat(65) }, problem: { field: 'name', error: 'TOO_LONG' } },
    {
      rule: { ...good, permittedCountries: [] },
      problem: { field: 'permittedCountries', error: 'EMPTY' },
    },
    {
      rule: { ...good, permittedCountries: ['US', 'ZZ'] },
      problem: { field: 'permittedCountries', error: 'UNKNOWN', country: 'ZZ' },
    },
    {
      rule: { ...good, blockedPatterns: ['^\\+1900', '(abc'] },
      problem: {
        field: 'blockedPatterns',
        error: 'SYNTAX',
        index: 1,
        pattern: '(abc',
        detail: 'missing closing ): `(abc`',
      },
    },
    {
      rule: { ...good, blockedPatterns: ['^1900', '^1900'] },
      problem: {
        field: 'blockedPatterns',
        error: 'DUPLICATE',
        index: 1,
        pattern: '^1900',
        detail: undefined,
      },
    },
    {
      rule: { ...good, blockedPatterns: ['9'.repeat(10_000)] },
      problem: {
        field: 'blockedPatterns',
        error: 'TOO_LONG',
        index: 0,
        pattern: '9'.repeat(10_000),
        detail: undefined,
      },
    },
  ])('$problem.field $problem.error', ({ rule, problem }) => {
    expect(ruleProblem(rule)).toEqual(problem)
  })

  it('stores names and patterns trimmed and each country once', () => {
    expect(
      normalizeRule({
        name: ' UK and Ireland ',
        permittedCountries: ['GB', 'IE', 'GB'],
        blockedPatterns: [' ^\\+449 '],
      }),
    ).toEqual({
      name: 'UK and Ireland',
      permittedCountries: ['GB', 'IE'],
      blockedPatterns: ['^\\+449'],
    })
  })
})
