import {
  MAX_GROUP_NAME_LENGTH,
  groupNameProblem,
  sameGroupName,
  type AddDnisProblem,
  type DescriptionError,
  type DnisEntry,
  type GroupProblem,
  type SettingError,
  type SettingRange,
} from '@/domain/callInGroup'
import type { DnisCsvProblem } from '@/domain/dnisCsv'
import type { Translate } from '@/i18n/i18n'

/** The page's words for what the domain finds wrong (src/domain/callInGroup.ts, dnisCsv.ts). */
type T = Translate<'clickToCall'>

export function nameText(t: T, name: string, others: readonly string[]): string | null {
  switch (groupNameProblem(name)) {
    case 'EMPTY':
      return t('name.required')
    case 'TOO_LONG':
      return t('name.tooLong', { max: MAX_GROUP_NAME_LENGTH })
    case 'CONTROL':
      return t('name.control')
    case 'DOTS':
      return t('name.dots')
    case null:
      return others.some((other) => sameGroupName(other, name))
        ? t('name.taken', { name: name.trim() })
        : null
  }
}

function descriptionText(t: T, error: DescriptionError): string {
  return error === 'TOO_LONG'
    ? t('pool.errors.descriptionTooLong')
    : t('pool.errors.descriptionControl')
}

export function addText(t: T, problem: AddDnisProblem): string {
  return problem.field === 'number'
    ? t(`pool.errors.${problem.error}`)
    : descriptionText(t, problem.error)
}

export function settingText(t: T, error: SettingError, range: SettingRange): string {
  return t(`settings.errors.${error}`, { min: range.min, max: range.max })
}

/** A pool problem found when saving (the pool is checked entry by entry as it grows). */
export function poolText(t: T, problem: GroupProblem, dnis: readonly DnisEntry[]): string {
  if (problem.field === 'dnis' && !('index' in problem)) return t(`pool.errors.${problem.error}`)
  if (!('index' in problem)) return ''
  const reason =
    problem.field === 'description'
      ? descriptionText(t, problem.error)
      : t(`pool.errors.${problem.error}`)
  return t('pool.errors.entry', {
    index: problem.index + 1,
    number: dnis[problem.index]?.number ?? '',
    reason,
  })
}

export function csvProblemText(t: T, problem: DnisCsvProblem): string {
  switch (problem.kind) {
    case 'QUOTES':
      return t('import.problem.QUOTES')
    case 'COLUMNS':
      if (problem.semicolons) return t('import.problem.SEMICOLONS')
      return problem.found === 1
        ? t('import.problem.ONE_COLUMN')
        : t('import.problem.COLUMNS', { found: problem.found })
    case 'NUMBER':
      return t(`import.problem.NUMBER_${problem.error}`, { value: problem.value })
    case 'DESCRIPTION':
      return t(`import.problem.DESCRIPTION_${problem.error}`)
    case 'DUPLICATE_IN_FILE':
      return t('import.problem.DUPLICATE_IN_FILE', {
        value: problem.value,
        firstLine: problem.firstLine,
      })
    case 'DUPLICATE_IN_POOL':
      return t('import.problem.DUPLICATE_IN_POOL', { value: problem.value })
  }
}
