import type { CallbackOrigin, CallbackState, CompletionReason } from './callback'
import { phoneDigits } from './phoneDigits'
import { formatClock, wallClock } from './zonedTime'

/**
 * What the Callback list asks for: a time range, visible states and services, a search on one column,
 * a sort and a page. The simulator answers it with these functions; a real backend does the same on
 * its side. The client only ever holds one page.
 */
export const SEARCH_FIELDS = [
  'state',
  'completedReason',
  'desiredTime',
  'phoneNumber',
  'serviceName',
  'callbackId',
] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

export const SORT_FIELDS = [
  'desiredTime',
  'state',
  'phoneNumber',
  'serviceName',
  'callbackId',
  'updatedAt',
] as const
export type SortField = (typeof SORT_FIELDS)[number]
export type SortOrder = 'asc' | 'desc'

export const PAGE_SIZE = 250
export const MAX_SEARCH_TERM = 100

export interface ListedCallback {
  id: string
  state: CallbackState
  reason?: CompletionReason | undefined
  desiredTime: string
  updatedAt: string
  phoneNumber: string
  serviceName: string
  origin: CallbackOrigin
}

export interface CallbackFilter {
  from: number
  to: number
  states?: readonly CallbackState[] | undefined
  services?: readonly string[] | undefined
  searchField?: SearchField | undefined
  searchTerm?: string | undefined
  /** Zone in which a desired-time search is read (the viewer's, or UTC). */
  timeZone: string
}

/** The text a desired-time search matches: "2026-11-21 14:30:05" in the viewer's zone. */
export function desiredTimeText(iso: string, timeZone: string): string {
  const instant = Date.parse(iso)
  const { date, minutes } = wallClock(instant, timeZone)
  const seconds = String(new Date(instant).getUTCSeconds()).padStart(2, '0')
  return `${date} ${formatClock(minutes)}:${seconds}`
}

function searchPredicate(
  field: SearchField,
  rawTerm: string,
  timeZone: string,
): ((cb: ListedCallback) => boolean) | null {
  const term = rawTerm.trim().toLowerCase()
  if (term === '') return null
  switch (field) {
    case 'state':
      return (cb) => cb.state.toLowerCase().includes(term)
    case 'completedReason':
      return (cb) => cb.reason !== undefined && cb.reason.toLowerCase().includes(term)
    case 'desiredTime':
      return (cb) => desiredTimeText(cb.desiredTime, timeZone).includes(term)
    case 'phoneNumber': {
      const digits = phoneDigits(term)
      return digits === '' ? () => false : (cb) => phoneDigits(cb.phoneNumber).includes(digits)
    }
    case 'serviceName':
      return (cb) => cb.serviceName.toLowerCase().includes(term)
    case 'callbackId':
      return (cb) => cb.id.toLowerCase().includes(term)
  }
}

/**
 * Compares two ISO instants. Canonical UTC strings (toISOString) of equal length order like the
 * instants they name, which keeps sorting 100,000 records cheap; anything else is parsed.
 */
export function compareInstants(a: string, b: string): number {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : a > b ? 1 : 0
  return Date.parse(a) - Date.parse(b)
}

export function callbackMatcher(filter: CallbackFilter): (cb: ListedCallback) => boolean {
  const from = new Date(filter.from).toISOString()
  const to = new Date(filter.to).toISOString()
  const states = filter.states?.length ? new Set(filter.states) : null
  const services = filter.services?.length ? new Set(filter.services) : null
  const search =
    filter.searchField && filter.searchTerm
      ? searchPredicate(
          filter.searchField,
          filter.searchTerm.slice(0, MAX_SEARCH_TERM),
          filter.timeZone,
        )
      : null
  return (cb) => {
    if (compareInstants(cb.desiredTime, from) < 0 || compareInstants(cb.desiredTime, to) >= 0) {
      return false
    }
    if (states && !states.has(cb.state)) return false
    if (services && !services.has(cb.serviceName)) return false
    return search ? search(cb) : true
  }
}

/** Code-unit order: the same on every backend and locale, and fast enough for 100,000 rows. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const STATE_ORDER: Record<CallbackState, number> = {
  SCHEDULED: 0,
  QUEUED: 1,
  ROUTING: 2,
  PROCESSING: 3,
  COMPLETED: 4,
}

function compareBy(field: SortField): (a: ListedCallback, b: ListedCallback) => number {
  switch (field) {
    case 'desiredTime':
      return (a, b) => compareInstants(a.desiredTime, b.desiredTime)
    case 'updatedAt':
      return (a, b) => compareInstants(a.updatedAt, b.updatedAt)
    case 'state':
      return (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] || compareText(a.reason ?? '', b.reason ?? '')
    case 'phoneNumber':
      return (a, b) => compareText(a.phoneNumber, b.phoneNumber)
    case 'serviceName':
      return (a, b) => compareText(a.serviceName, b.serviceName)
    case 'callbackId':
      return (a, b) => compareText(a.id, b.id)
  }
}

/** A total order: ties fall back to desired time then ID, so pages never overlap or skip. */
export function callbackComparator(
  field: SortField,
  order: SortOrder,
): (a: ListedCallback, b: ListedCallback) => number {
  const primary = compareBy(field)
  const byTime = compareBy('desiredTime')
  const sign = order === 'asc' ? 1 : -1
  return (a, b) => sign * (primary(a, b) || byTime(a, b) || compareText(a.id, b.id))
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}
