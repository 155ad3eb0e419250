import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js'
import { checkPattern, firstBlockingPattern, type PatternError } from './blockedPattern'
import { parseCustomerNumber, type PhoneError } from './phone'

/**
 * Number-validation rules (product.md §5.3): which countries a queue may call back, and which
 * numbers of those countries it must not. Applied by the Test Phone Number panel to the rule as
 * edited, and by the backend to the queue's saved rule before every booking.
 */
export interface NumberRuleDefinition {
  permittedCountries: readonly string[]
  blockedPatterns: readonly string[]
}

export const MAX_RULE_NAME = 64

/** Every country a rule can permit: those the phone-number metadata knows, as ISO 3166-1 alpha-2. */
export function permittableCountries(): CountryCode[] {
  return getCountries()
}

export function isKnownCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code)
}

let byCallingCode: Map<string, CountryCode[]> | undefined

/** Countries that share an international calling code (+1: the US, Canada and the Caribbean…). */
export function countriesWithCallingCode(callingCode: string): CountryCode[] {
  if (!byCallingCode) {
    byCallingCode = new Map()
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country)
      byCallingCode.set(code, [...(byCallingCode.get(code) ?? []), country])
    }
  }
  return byCallingCode.get(callingCode) ?? []
}

/**
 * The country a valid E.164 number belongs to. Where several countries share a calling code
 * (+1, +7, +44 with Guernsey, Jersey and the Isle of Man…) the metadata decides by the digits
 * that follow (area codes, leading digits); numbers of international services (+800, +882…)
 * belong to no country.
 */
export type NumberCountry =
  | { resolved: true; country: CountryCode }
  | { resolved: false; callingCode: string; sharedBy: CountryCode[] }

export function countryOfNumber(e164: string): NumberCountry {
  const parsed = parsePhoneNumberFromString(e164)
  if (parsed?.country) return { resolved: true, country: parsed.country }
  const callingCode = parsed?.countryCallingCode ?? ''
  return { resolved: false, callingCode, sharedBy: countriesWithCallingCode(callingCode) }
}

export type NumberTest =
  | { verdict: 'INVALID_NUMBER'; error: PhoneError }
  | { verdict: 'COUNTRY_NOT_PERMITTED'; e164: string; country: NumberCountry }
  | { verdict: 'BLOCKED_PATTERN'; e164: string; country: CountryCode; pattern: string }
  | { verdict: 'PASS'; e164: string; country: CountryCode }

/**
 * Test a number against a rule, in the order of the Administrator's Guide: a number of a country
 * the rule does not permit fails for that reason alone (its patterns are then not checked);
 * otherwise it fails on the first blocked pattern it matches; otherwise it passes. Numbers are
 * given in international format (+ and the country code).
 */
export function testNumber(rule: NumberRuleDefinition, input: string): NumberTest {
  const parsed = parseCustomerNumber(input)
  if (!parsed.ok) return { verdict: 'INVALID_NUMBER', error: parsed.error }
  const { e164 } = parsed
  const country = countryOfNumber(e164)
  if (!country.resolved || !rule.permittedCountries.includes(country.country)) {
    return { verdict: 'COUNTRY_NOT_PERMITTED', e164, country }
  }
  const pattern = firstBlockingPattern(rule.blockedPatterns, e164)
  if (pattern !== undefined) {
    return { verdict: 'BLOCKED_PATTERN', e164, country: country.country, pattern }
  }
  return { verdict: 'PASS', e164, country: country.country }
}

const PHONE_REASONS: Record<PhoneError, string> = {
  EMPTY: 'a phone number is required',
  TOO_LONG: 'the number is too long',
  INVALID_CHARACTERS: 'the number may contain only digits, spaces and + ( ) - .',
  NEEDS_COUNTRY: 'give the number in international format, starting with + and the country code',
  INVALID: 'this is not a valid phone number',
}

const englishRegions = (() => {
  let names: Intl.DisplayNames | undefined
  return (code: string) => {
    names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
    return `${names.of(code) ?? code} (${code})`
  }
})()

/** The reason for a verdict in English: the backend's wording (the UI words its own, translated). */
export function describeTest(test: NumberTest): string {
  switch (test.verdict) {
    case 'INVALID_NUMBER':
      return `Not a valid number: ${PHONE_REASONS[test.error]}.`
    case 'COUNTRY_NOT_PERMITTED':
      if (!test.country.resolved) {
        const { callingCode, sharedBy } = test.country
        return sharedBy.length
          ? `The country of ${test.e164} cannot be determined (+${callingCode} is shared by ${sharedBy.join(', ')}), so it is not permitted.`
          : `${test.e164} belongs to no country (+${callingCode} is an international service), so it is not permitted.`
      }
      return `Callbacks to ${englishRegions(test.country.country)} are not permitted by this rule.`
    case 'BLOCKED_PATTERN':
      return `${test.e164} matches the blocked pattern ${test.pattern}.`
    case 'PASS':
      return `${test.e164} passes: callbacks to ${englishRegions(test.country)} are permitted and no blocked pattern matches.`
  }
}

/** A rule as it is stored: name and patterns trimmed, each country once, in the order given. */
export function normalizeRule<R extends NumberRuleDefinition & { name: string }>(rule: R): R {
  return {
    ...rule,
    name: rule.name.trim(),
    permittedCountries: [...new Set(rule.permittedCountries)],
    blockedPatterns: rule.blockedPatterns.map((pattern) => pattern.trim()),
  }
}

/** What is wrong with a rule before it can be saved; the first problem only. */
export type RuleProblem =
  | { field: 'name'; error: 'EMPTY' | 'TOO_LONG' }
  | { field: 'permittedCountries'; error: 'EMPTY' }
  | { field: 'permittedCountries'; error: 'UNKNOWN'; country: string }
  | {
      field: 'blockedPatterns'
      error: PatternError
      index: number
      pattern: string
      detail?: string
    }

export function ruleProblem(rule: NumberRuleDefinition & { name: string }): RuleProblem | null {
  const name = rule.name.trim()
  if (name === '') return { field: 'name', error: 'EMPTY' }
  if (name.length > MAX_RULE_NAME) return { field: 'name', error: 'TOO_LONG' }
  if (rule.permittedCountries.length === 0) return { field: 'permittedCountries', error: 'EMPTY' }
  const unknown = rule.permittedCountries.find((code) => !isKnownCountry(code))
  if (unknown !== undefined)
    return { field: 'permittedCountries', error: 'UNKNOWN', country: unknown }
  for (const [index, pattern] of rule.blockedPatterns.entries()) {
    const check = checkPattern(pattern, rule.blockedPatterns.slice(0, index))
    if (!check.ok) {
      return {
        field: 'blockedPatterns',
        error: check.error,
        index,
        pattern,
        ...(check.detail === undefined ? {} : { detail: check.detail }),
      }
    }
  }
  return null
}
