import type { components } from '@/api/schema.gen'
import { isCancellable } from '@/domain/callback'
import type { CallbackRecord, CancellationEntry } from '../store/types'
import type { Tenant } from './tenant'

type BulkCancelData = components['schemas']['BulkCancelData']
type BulkCancelResult = components['schemas']['BulkCancelResult']

/** Cancelled callbacks listed one by one in an answer; excluded and failed ones always are. */
export const MAX_LISTED_CANCELLED = 1000
/** The cancellation log keeps the newest entries (the Export Cancelled report reads it). */
export const MAX_CANCELLATIONS = 20_000

/** Who cancels, and when: the signed-in user at the tenant's "now". */
export interface Canceller {
  username: string
  now: number
}

/**
 * What a bulk cancel works on: a record the caller may see, or an ID asked for that matches none
 * (or one in a queue the caller may not read, which must look the same).
 */
export type BulkTarget = CallbackRecord | string

export function exclusionReason(record: CallbackRecord): string {
  return record.state === 'PROCESSING'
    ? 'An agent is handling this callback (PROCESSING); it cannot be cancelled.'
    : 'This callback is already COMPLETED.'
}

/** One line of the cancellation log, newest first. */
export function logCancellation(
  tenant: Tenant,
  by: Canceller,
  record: CallbackRecord,
  status: CancellationEntry['status'],
  message?: string,
): void {
  const log = tenant.state.cancellations
  if (log.length >= MAX_CANCELLATIONS) log.length = MAX_CANCELLATIONS - 1
  log.unshift({
    username: by.username,
    id: record.id,
    phoneNumber: record.phoneNumber,
    serviceName: record.serviceName,
    desiredTime: record.desiredTime,
    requestedAt: new Date(by.now).toISOString(),
    status,
    message,
  })
}

/**
 * Cancel Callbacks (product.md §2.6) on the tenant: every cancellable target is cancelled, the
 * PROCESSING and COMPLETED ones are excluded with the reason, unknown IDs fail; each outcome is
 * logged for the cancellation report. A dry run answers the same counts and changes nothing,
 * for the dialog's preview.
 */
export function bulkCancel(
  tenant: Tenant,
  targets: readonly BulkTarget[],
  by: Canceller,
  { dryRun = false, listLimit = MAX_LISTED_CANCELLED } = {},
): BulkCancelData {
  let cancelled = 0
  let excluded = 0
  let failed = 0
  let listedCancelled = 0
  const results: BulkCancelResult[] = []
  for (const target of targets) {
    if (typeof target === 'string') {
      failed++
      results.push({
        id: target,
        outcome: 'FAILED',
        state: 'COMPLETED',
        message: 'No such callback.',
      })
      continue
    }
    const reason = target.reason ? { reason: target.reason } : {}
    if (!isCancellable(target.state)) {
      excluded++
      const message = exclusionReason(target)
      if (!dryRun) logCancellation(tenant, by, target, 'EXCLUDED', message)
      results.push({ id: target.id, outcome: 'EXCLUDED', state: target.state, ...reason, message })
      continue
    }
    if (!dryRun && !tenant.cancel(target, { username: by.username })) {
      failed++
      const message = 'The callback changed state; try again.'
      logCancellation(tenant, by, target, 'FAILED', message)
      results.push({ id: target.id, outcome: 'FAILED', state: target.state, message })
      continue
    }
    cancelled++
    if (!dryRun) logCancellation(tenant, by, target, 'CANCELLED')
    if (listedCancelled++ < listLimit) {
      results.push({
        id: target.id,
        outcome: 'CANCELLED',
        state: target.state,
        ...(target.reason ? { reason: target.reason } : {}),
      })
    }
  }
  return { cancelled, excluded, failed, results }
}
