import type { components } from './schema.gen'

type ErrorDetail = components['schemas']['ErrorDetail']

/** A free slot the backend proposed instead of a full one: its start and the places left. */
export interface ProposedSlot {
  utcTime: string
  capacity: number
}

/** Why a request failed, in the terms a person can act on. */
export type FailureKind = 'http' | 'network' | 'timeout'

/**
 * The one error type of the API layer: HTTP status, the five-digit code of the envelope, its message
 * and the correlation ID the Developer > Errors page can find. Network failures and timeouts have
 * status 0 and no correlation ID (the request never reached the backend, or its answer never came).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: FailureKind
  readonly httpStatus: number
  readonly code: number
  readonly corrId: string | undefined
  readonly detail: ErrorDetail | undefined
  /** Proposed free slots, earliest first, when a slot was full (429, code 42901). */
  readonly slots: ProposedSlot[] | undefined

  constructor(init: {
    kind: FailureKind
    httpStatus: number
    code: number
    message: string
    corrId?: string | undefined
    detail?: ErrorDetail | undefined
    slots?: ProposedSlot[] | undefined
  }) {
    super(init.message)
    this.kind = init.kind
    this.httpStatus = init.httpStatus
    this.code = init.code
    this.corrId = init.corrId
    this.detail = init.detail
    this.slots = init.slots
  }

  /** Worth retrying automatically: the backend did not refuse the request on its merits. */
  get transient(): boolean {
    return this.kind !== 'http' || this.httpStatus >= 500
  }

  get sessionExpired(): boolean {
    return this.httpStatus === 401 && this.code !== ERROR_CODES.badCredentials
  }
}

export const ERROR_CODES = {
  invalidParameter: 40001,
  numberRefused: 40002,
  queueRefused: 40003,
  invalidApiKey: 40101,
  notSignedIn: 40102,
  badCredentials: 40103,
  forbidden: 40301,
  noCallbackRole: 40302,
  notFound: 40401,
  conflict: 40901,
  idempotencyMismatch: 40902,
  staleVersion: 40903,
  slotFull: 42901,
  tooManyRequests: 42902,
  tooManyKeyChecks: 42903,
  internal: 50001,
  unavailable: 50301,
} as const

/**
 * The slots a 429 answer proposes (contract: ProposedSlots), a map from slot start to free places.
 * Entries that are not a date and a positive count are left out; anything but a map gives none.
 */
export function proposedSlotsOf(slots: unknown): ProposedSlot[] | undefined {
  if (typeof slots !== 'object' || slots === null || Array.isArray(slots)) return undefined
  return Object.entries(slots)
    .map(([utcTime, places]) => ({ utcTime, capacity: Number(places), at: Date.parse(utcTime) }))
    .filter((s) => Number.isFinite(s.at) && Number.isInteger(s.capacity) && s.capacity > 0)
    .sort((a, b) => a.at - b.at)
    .map(({ utcTime, capacity }) => ({ utcTime, capacity }))
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * The rule as now saved, when a save or delete started from an older version (409, 40903): the
 * contract sends it as data.current so the editor can offer the choice. Its type is the rule type of
 * the endpoint that answered, which only the caller knows.
 */
export function savedVersionOf(error: unknown): unknown {
  if (!isApiError(error) || error.code !== ERROR_CODES.staleVersion) return null
  const current = (error.detail as { current?: unknown } | undefined)?.current
  return current ?? null
}
