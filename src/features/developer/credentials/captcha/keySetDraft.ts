import type { CaptchaKeySet, CaptchaKeySetBody } from '@/api/credentials'
import { DEFAULT_THRESHOLD, type CaptchaType } from '@/domain/captchaKeySet'

/** A key set being edited; the threshold as typed, the secret empty unless a new one is entered. */
export interface KeySetDraft {
  type: CaptchaType
  name: string
  siteKey: string
  secretKey: string
  threshold: string
  active: boolean
}

export const blankKeySet = (): KeySetDraft => ({
  type: 'V2VISIBLE',
  name: '',
  siteKey: '',
  secretKey: '',
  threshold: String(DEFAULT_THRESHOLD),
  active: false,
})

export const draftOf = (saved: CaptchaKeySet): KeySetDraft => ({
  type: saved.type,
  name: saved.name,
  siteKey: saved.siteKey,
  secretKey: '',
  threshold: String(saved.threshold),
  active: saved.active,
})

export const sameKeySet = (a: KeySetDraft, b: KeySetDraft): boolean =>
  a.type === b.type &&
  a.name === b.name &&
  a.siteKey === b.siteKey &&
  a.secretKey === b.secretKey &&
  a.threshold.trim() === b.threshold.trim() &&
  a.active === b.active

/** The threshold as a number: what was typed (checked for V3); any other type keeps a valid one. */
export function thresholdOf(draft: KeySetDraft): number {
  const typed = draft.threshold.trim() === '' ? Number.NaN : Number(draft.threshold)
  if (draft.type === 'V3') return typed
  return Number.isInteger(typed) && typed >= 0 && typed <= 100 ? typed : DEFAULT_THRESHOLD
}

export const bodyOf = (draft: KeySetDraft): CaptchaKeySetBody & { secretKey: string } => ({
  type: draft.type,
  name: draft.name.trim(),
  siteKey: draft.siteKey.trim(),
  secretKey: draft.secretKey.trim(),
  threshold: thresholdOf(draft),
  active: draft.active,
})
