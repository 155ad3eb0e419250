import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/**
 * Customer numbers: E.164 (+15065550100) or a national number with its country. Anything longer than
 * a phone number could be is refused before parsing, so hostile input costs nothing.
 */
export const MAX_PHONE_INPUT = 32

export type PhoneError = 'EMPTY' | 'TOO_LONG' | 'INVALID_CHARACTERS' | 'NEEDS_COUNTRY' | 'INVALID'

export type PhoneResult =
  { ok: true; e164: string; country: CountryCode | undefined } | { ok: false; error: PhoneError }

const ALLOWED = /^[+]?[\d\s().\-/]+$/

export function parseCustomerNumber(input: string, defaultCountry?: CountryCode): PhoneResult {
  const text = input.trim()
  if (text === '') return { ok: false, error: 'EMPTY' }
  if (text.length > MAX_PHONE_INPUT) return { ok: false, error: 'TOO_LONG' }
  if (!ALLOWED.test(text)) return { ok: false, error: 'INVALID_CHARACTERS' }
  const international = text.startsWith('+')
  if (!international && !defaultCountry) return { ok: false, error: 'NEEDS_COUNTRY' }
  const parsed = international
    ? parsePhoneNumberFromString(text)
    : parsePhoneNumberFromString(text, defaultCountry)
  if (!parsed?.isValid()) return { ok: false, error: 'INVALID' }
  return { ok: true, e164: parsed.number, country: parsed.country }
}
