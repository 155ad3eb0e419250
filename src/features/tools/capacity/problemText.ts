import type { PasteProblem } from '@/domain/capacityPaste'
import type { Translate } from '@/i18n/i18n'

/** A paste or JSON problem in the user's language, naming what is wrong and where. */
export function problemText(t: Translate<'capacity'>, problem: PasteProblem): string {
  switch (problem.code) {
    case 'badJson':
      return t('problems.badJson', {
        line: problem.line,
        column: problem.column,
        position: problem.position,
        expected: t(`expected.${problem.expected}`),
        found: problem.found ? t('found.char', { char: problem.found }) : t('found.end'),
      })
    case 'tooLarge':
      return t('problems.tooLarge', { size: problem.size, limit: problem.limit })
    case 'badDuration':
      return t('problems.badDuration', { value: problem.value })
    case 'unknownDay':
    case 'dayNotObject':
      return t(`problems.${problem.code}`, { day: problem.day })
    case 'badTime':
      return t('problems.badTime', { day: problem.day, time: problem.time })
    case 'offGrid':
      return t(problem.duration === 60 ? 'problems.offGrid60' : 'problems.offGrid30', {
        day: problem.day,
        time: problem.time,
      })
    case 'badValue':
      return t('problems.badValue', {
        value: problem.value,
        day: problem.day,
        time: problem.time,
        reason: t(`reasons.${problem.reason}`),
      })
    case 'badCell':
      return t('problems.badCell', {
        value: problem.value,
        line: problem.line,
        column: problem.column,
        reason: t(`reasons.${problem.reason}`),
      })
    default:
      return t(`problems.${problem.code}`)
  }
}
