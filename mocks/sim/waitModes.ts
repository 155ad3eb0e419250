import type { CallbackRecord, SimQueue } from '../store/types'
import { agentsAt, estimatedWaitSeconds } from './queueFigures'
import type { Tenant } from './tenant'

/**
 * The engagement API's estimated-wait-time modes (contract: GET /engagement/v3/estimated-wait-time).
 * They differ in what they trust: mode1 the queue's recent throughput alone, mode2 the routing
 * model (configured handle time over the agents logged in), mode3 handle times measured on the
 * callbacks agents recently finished. Each answers in seconds, or −1 with the reason's resultCode.
 */
export const WAIT_MODES = ['mode1', 'mode2', 'mode3'] as const
export type WaitMode = (typeof WAIT_MODES)[number]

export interface WaitEstimate {
  estimatedWaitTime: number
  /** 0 valid, −1 no interactions to learn from yet, −2 no agents logged in. */
  resultCode: 0 | -1 | -2
  message: string
}

/** How many recent interactions a throughput or handle-time figure is taken over. */
export const RECENT_INTERACTIONS = 32
const LOOK_BACK_MS = 24 * 3_600_000

const valid = (seconds: number): WaitEstimate => ({
  estimatedWaitTime: Math.ceil(seconds),
  resultCode: 0,
  message: 'Valid',
})
const NO_INTERACTIONS: WaitEstimate = {
  estimatedWaitTime: -1,
  resultCode: -1,
  message: 'No interactions yet',
}
const NO_AGENTS: WaitEstimate = {
  estimatedWaitTime: -1,
  resultCode: -2,
  message: 'No agents logged in',
}

/**
 * The place a new customer would take: after every callback waiting in the queue. Snoozed
 * callbacks (parked until their redial) are calls on hold: counted only when asked to.
 */
export function positionForNew(tenant: Tenant, queue: SimQueue, includeOnHold: boolean): number {
  let waiting = 0
  for (const record of tenant.queuedIn(queue.name)) {
    if (includeOnHold || !record.metrics.isSnoozed) waiting++
  }
  return waiting + 1
}

interface Connected {
  record: CallbackRecord
  connectedMs: number
}

/** The queue's callbacks that reached an agent in the last day, most recent first (at most 32). */
function recentlyConnected(tenant: Tenant, queue: SimQueue): Connected[] {
  const now = tenant.now
  const window = tenant.select(
    // A callback connects after its desired time: look back far enough for its longest wait.
    {
      from: now - LOOK_BACK_MS - queue.purgeTimeMinutes * 60_000,
      to: now + 1,
      timeZone: 'UTC',
    },
    new Set([queue.name]),
  )
  return window
    .flatMap((record): Connected[] => {
      const at = record.metrics.connectedAt
      if (at === undefined) return []
      const connectedMs = Date.parse(at)
      return connectedMs <= now && now - connectedMs <= LOOK_BACK_MS
        ? [{ record, connectedMs }]
        : []
    })
    .sort((a, b) => b.connectedMs - a.connectedMs)
    .slice(0, RECENT_INTERACTIONS)
}

/** mode1: the average interval between the recent connections, times the position. */
function throughputWait(tenant: Tenant, queue: SimQueue, position: number): WaitEstimate {
  const times = recentlyConnected(tenant, queue).map((c) => c.connectedMs)
  const newest = times[0]
  const oldest = times.at(-1)
  if (times.length < 2 || newest === undefined || oldest === undefined) return NO_INTERACTIONS
  const intervalMs = (newest - oldest) / (times.length - 1)
  return valid((position * intervalMs) / 1000)
}

/** mode3: the handle time agents actually took on the recent finished callbacks, shared out. */
function measuredWait(tenant: Tenant, queue: SimQueue, position: number): WaitEstimate {
  const agents = agentsAt(queue, tenant.now)
  if (agents === 0) return NO_AGENTS
  const handleTimes = recentlyConnected(tenant, queue).flatMap(({ record, connectedMs }) =>
    record.reason === 'AGENT' && record.metrics.completedAt !== undefined
      ? [Date.parse(record.metrics.completedAt) - connectedMs]
      : [],
  )
  if (handleTimes.length === 0) return NO_INTERACTIONS
  const totalMs = handleTimes.reduce((sum, ms) => sum + ms, 0)
  return valid((position * totalMs) / handleTimes.length / 1000 / agents)
}

/** mode2: the routing model's estimate, as queue-status and the callback details use it. */
function routingWait(tenant: Tenant, queue: SimQueue, position: number): WaitEstimate {
  const seconds = estimatedWaitSeconds(queue, position, tenant.now)
  return seconds < 0 ? NO_AGENTS : valid(seconds)
}

export function estimateWait(
  tenant: Tenant,
  queue: SimQueue,
  mode: WaitMode,
  includeOnHold: boolean,
): WaitEstimate {
  const position = positionForNew(tenant, queue, includeOnHold)
  switch (mode) {
    case 'mode1':
      return throughputWait(tenant, queue, position)
    case 'mode2':
      return routingWait(tenant, queue, position)
    case 'mode3':
      return measuredWait(tenant, queue, position)
  }
}
