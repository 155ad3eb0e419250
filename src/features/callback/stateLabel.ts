import type { CallbackSummary } from '@/api/types'

/**
 * A callback's state as the original product shows it, e.g. "COMPLETED (AGENT)". States and reasons
 * are the API's own words, kept untranslated so they match the documentation and the logs.
 */
export function stateLabel(callback: Pick<CallbackSummary, 'state' | 'reason'>): string {
  return callback.reason ? `${callback.state} (${callback.reason})` : callback.state
}
