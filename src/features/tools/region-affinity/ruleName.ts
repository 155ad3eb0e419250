import { RULE_NAME_MAX } from '@/domain/regionAffinity'
import type { Translate } from '@/i18n/i18n'

/** What is wrong with a rule name, in words, or null: required, not too long, not taken. */
export function nameProblem(
  t: Translate<'regionAffinity'>,
  name: string,
  takenNames: readonly string[],
): string | null {
  const trimmed = name.trim()
  if (!trimmed) return t('name.required')
  if (trimmed.length > RULE_NAME_MAX) return t('name.tooLong', { max: RULE_NAME_MAX })
  const lower = trimmed.toLowerCase()
  if (takenNames.some((taken) => taken.trim().toLowerCase() === lower)) {
    return t('name.taken', { name: trimmed })
  }
  return null
}
