/**
 * Click-To-Call-In groups (product.md §5.5): a DNIS pool and access-code settings. These checks are
 * the only ones: the group editor, the CSV import, the simulated tenant's endpoints and its call-in
 * requests all use them, so a number the page accepts is never refused by the tenant and the other
 * way round.
 */
export const MAX_GROUP_NAME_LENGTH = 64
/** E.164: 7 to 15 digits, the first not 0, with an optional leading "+". */
export const MAX_DNIS_LENGTH = 16
export const MAX_DESCRIPTION_LENGTH = 32
export const MIN_POOL_SIZE = 1
export const MAX_POOL_SIZE = 10_000

export interface SettingRange {
  min: number
  max: number
  default: number
}
export const ACCESS_CODE_LENGTH: SettingRange = { min: 4, max: 12, default: 6 }
export const EXPIRY_SECONDS: SettingRange = { min: 10, max: 1800, default: 30 }

export interface DnisEntry {
  number: string
  description?: string
}

export interface CallInGroupSettings {
  generateAccessCode: boolean
  accessCodeLength: number
  expirySeconds: number
  uniqueDnis: boolean
}

/** What a group holds besides its name and version: what an editor changes and a save sends. */
export interface CallInGroupContent extends CallInGroupSettings {
  dnis: DnisEntry[]
}

export const DEFAULT_SETTINGS: CallInGroupSettings = {
  generateAccessCode: true,
  accessCodeLength: ACCESS_CODE_LENGTH.default,
  expirySeconds: EXPIRY_SECONDS.default,
  uniqueDnis: false,
}

// Control characters and line or paragraph separators: never part of a name or a description.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u
// The shortest numbers in service anywhere have 7 digits with their country code (e.g. Niue).
const E164 = /^\+?[1-9]\d{6,14}$/

/** Length as a person counts it: characters, not UTF-16 units (an emoji is one). */
function characters(text: string, max: number): number {
  // A string over twice the limit in units is over it in characters too; skip counting a huge one.
  // Code points, as JSON Schema's maxLength counts them in the contract (not grapheme clusters).
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are meant, see above
  return text.length > max * 2 ? text.length : [...text].length
}

export type GroupNameError = 'EMPTY' | 'TOO_LONG' | 'CONTROL' | 'DOTS'

/** What is wrong with a group name (trimmed first), or null. Uniqueness is the caller's to check. */
export function groupNameProblem(name: string): GroupNameError | null {
  const text = name.trim()
  if (text === '') return 'EMPTY'
  if (characters(text, MAX_GROUP_NAME_LENGTH) > MAX_GROUP_NAME_LENGTH) return 'TOO_LONG'
  if (CONTROL.test(text)) return 'CONTROL'
  // The name is the group's address (/call-in-groups/<name>); "." and ".." would walk the path.
  if (/^\.+$/.test(text)) return 'DOTS'
  return null
}

/** Names are unique without regard to case or surrounding spaces. */
export function sameGroupName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

export type DnisError = 'EMPTY' | 'TOO_LONG' | 'FORMAT'

/** What is wrong with a DNIS (trimmed first), or null: E.164, "+" optional, at most 16 characters. */
export function dnisProblem(number: string): DnisError | null {
  const text = number.trim()
  if (text === '') return 'EMPTY'
  if (text.length > MAX_DNIS_LENGTH) return 'TOO_LONG'
  return E164.test(text) ? null : 'FORMAT'
}

/**
 * What makes two DNIS the same number: their digits ("+18005555554" and "18005555554" are one
 * DNIS, the plus being optional).
 */
export function dnisKey(number: string): string {
  const text = number.trim()
  return text.startsWith('+') ? text.slice(1) : text
}

export type DescriptionError = 'TOO_LONG' | 'CONTROL'

/** What is wrong with a DNIS description (trimmed first; empty is fine), or null. */
export function descriptionProblem(description: string): DescriptionError | null {
  const text = description.trim()
  if (characters(text, MAX_DESCRIPTION_LENGTH) > MAX_DESCRIPTION_LENGTH) return 'TOO_LONG'
  return CONTROL.test(text) ? 'CONTROL' : null
}

