import { isOpenAt, nextClosing, nextOpening } from '@/domain/businessHours'
import { transition, type CallbackEvent } from '@/domain/lifecycle'
import { chooseRegion, explainChoice, regionLabel } from '@/domain/regionAffinity'
import type { CallbackRecord, SimQueue, TenantState } from '../store/types'
import { pushDeliveries, pushEventOf } from './push'
import { agentsAt, estimatedWaitSeconds } from './queueFigures'
import { between, rngFor } from './rng'

/**
 * The clock's side of the state machine: when each step of a callback's life happens and what it
 * records. Transitions themselves are checked by the domain state machine; this file only decides
 * timing and outcomes from the queue (agents, handle time, answer and abandon rates, purge time and
 * business hours), with deterministic randomness per callback and step.
 */
export interface EngineHost {
  queue(name: string): SimQueue | undefined
  /** Callbacks currently QUEUED in a queue, the one being planned included. */
  queuedCount(queueName: string): number
  setQueued(record: CallbackRecord, queued: boolean): void
  schedule(record: CallbackRecord, event: CallbackEvent, at: number): void
  /**
   * The regional nodes and region rules that decide where a callback is served, and the
   * credentials its push notifications are sent with.
   */
  readonly state: Pick<TenantState, 'regions' | 'regionRules' | 'credentials'>
}

const iso = (t: number) => new Date(t).toISOString()
const SECOND = 1000
/** How long a callback with no region to connect to waits before trying again. */
const REGION_RETRY_MS = 60 * SECOND

/** Apply an event now due. Returns false when the callback was no longer in a state to take it. */
export function fire(
  host: EngineHost,
  record: CallbackRecord,
  event: CallbackEvent,
  at: number,
): boolean {
  const queue = host.queue(record.serviceName)
  if (!queue) return false
  if (event === 'QUEUE' && !isOpenAt(queue.businessHours, at)) {
    // Desired time reached while closed: wait for the opening (the callback shows as overdue) or be
    // purged if the purge time comes first.
    const purgeAt = Date.parse(record.desiredTime) + queue.purgeTimeMinutes * 60 * SECOND
    const opening = nextOpening(queue.businessHours, at)
    if (opening !== null && opening < purgeAt) host.schedule(record, 'QUEUE', opening)
    else host.schedule(record, 'PURGE', Math.max(purgeAt, at))
    return true
  }
  if (event === 'RESERVE_AGENT' && !routeToRegion(host, record, queue, at)) return true
  return applyEvent(host, record, event, at)
}

/**
 * Pick the regional node for a callback about to be routed: the queue's region rule over the nodes'
 * health (src/domain/regionAffinity.ts). With no node to connect to, the callback stays queued and
 * tries again a minute later, until its purge time. Returns whether it can be routed now.
 */
function routeToRegion(
  host: EngineHost,
  record: CallbackRecord,
  queue: SimQueue,
  at: number,
): boolean {
  const rule = queue.regionRuleId
    ? host.state.regionRules.find((r) => r.id === queue.regionRuleId)
    : undefined
  const defaultRegion = queue.model.routingNode.split(' ')[0] ?? ''
  const choice = chooseRegion(rule, host.state.regions, defaultRegion)
  const metrics = { ...record.metrics }
  delete metrics.servedRegion // an earlier attempt's region is no longer the one serving it
  record.metrics = {
    ...metrics,
    ...(choice.region ? { servedRegion: regionLabel(choice.region) } : {}),
    regionDecision: explainChoice(choice, rule !== undefined),
  }
  if (choice.region) return true
  const purgeAt =
    Date.parse(record.metrics.queuedAt ?? record.updatedAt) + queue.purgeTimeMinutes * 60 * SECOND
  if (at + REGION_RETRY_MS < purgeAt) host.schedule(record, 'RESERVE_AGENT', at + REGION_RETRY_MS)
  else host.schedule(record, 'PURGE', Math.max(purgeAt, at))
  return false
}

/** The node that connected the call: the served region when one was chosen, else the queue's. */
function routingNodeOf(host: EngineHost, record: CallbackRecord, queue: SimQueue): string {
  const served = host.state.regions.find((r) => regionLabel(r) === record.metrics.servedRegion)
  return served ? `${served.id} (${served.name})` : queue.model.routingNode
}

/** Move a callback through the state machine, record what happened, and plan its next step. */
export function applyEvent(
  host: EngineHost,
  record: CallbackRecord,
  event: CallbackEvent,
  at: number,
  by?: string,
): boolean {
  const result = transition(record.state, event)
  if (!result.ok) return false
  const queue = host.queue(record.serviceName)
  const wasQueued = record.state === 'QUEUED'
  record.state = result.next.state
  record.reason = result.next.reason
  record.updatedAt = iso(at)
  record.next = undefined
  if (wasQueued !== (record.state === 'QUEUED')) host.setQueued(record, record.state === 'QUEUED')
  const push = record.parameters?.pushTargets ? pushEventOf(event, record.metrics) : null
  record.metrics = { ...record.metrics, ...metricsFor(record, event, at, queue, host, by) }
  if (push) {
    const sent = pushDeliveries(record, push, at, host.state.credentials)
    record.metrics.pushDeliveries = [...(record.metrics.pushDeliveries ?? []), ...sent]
  }
  if (queue) planNext(host, record, queue, event, at)
  return true
}

