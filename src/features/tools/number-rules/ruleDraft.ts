import type { NumberRule } from '@/api/numberRules'

/** A rule as the editor holds it, saved or not. */
export interface RuleDraft {
  name: string
  permittedCountries: string[]
  blockedPatterns: string[]
}

export function draftOf(rule: NumberRule): RuleDraft {
  return {
    name: rule.name,
    permittedCountries: [...rule.permittedCountries],
    blockedPatterns: [...rule.blockedPatterns],
  }
}

export function emptyDraft(name: string): RuleDraft {
  return { name, permittedCountries: [], blockedPatterns: [] }
}

/** Same rule for saving purposes: the countries as a set, the patterns in order, the name trimmed. */
export function sameDraft(a: RuleDraft, b: RuleDraft): boolean {
  const countries = new Set(a.permittedCountries)
  return (
    a.name.trim() === b.name.trim() &&
    a.permittedCountries.length === b.permittedCountries.length &&
    b.permittedCountries.every((code) => countries.has(code)) &&
    a.blockedPatterns.length === b.blockedPatterns.length &&
    a.blockedPatterns.every((pattern, i) => pattern === b.blockedPatterns[i])
  )
}
