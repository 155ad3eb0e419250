import type { CallInGroup, CallInGroupBody } from '@/api/callInGroups'
import { DEFAULT_SETTINGS, type DnisEntry } from '@/domain/callInGroup'

/**
 * A group as its editor holds it. The numeric settings are kept as typed, so an out-of-range or
 * half-typed value stays on screen with its message instead of being corrected behind the user.
 */
export interface GroupDraft {
  dnis: DnisEntry[]
  generateAccessCode: boolean
  accessCodeLength: string
  expirySeconds: string
  uniqueDnis: boolean
}

export function draftOf(group: CallInGroup): GroupDraft {
  return {
    dnis: group.dnis,
    generateAccessCode: group.generateAccessCode,
    accessCodeLength: String(group.accessCodeLength),
    expirySeconds: String(group.expirySeconds),
    uniqueDnis: group.uniqueDnis,
  }
}

/** A new group: an empty pool and the Guide's defaults. */
export function blankDraft(): GroupDraft {
  return {
    dnis: [],
    generateAccessCode: DEFAULT_SETTINGS.generateAccessCode,
    accessCodeLength: String(DEFAULT_SETTINGS.accessCodeLength),
    expirySeconds: String(DEFAULT_SETTINGS.expirySeconds),
    uniqueDnis: DEFAULT_SETTINGS.uniqueDnis,
  }
}

function samePool(a: readonly DnisEntry[], b: readonly DnisEntry[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  return a.every((entry, i) => {
    const other = b[i]
    return (
      other !== undefined &&
      entry.number === other.number &&
      (entry.description ?? '') === (other.description ?? '')
    )
  })
}

/** Same group for saving purposes: the pool in order, the settings as numbers. */
export function sameDraft(a: GroupDraft, b: GroupDraft): boolean {
  return (
    a.generateAccessCode === b.generateAccessCode &&
    a.uniqueDnis === b.uniqueDnis &&
    a.accessCodeLength.trim() === b.accessCodeLength.trim() &&
    a.expirySeconds.trim() === b.expirySeconds.trim() &&
    samePool(a.dnis, b.dnis)
  )
}

/** What a save sends; the draft has been checked (groupProblem) before. */
export function bodyOf(draft: GroupDraft): CallInGroupBody {
  return {
    dnis: draft.dnis,
    generateAccessCode: draft.generateAccessCode,
    accessCodeLength: Number(draft.accessCodeLength.trim()),
    expirySeconds: Number(draft.expirySeconds.trim()),
    uniqueDnis: draft.uniqueDnis,
  }
}
