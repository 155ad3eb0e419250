import type { CallInState } from './callIn'
import type { SortOrder } from './callbackQuery'
import { resolveDayRange } from './dateRanges'
import { phoneDigits } from './phoneDigits'

/**
 * What the Call-In tab asks for (product.md §4): a time range on the creation time, a search on one
 * attribute, a sort and a page of 500. The simulator answers with these functions; the client only
 * ever holds one page. At most 5,000 records exist, the oldest being dropped.
 */
export const CALL_IN_SEARCH_FIELDS = ['state', 'callInId', 'ani', 'dnis', 'groupName'] as const
export type CallInSearchField = (typeof CALL_IN_SEARCH_FIELDS)[number]

/**
 * Every column but the access code: ordering by it would reveal the order of the digits the mask
 * hides.
 */
export const CALL_IN_SORT_FIELDS = [
  'callInId',
  'state',
  'createdAt',
  'ani',
  'expiresAt',
  'groupName',
  'dnis',
] as const
export type CallInSortField = (typeof CALL_IN_SORT_FIELDS)[number]

export const CALL_IN_PAGE_SIZE = 500
export const MAX_CALL_IN_RECORDS = 5000
export const MAX_CALL_IN_SEARCH = 100

export interface ListedCallIn {
  id: string
  state: CallInState
  createdAt: string
  expiresAt: string
  ani?: string | undefined
  groupName: string
  dnis: string
}

export interface CallInFilter {
  /** Creation time from (inclusive) and to (exclusive), epoch ms; absent means unbounded. */
  from?: number | undefined
  to?: number | undefined
  searchField?: CallInSearchField | undefined
  searchTerm?: string | undefined
}

/** Canonical ISO instants (toISOString) order as text: no parsing on 5,000 rows. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function searchPredicate(
  field: CallInSearchField,
  raw: string,
): ((record: ListedCallIn) => boolean) | null {
  const term = raw.trim().toLowerCase()
  if (term === '') return null
  switch (field) {
    case 'state':
      return (r) => r.state.toLowerCase().includes(term)
    case 'callInId':
      return (r) => r.id.toLowerCase().includes(term)
    case 'groupName':
      return (r) => r.groupName.toLowerCase().includes(term)
    case 'ani':
    case 'dnis': {
      const digits = phoneDigits(term)
      if (digits === '') return () => false
      return field === 'ani'
        ? (r) => r.ani !== undefined && phoneDigits(r.ani).includes(digits)
        : (r) => phoneDigits(r.dnis).includes(digits)
    }
  }
}

export function callInMatcher(filter: CallInFilter): (record: ListedCallIn) => boolean {
  const from = filter.from === undefined ? undefined : new Date(filter.from).toISOString()
  const to = filter.to === undefined ? undefined : new Date(filter.to).toISOString()
  const search =
    filter.searchField && filter.searchTerm
      ? searchPredicate(filter.searchField, filter.searchTerm.slice(0, MAX_CALL_IN_SEARCH))
      : null
  return (r) => {
    if (from !== undefined && r.createdAt < from) return false
    if (to !== undefined && r.createdAt >= to) return false
    return search ? search(r) : true
  }
}

const STATE_ORDER: Record<CallInState, number> = { CREATED: 0, COMPLETED: 1, EXPIRED: 2 }

function compareBy(field: CallInSortField): (a: ListedCallIn, b: ListedCallIn) => number {
  switch (field) {
    case 'callInId':
      return (a, b) => compareText(a.id, b.id)
    case 'state':
      return (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]
    case 'createdAt':
      return (a, b) => compareText(a.createdAt, b.createdAt)
    case 'expiresAt':
      return (a, b) => compareText(a.expiresAt, b.expiresAt)
    // Records without an ANI come first in ascending order, as empty text would.
    case 'ani':
      return (a, b) => compareText(a.ani ?? '', b.ani ?? '')
    case 'groupName':
      return (a, b) => compareText(a.groupName, b.groupName)
    case 'dnis':
      return (a, b) => compareText(a.dnis, b.dnis)
  }
}

/** A total order: ties fall back to creation time, then ID, so pages never overlap or skip. */
export function callInComparator(
  field: CallInSortField,
  order: SortOrder,
): (a: ListedCallIn, b: ListedCallIn) => number {
  const primary = compareBy(field)
  const sign = order === 'asc' ? 1 : -1
  return (a, b) =>
    sign * (primary(a, b) || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id))
}

/**
 * The Call-In tab's predefined time ranges on the creation time. Requests live minutes; records
 * stay until 5,000 newer ones push them out, usually days: recent windows and whole days both help.
 */
export const CALL_IN_RANGES = [
  'last15Minutes',
  'lastHour',
  'last24Hours',
  'today',
  'yesterday',
  'last7Days',
  'all',
] as const
export type CallInRange = (typeof CALL_IN_RANGES)[number]
export const DEFAULT_CALL_IN_RANGE: CallInRange = 'all'

const MINUTE = 60_000

/** The creation-time window of a range for a viewer in `timeZone` at `now`; `{}` for all. */
export function resolveCallInRange(
  range: CallInRange,
  now: number,
  timeZone: string,
): { from?: number; to?: number } {
  switch (range) {
    case 'last15Minutes':
      return { from: now - 15 * MINUTE }
    case 'lastHour':
      return { from: now - 60 * MINUTE }
    case 'last24Hours':
      return { from: now - 24 * 60 * MINUTE }
    case 'today':
      return resolveDayRange({ start: 0, end: 0 }, now, timeZone)
    case 'yesterday':
      return resolveDayRange({ start: -1, end: -1 }, now, timeZone)
    case 'last7Days':
      return { from: resolveDayRange({ start: -7, end: 0 }, now, timeZone).from }
    case 'all':
      return {}
  }
}
