import type { CallbackListParams, Preferences, RangeSelection } from '@/api/types'
import { PAGE_SIZE } from '@/domain/callbackQuery'
import {
  DEFAULT_RANGE,
  PREDEFINED_RANGES,
  isPredefinedRange,
  resolveDayRange,
  type CustomRange,
  type DayRange,
  type PredefinedRangeId,
} from '@/domain/dateRanges'
import type { ListView } from './useListState'

export const PREDEFINED_RANGE_IDS = Object.keys(PREDEFINED_RANGES) as PredefinedRangeId[]

export function dayRangeOf(id: string, customRanges: readonly CustomRange[]): DayRange {
  if (isPredefinedRange(id)) return PREDEFINED_RANGES[id]
  return customRanges.find((r) => r.id === id) ?? PREDEFINED_RANGES[DEFAULT_RANGE]
}

/**
 * The records a view covers, whatever their page: what bulk cancel acts on. Days are counted, and
 * desired times searched, in the zone times are shown in (the viewer's, or UTC).
 */
export function rangeSelection(
  view: ListView,
  prefs: Preferences,
  now: number,
  timeZone: string,
): RangeSelection {
  const { from, to } = resolveDayRange(dayRangeOf(view.range, prefs.customRanges), now, timeZone)
  const term = view.q.trim()
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    states: prefs.visibleStates,
    services: prefs.visibleServices,
    ...(term ? { searchField: view.field, searchTerm: term } : {}),
    timezone: timeZone,
  }
}

/** The list request for a view. */
export function listParams(selection: RangeSelection, view: ListView): CallbackListParams {
  return {
    from: selection.from,
    to: selection.to,
    states: selection.states ?? [],
    services: selection.services ?? [],
    // Without a term the column does not matter: one cache entry, no request on a column change.
    searchField: selection.searchField ?? 'phoneNumber',
    searchTerm: selection.searchTerm ?? '',
    timezone: selection.timezone ?? 'UTC',
    sort: view.sort,
    order: view.order,
    page: view.page - 1,
    pageSize: PAGE_SIZE,
  }
}

/**
 * The narrowest predefined range that shows an instant, so a callback just created can be seen
 * with as little change to the view as possible; undefined when it is beyond every range.
 */
export function smallestRangeContaining(
  instant: number,
  now: number,
  timeZone: string,
): PredefinedRangeId | undefined {
  let best: { id: PredefinedRangeId; days: number } | undefined
  for (const id of PREDEFINED_RANGE_IDS) {
    const range = PREDEFINED_RANGES[id]
    const { from, to } = resolveDayRange(range, now, timeZone)
    const days = range.end - range.start
    if (instant >= from && instant < to && (!best || days < best.days)) best = { id, days }
  }
  return best?.id
}