function metricsFor(
  record: CallbackRecord,
  event: CallbackEvent,
  at: number,
  queue: SimQueue | undefined,
  host: EngineHost,
  by: string | undefined,
): Partial<CallbackRecord['metrics']> {
  const m = record.metrics
  const dialResults = m.dialResults ?? []
  switch (event) {
    case 'QUEUE':
      return {
        queuedAt: iso(at),
        agentsLoggedIn: queue ? agentsAt(queue, at) : 0,
        isSnoozed: false,
      }
    case 'RESERVE_AGENT': {
      const first = (m.dialAttempts ?? 0) === 0
      return {
        dialAttempts: (m.dialAttempts ?? 0) + 1,
        isSnoozed: false,
        ...(first && queue
          ? {
              agentsLoggedInAtFirstOutbound: agentsAt(queue, at),
              ewtAtFirstOutbound: Math.max(
                0,
                estimatedWaitSeconds(queue, host.queuedCount(queue.name), at),
              ),
            }
          : {}),
      }
    }
    case 'CONNECT': {
      const node = queue ? routingNodeOf(host, record, queue) : undefined
      return {
        dialResults: [...dialResults, { at: iso(at), result: 'CONNECTED' }],
        connectedAt: iso(at),
        ...(queue && node
          ? {
              routingNode: node,
              routingUrl: `https://ors.${node.split(' ')[0]}.callback.example/ors/${encodeURIComponent(queue.name)}`,
            }
          : {}),
      }
    }
    case 'DIAL_FAILED':
    case 'REDIAL_LIMIT': {
      const result = rngFor(record.id, 'dial', at)() < 0.6 ? 'NO_ANSWER' : 'BUSY'
      return {
        dialResults: [...dialResults, { at: iso(at), result }],
        isSnoozed: event === 'DIAL_FAILED',
        ...(event === 'REDIAL_LIMIT' ? { completedAt: iso(at) } : {}),
      }
    }
    case 'FINISH':
      return {
        completedAt: iso(at),
        callDirection:
          rngFor(record.id, 'direction')() < 0.7 ? 'CUSTOMER_TERMINATED' : 'AGENT_TERMINATED',
      }
    case 'ABANDON':
    case 'PURGE':
    case 'CANCEL':
      return { completedAt: iso(at) }
    case 'CANCEL_BY_ADMIN':
      return { completedAt: iso(at), cancelledAt: iso(at), ...(by ? { cancelledBy: by } : {}) }
    case 'RESCHEDULE':
      return { completedAt: iso(at), rescheduledAt: iso(at), ...(by ? { rescheduledBy: by } : {}) }
  }
}

function planNext(
  host: EngineHost,
  record: CallbackRecord,
  queue: SimQueue,
  event: CallbackEvent,
  at: number,
): void {
  const rng = rngFor(record.id, event, at)
  switch (record.state) {
    case 'QUEUED': {
      const queuedAt = Date.parse(record.metrics.queuedAt ?? record.updatedAt)
      const closing = nextClosing(queue.businessHours, at) ?? Infinity
      const deadline = Math.min(queuedAt + queue.purgeTimeMinutes * 60 * SECOND, closing)
      const wait =
        event === 'DIAL_FAILED'
          ? between(rng, 60, 180) * SECOND // snoozed before the redial
          : Math.max(5, estimatedWaitSeconds(queue, host.queuedCount(queue.name), at)) *
            between(rng, 0.6, 1.4) *
            SECOND
      if (event === 'QUEUE' && rng() < queue.model.abandonRate) {
        host.schedule(record, 'ABANDON', Math.min(at + wait * rng(), deadline))
      } else if (at + wait >= deadline) {
        host.schedule(record, 'PURGE', deadline)
      } else {
        host.schedule(record, 'RESERVE_AGENT', at + wait)
      }
      return
    }
    case 'ROUTING': {
      const dial = at + between(rng, 15, 45) * SECOND
      if (rng() < queue.model.answerRate) host.schedule(record, 'CONNECT', dial)
      else if ((record.metrics.dialAttempts ?? 1) >= queue.maxDialAttempts)
        host.schedule(record, 'REDIAL_LIMIT', dial)
      else host.schedule(record, 'DIAL_FAILED', dial)
      return
    }
    case 'PROCESSING':
      host.schedule(
        record,
        'FINISH',
        at + queue.model.averageHandleSeconds * between(rng, 0.5, 1.5) * SECOND,
      )
      return
    case 'SCHEDULED':
    case 'COMPLETED':
      return
  }
}
