/**
 * Which queues the Queues page shows, in what order, on which page: a name filter (part of a name,
 * any case), the Filter Displayed Queues choice (a set of names, or every queue), sorting by name and
 * pages of 50.
 */
export const QUEUES_PAGE_SIZE = 50

export type NameOrder = 'asc' | 'desc'

export interface QueueView {
  /** Part of a name; blank shows every queue. */
  text: string
  /** The queues picked in Filter Displayed Queues; null when none was picked (all are shown). */
  shown: ReadonlySet<string> | null
  order: NameOrder
  /** 1-based. */
  page: number
}

export interface QueuePage<T> {
  items: T[]
  /** The page shown, within 1…pageCount even when the asked one no longer exists. */
  page: number
  pageCount: number
  /** Queues left after filtering (the "of N"). */
  total: number
  /** 1-based positions of the first and last row shown; 0 and 0 when there is none. */
  from: number
  to: number
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export function compareNames(a: string, b: string, order: NameOrder = 'asc'): number {
  const c = collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
  return order === 'asc' ? c : -c
}

export function matchesName(name: string, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase()
  return needle === '' || name.toLocaleLowerCase().includes(needle)
}

export function pageOf<T>(
  items: readonly T[],
  page: number,
  pageSize = QUEUES_PAGE_SIZE,
): QueuePage<T> {
  const total = items.length
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount)
  const start = (current - 1) * pageSize
  const slice = items.slice(start, start + pageSize)
  return {
    items: slice,
    page: current,
    pageCount,
    total,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
  }
}

export function viewQueues<T extends { name: string }>(
  queues: readonly T[],
  view: QueueView,
  pageSize = QUEUES_PAGE_SIZE,
): QueuePage<T> {
  const visible = queues
    .filter(
      (q) => (view.shown === null || view.shown.has(q.name)) && matchesName(q.name, view.text),
    )
    .sort((a, b) => compareNames(a.name, b.name, view.order))
  return pageOf(visible, view.page, pageSize)
}
