import type { QueueOverview } from '@/api/queues'
import { formatDuration } from '@/lib/time'

/** Estimated Wait Time as shown: a duration, or null for "Unknown" (inactive queue, or −1). */
export function waitText(queue: QueueOverview, locale: string): string | null {
  const seconds = queue.live?.estimatedWaitTime
  if (seconds === undefined || seconds < 0) return null
  return formatDuration(seconds, locale)
}

export function countText(queue: QueueOverview, locale: string): string | null {
  const count = queue.live?.callbacksInQueue
  return count === undefined ? null : count.toLocaleString(locale)
}
