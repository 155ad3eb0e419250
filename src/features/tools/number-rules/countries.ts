import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js'
import { permittableCountries } from '@/domain/numberRule'

/** A country a rule can permit, named in the viewer's language: "Canada (CA)". */
export interface CountryOption {
  code: string
  label: string
  callingCode: string
  /** The name folded for matching: lower case, accents removed ("Côte d'Ivoire" → "cote d'ivoire"). */
  folded: string
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

const byLanguage = new Map<string, { options: CountryOption[]; labels: Map<string, string> }>()

function build(language: string) {
  let built = byLanguage.get(language)
  if (!built) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
    const collator = new Intl.Collator(language)
    const options = permittableCountries()
      .map((code: CountryCode) => {
        const name = names.of(code) ?? code
        return {
          code,
          label: `${name} (${code})`,
          callingCode: getCountryCallingCode(code),
          folded: fold(name),
        }
      })
      .sort((a, b) => collator.compare(a.label, b.label))
    built = { options, labels: new Map(options.map((o) => [o.code, o.label])) }
    byLanguage.set(language, built)
  }
  return built
}

/** Every country, sorted by name in the viewer's language. */
export function countryOptions(language: string): CountryOption[] {
  return build(language).options
}

export function countryLabel(code: string, language: string): string {
  return build(language).labels.get(code) ?? code
}

/**
 * Countries whose name contains the query (any case, accents ignored), whose ISO code is the
 * query, or whose calling code starts with it ("+44" finds the UK, Guernsey, Jersey, Isle of Man).
 */
export function filterCountries(options: CountryOption[], query: string): CountryOption[] {
  const q = fold(query.trim())
  if (q === '') return options
  const calling = /^\+(\d+)$/.exec(q)?.[1]
  if (calling !== undefined) return options.filter((o) => o.callingCode.startsWith(calling))
  return options.filter((o) => o.folded.includes(q) || o.code.toLowerCase() === q)
}