/** An entry as stored: trimmed, and no description rather than an empty one. */
export function normalizeEntry(entry: {
  number: string
  description?: string | undefined
}): DnisEntry {
  const description = entry.description?.trim()
  return description
    ? { number: entry.number.trim(), description }
    : { number: entry.number.trim() }
}

export type SettingError = 'EMPTY' | 'NOT_WHOLE' | 'BELOW' | 'ABOVE'

/**
 * What is wrong with a numeric setting, typed (text) or sent (a number): a whole number within its
 * range, or the reason.
 */
export function settingProblem(value: string | number, range: SettingRange): SettingError | null {
  const text = typeof value === 'string' ? value.trim() : null
  if (text === '') return 'EMPTY'
  const number =
    text === null ? (value as number) : /^[+-]?\d{1,9}$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(number)) return 'NOT_WHOLE'
  if (number < range.min) return 'BELOW'
  if (number > range.max) return 'ABOVE'
  return null
}

export type PoolError = 'EMPTY_POOL' | 'TOO_MANY'

export type GroupProblem =
  | { field: 'dnis'; error: PoolError }
  | { field: 'dnis'; index: number; error: DnisError }
  | { field: 'dnis'; index: number; error: 'DUPLICATE'; first: number }
  | { field: 'description'; index: number; error: DescriptionError }
  | { field: 'accessCodeLength' | 'expirySeconds'; error: SettingError }

/** The first thing that stops a group being saved, or null: the pool, then the settings. */
export function groupProblem(group: CallInGroupContent): GroupProblem | null {
  const pool = poolProblem(group.dnis)
  if (pool) return pool
  const length = settingProblem(group.accessCodeLength, ACCESS_CODE_LENGTH)
  if (length) return { field: 'accessCodeLength', error: length }
  const expiry = settingProblem(group.expirySeconds, EXPIRY_SECONDS)
  if (expiry) return { field: 'expirySeconds', error: expiry }
  return null
}

/** The first problem of a pool: its size, then each entry in order (format, description, duplicate). */
export function poolProblem(pool: readonly DnisEntry[]): GroupProblem | null {
  if (pool.length < MIN_POOL_SIZE) return { field: 'dnis', error: 'EMPTY_POOL' }
  if (pool.length > MAX_POOL_SIZE) return { field: 'dnis', error: 'TOO_MANY' }
  const seen = new Map<string, number>()
  for (const [index, entry] of pool.entries()) {
    const number = dnisProblem(entry.number)
    if (number) return { field: 'dnis', index, error: number }
    const description = descriptionProblem(entry.description ?? '')
    if (description) return { field: 'description', index, error: description }
    const key = dnisKey(entry.number)
    const first = seen.get(key)
    if (first !== undefined) return { field: 'dnis', index, error: 'DUPLICATE', first }
    seen.set(key, index)
  }
  return null
}

export type AddDnisProblem =
  | { field: 'number'; error: DnisError | 'DUPLICATE' | 'FULL' }
  | { field: 'description'; error: DescriptionError }

/** Whether one more entry may join the pool (Add DNIS): its own checks, then duplicates and size. */
export function addDnisProblem(
  pool: readonly DnisEntry[],
  entry: DnisEntry,
): AddDnisProblem | null {
  const number = dnisProblem(entry.number)
  if (number) return { field: 'number', error: number }
  const description = descriptionProblem(entry.description ?? '')
  if (description) return { field: 'description', error: description }
  const key = dnisKey(entry.number)
  if (pool.some((existing) => dnisKey(existing.number) === key))
    return { field: 'number', error: 'DUPLICATE' }
  if (pool.length >= MAX_POOL_SIZE) return { field: 'number', error: 'FULL' }
  return null
}

/** A filter of the pool: a number containing the typed digits, or a description containing the text. */
export function matchesDnisFilter(entry: DnisEntry, filter: string): boolean {
  const text = filter.trim().toLowerCase()
  if (text === '') return true
  const digits = text.replace(/\D+/g, '')
  if (digits !== '' && /^[\d\s+().-]+$/.test(text) && entry.number.includes(digits)) return true
  return (entry.description ?? '').toLowerCase().includes(text)
}
