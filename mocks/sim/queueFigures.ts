import { isOpenAt } from '@/domain/businessHours'
import type { SimQueue } from '../store/types'

/** Agents logged in to a queue at an instant: its staff while open, nobody while closed. */
export function agentsAt(queue: SimQueue, at: number): number {
  return isOpenAt(queue.businessHours, at) ? queue.model.agents : 0
}

/**
 * Estimated wait for the customer at `position` in the queue, in seconds: the work ahead of them
 * shared among the agents logged in. −1 when nobody is logged in (the API's "unknown").
 */
export function estimatedWaitSeconds(queue: SimQueue, position: number, at: number): number {
  const agents = agentsAt(queue, at)
  if (agents === 0) return -1
  return Math.ceil((Math.max(position, 1) * queue.model.averageHandleSeconds) / agents)
}
