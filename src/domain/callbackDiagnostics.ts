import {
  isPastDesiredWindow,
  type CallbackOrigin,
  type CallbackState,
  type CompletionReason,
  type OriginationChannel,
} from './callback'

/**
 * The Diagnostic Data of Callback Search: facts, as label and value, that explain where a callback
 * is and how it got there — dial attempts and their results, where it was routed, its place in the
 * queue, who changed it, whether it is past its desired window. Written by the backend (so a real
 * one can give its own), in English like its error messages; instants stay ISO 8601 so the UI can
 * show them in the viewer's zone and format.
 */
export interface DiagnosticFact {
  label: string
  value: string
}

/** The parts of the callback metrics the facts are drawn from (structurally the API's). */
export interface DiagnosticMetrics {
  originationChannel?: OriginationChannel
  createdBy?: string
  createdAt?: string
  ewtAtOffer?: number
  agentsLoggedIn?: number
  queuedAt?: string
  dialAttempts?: number
  dialResults?: ReadonlyArray<{ at: string; result: 'CONNECTED' | 'NO_ANSWER' | 'BUSY' }>
  isSnoozed?: boolean
  routingNode?: string
  servedRegion?: string
  regionDecision?: string
  connectedAt?: string
  callDirection?: 'CUSTOMER_TERMINATED' | 'AGENT_TERMINATED'
  completedAt?: string
  cancelledBy?: string
  cancelledAt?: string
  rescheduledBy?: string
  rescheduledAt?: string
  rescheduledTo?: string
  rescheduledFrom?: string
  recreatedBy?: string
  recreatedAt?: string
  recreatedFrom?: string
}

export interface DiagnosticCallback {
  state: CallbackState
  reason?: CompletionReason | undefined
  origin: CallbackOrigin
  desiredTime: string
  metrics: DiagnosticMetrics
}

export interface DiagnosticQueue {
  maxDialAttempts: number
  purgeTimeMinutes: number
  /** Whether the queue is open at `now`. */
  openNow: boolean
}

/** Figures that only a live queue knows; absent when the callback is not waiting in one. */
export interface LiveFigures {
  position?: number
  /** Seconds; −1 when nobody is logged in to estimate it. */
  estimatedWait?: number
}

const CHANNELS: Record<OriginationChannel, string> = {
  WEB: 'Web or mobile app',
  IVR: 'IVR',
  UI: 'Callback Admin',
}

const DIAL_RESULTS = { CONNECTED: 'Connected', NO_ANSWER: 'No answer', BUSY: 'Busy' } as const

const OUTCOMES: Record<CompletionReason, string> = {
  AGENT: 'Handled by an agent',
  CANCELLED: 'Cancelled by the customer',
  CANCELLED_BY_ADMIN: 'Cancelled by a supervisor',
  ABANDONED_IN_QUEUE: 'The customer abandoned while waiting in the queue',
  RESCHEDULED: 'Rescheduled: replaced by another callback',
  REDIAL_LIMIT_REACHED: 'Not reached: every dial attempt failed',
  PURGED: 'Purged: no agent before the purge time or the queue closing',
}

/** "45 s", "4 min 10 s", "2 h 5 min": short enough for a table cell, exact enough to compare. */
export function describeSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const rest = s % 60
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`
  if (minutes > 0) return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`
  return `${rest} s`
}

const wait = (seconds: number) =>
  seconds < 0 ? 'Unknown (no agents logged in)' : describeSeconds(seconds)
const byAt = (who: string | undefined, at: string | undefined) =>
  [who, at].filter(Boolean).join(' at ') || 'Unknown'

export function callbackDiagnostics(
  callback: DiagnosticCallback,
  queue: DiagnosticQueue,
  live: LiveFigures,
  now: number,
): DiagnosticFact[] {
  const m = callback.metrics
  const facts: DiagnosticFact[] = []
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') facts.push({ label, value: String(value) })
  }

  add(
    'Callback type',
    callback.origin === 'SCHEDULED' ? 'Scheduled' : 'Immediate (wait for an agent)',
  )
  if (m.originationChannel) add('Requested through', CHANNELS[m.originationChannel])
  if (m.createdAt || m.createdBy) add('Created', byAt(m.createdBy, m.createdAt))

  if (callback.state === 'SCHEDULED') {
    if (isPastDesiredWindow(callback, now)) {
      const late = Math.floor((now - Date.parse(callback.desiredTime)) / 60_000)
      add(
        'Past the desired window',
        queue.openNow
          ? `Yes: the desired time passed ${late} min ago and the callback is not queued yet`
          : `Yes: the desired time passed ${late} min ago while the queue is closed; it is queued when the queue opens, or purged ${describeSeconds(queue.purgeTimeMinutes * 60)} after its desired time if that comes first`,
      )
    } else {
      add('Next step', 'Queued at its desired time')
    }
  }

  if (m.ewtAtOffer !== undefined) add('Estimated wait when offered', wait(m.ewtAtOffer))
  if (m.agentsLoggedIn !== undefined) add('Agents logged in when offered', m.agentsLoggedIn)
  add('Queued at', m.queuedAt)
  if (live.position !== undefined && callback.state === 'QUEUED')
    add('Position in queue', live.position)
  if (live.estimatedWait !== undefined && callback.state === 'QUEUED')
    add('Estimated wait now', wait(live.estimatedWait))

  if (m.dialAttempts !== undefined)
    add('Dial attempts', `${m.dialAttempts} of ${queue.maxDialAttempts}`)
  m.dialResults?.forEach((dial, index) =>
    add(`Dial attempt ${index + 1}`, `${DIAL_RESULTS[dial.result]} at ${dial.at}`),
  )
  if (m.isSnoozed && callback.state === 'QUEUED')
    add('Snoozed', 'Yes: waiting before the next dial attempt')

  add('Routing node', m.routingNode)
  add('Served region', m.servedRegion)
  add('Region decision', m.regionDecision)
  add('Connected at', m.connectedAt)
  if (m.callDirection)
    add('Call ended by', m.callDirection === 'CUSTOMER_TERMINATED' ? 'The customer' : 'The agent')

  if (callback.state === 'COMPLETED' && callback.reason) {
    add('Outcome', OUTCOMES[callback.reason])
    if (callback.reason === 'PURGED')
      add('Purge time of the queue', describeSeconds(queue.purgeTimeMinutes * 60))
  }
  add('Completed at', m.completedAt)
  if (m.cancelledBy || m.cancelledAt) add('Cancelled by', byAt(m.cancelledBy, m.cancelledAt))
  if (m.rescheduledBy || m.rescheduledAt)
    add('Rescheduled by', byAt(m.rescheduledBy, m.rescheduledAt))
  add('Replaced by callback', m.rescheduledTo)
  add('Replaces callback', m.rescheduledFrom)
  if (m.recreatedFrom) {
    add('Recreated from callback', m.recreatedFrom)
    add('Recreated by', byAt(m.recreatedBy, m.recreatedAt))
  }
  return facts
}
