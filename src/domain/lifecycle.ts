import type { CallbackState, CompletionReason } from './callback'

/**
 * The callback state machine. Every change of state, whether the simulator's clock moves a callback
 * along or a person cancels it, goes through `transition`, so an illegal move is impossible anywhere.
 */
export const CALLBACK_EVENTS = [
  'QUEUE', // desired time reached while the queue is open
  'RESERVE_AGENT', // an agent is reserved and the customer is being dialled
  'CONNECT', // the customer answered: the agent is handling it
  'DIAL_FAILED', // no answer or busy: back to the queue to be redialled
  'REDIAL_LIMIT', // the last permitted dial attempt failed
  'FINISH', // the agent completed the call
  'ABANDON', // the customer gave up while waiting in the queue
  'PURGE', // still waiting when the purge time or end of business day came
  'CANCEL', // cancelled by the customer through the API
  'CANCEL_BY_ADMIN', // cancelled by a person in the UI
  'RESCHEDULE', // replaced by a new callback at another time
] as const
export type CallbackEvent = (typeof CALLBACK_EVENTS)[number]

export interface StateAfter {
  state: CallbackState
  reason?: CompletionReason
}

const done = (reason: CompletionReason): StateAfter => ({ state: 'COMPLETED', reason })

const TRANSITIONS: Record<CallbackState, Partial<Record<CallbackEvent, StateAfter>>> = {
  SCHEDULED: {
    QUEUE: { state: 'QUEUED' },
    PURGE: done('PURGED'),
    CANCEL: done('CANCELLED'),
    CANCEL_BY_ADMIN: done('CANCELLED_BY_ADMIN'),
    RESCHEDULE: done('RESCHEDULED'),
  },
  QUEUED: {
    RESERVE_AGENT: { state: 'ROUTING' },
    ABANDON: done('ABANDONED_IN_QUEUE'),
    PURGE: done('PURGED'),
    CANCEL: done('CANCELLED'),
    CANCEL_BY_ADMIN: done('CANCELLED_BY_ADMIN'),
  },
  ROUTING: {
    CONNECT: { state: 'PROCESSING' },
    DIAL_FAILED: { state: 'QUEUED' },
    REDIAL_LIMIT: done('REDIAL_LIMIT_REACHED'),
    CANCEL: done('CANCELLED'),
    CANCEL_BY_ADMIN: done('CANCELLED_BY_ADMIN'),
  },
  PROCESSING: {
    FINISH: done('AGENT'),
  },
  COMPLETED: {},
}

export type TransitionResult =
  { ok: true; next: StateAfter } | { ok: false; from: CallbackState; event: CallbackEvent }

export function transition(from: CallbackState, event: CallbackEvent): TransitionResult {
  const next = TRANSITIONS[from][event]
  // A copy: callers must not be able to change the table through the result.
  return next ? { ok: true, next: { ...next } } : { ok: false, from, event }
}

export function allowedEvents(from: CallbackState): CallbackEvent[] {
  return Object.keys(TRANSITIONS[from]) as CallbackEvent[]
}
