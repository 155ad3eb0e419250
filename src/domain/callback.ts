/** Callback records: states, completion reasons and the rules that depend only on a record. */

export const CALLBACK_STATES = [
  'SCHEDULED',
  'QUEUED',
  'ROUTING',
  'PROCESSING',
  'COMPLETED',
] as const
export type CallbackState = (typeof CALLBACK_STATES)[number]

export const COMPLETION_REASONS = [
  'AGENT',
  'CANCELLED',
  'CANCELLED_BY_ADMIN',
  'ABANDONED_IN_QUEUE',
  'RESCHEDULED',
  'REDIAL_LIMIT_REACHED',
  'PURGED',
] as const
export type CompletionReason = (typeof COMPLETION_REASONS)[number]

/** How the callback was requested: immediate (as soon as an agent is free) or for a chosen slot. */
export const CALLBACK_ORIGINS = ['IMMEDIATE', 'SCHEDULED'] as const
export type CallbackOrigin = (typeof CALLBACK_ORIGINS)[number]

export const ORIGINATION_CHANNELS = ['WEB', 'IVR', 'UI'] as const
export type OriginationChannel = (typeof ORIGINATION_CHANNELS)[number]

/** The desired callback time is a window, not an instant (two minutes in the original product). */
export const DESIRED_TIME_WINDOW_MS = 2 * 60_000

/** Records disappear this long after their desired callback time (fixed, not configurable). */
export const RECORD_TTL_MS = 14 * 24 * 60 * 60_000

export interface CallbackStatus {
  state: CallbackState
  desiredTime: string
}

export function isCompleted(state: CallbackState): boolean {
  return state === 'COMPLETED'
}

/** PROCESSING (an agent is on the call) and COMPLETED records cannot be cancelled. */
export function isCancellable(state: CallbackState): boolean {
  return state !== 'PROCESSING' && state !== 'COMPLETED'
}

/** Only a callback still waiting for its time can be moved to another time. */
export function isReschedulable(state: CallbackState): boolean {
  return state === 'SCHEDULED'
}

export function isRecreatable(state: CallbackState): boolean {
  return state === 'COMPLETED'
}

/** A SCHEDULED callback that is still scheduled after its desired-time window has passed. */
export function isPastDesiredWindow(callback: CallbackStatus, now: number): boolean {
  return (
    callback.state === 'SCHEDULED' &&
    Date.parse(callback.desiredTime) + DESIRED_TIME_WINDOW_MS < now
  )
}

export function isExpired(desiredTime: string, now: number): boolean {
  return Date.parse(desiredTime) + RECORD_TTL_MS <= now
}

/** States in which the record is waiting on or talking to an agent: position and EWT are meaningful. */
export function hasQueueFigures(state: CallbackState): boolean {
  return state === 'QUEUED' || state === 'ROUTING' || state === 'PROCESSING'
}
