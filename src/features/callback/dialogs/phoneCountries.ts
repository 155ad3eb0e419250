import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js'

/**
 * Countries a national number can belong to, named in the reader's language. libphonenumber-js is
 * heavy: only the lazily loaded dialogs import it.
 */
export interface CountryOption {
  code: CountryCode
  label: string
}

const SUPPORTED = new Set<string>(getCountries())

function isCountryCode(value: string): value is CountryCode {
  return SUPPORTED.has(value)
}

export function countryOptions(language: string): CountryOption[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
  return getCountries()
    .map((code) => ({
      code,
      label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, language))
}

/** The country of the browser's locale (en-GB → GB), else the United States. */
export function defaultCountry(languages: readonly string[] = navigator.languages): CountryCode {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region
      if (region && isCountryCode(region)) return region
    } catch {
      // A malformed language tag says nothing about the country.
    }
  }
  return 'US'
}
