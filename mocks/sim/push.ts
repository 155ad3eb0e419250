import type { CallbackEvent } from '@/domain/lifecycle'
import type { CallbackRecord, TenantCredentials } from '../store/types'

/**
 * Push notifications of a callback booked with `pushTargets` (Administrator's Guide, "Callback Push
 * Notifications"): the tenant sends one per target for CALLBACK_UPCOMING, CALLBACK_ATTEMPT_FAILED,
 * CALLBACK_FINAL_ATTEMPT_FAILED and CALLBACK_PURGED. The simulated tenant has no Firebase to send
 * to, so it records each delivery as Firebase would have been asked for it: sent with the saved
 * project's credentials, or not sent and why (no credentials saved).
 */
export type PushEvent =
  | 'CALLBACK_UPCOMING'
  | 'CALLBACK_ATTEMPT_FAILED'
  | 'CALLBACK_FINAL_ATTEMPT_FAILED'
  | 'CALLBACK_PURGED'

/**
 * The Push Notification Threshold (CALLBACK_SETTINGS) of every simulated queue: CALLBACK_UPCOMING
 * tells a customer whose wait was longer than this that the call is coming.
 */
export const UPCOMING_THRESHOLD_SECONDS = 5 * 60

export type PushDelivery = NonNullable<CallbackRecord['metrics']['pushDeliveries']>[number]

/**
 * The push event a step of the callback's life sends, if any. CALLBACK_UPCOMING goes with the first
 * outbound attempt (the callback reached the front of the queue), once, and only to a customer told
 * to expect a longer wait than the threshold: one whose wait was already short hears nothing, as
 * the Guide says.
 */
export function pushEventOf(
  event: CallbackEvent,
  metrics: CallbackRecord['metrics'],
): PushEvent | null {
  switch (event) {
    case 'RESERVE_AGENT':
      return (metrics.dialAttempts ?? 0) === 0 &&
        (metrics.ewtAtOffer ?? 0) >= UPCOMING_THRESHOLD_SECONDS
        ? 'CALLBACK_UPCOMING'
        : null
    case 'DIAL_FAILED':
      return 'CALLBACK_ATTEMPT_FAILED'
    case 'REDIAL_LIMIT':
      return 'CALLBACK_FINAL_ATTEMPT_FAILED'
    case 'PURGE':
      return 'CALLBACK_PURGED'
    default:
      return null
  }
}

/** The deliveries of one push event to each of the callback's targets. */
export function pushDeliveries(
  record: Pick<CallbackRecord, 'parameters'>,
  event: PushEvent,
  at: number,
  credentials: Pick<TenantCredentials, 'firebase'>,
): PushDelivery[] {
  const targets = record.parameters?.pushTargets ?? []
  const firebase = credentials.firebase
  return targets.map((target) => ({
    at: new Date(at).toISOString(),
    event,
    channel: target.channel,
    target: target.target,
    ...(firebase
      ? { sent: true, project: firebase.projectName }
      : { sent: false, reason: 'NO_CREDENTIALS' as const }),
  }))
}
