import { useEffect, useMemo, useRef } from 'react'
import { flushSync } from 'react-dom'
import { useSearchParams } from 'react-router'
import { useStableNavigate } from './stableNavigate'
import { useStableCallback } from './useStableCallback'

/** A paged list's view as it lives in the URL, so it can be bookmarked, shared and gone back to. */
export type PagedView = { page: number } & Record<string, string | number>

/** `value` when it is one of `allowed`, else `fallback`: a URL is typed by anyone. */
export function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/** A page number from the URL (counting from 1); anything else is the first page. */
export function pageOf(value: string | null): number {
  const page = Number(value)
  return Number.isInteger(page) && page >= 1 ? page : 1
}

/** The URL parameters of a view: only what differs from the default, to keep links short. */
export function viewToParams<V extends PagedView>(view: V, defaults: V): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of Object.keys(defaults)) {
    if (view[key] !== defaults[key]) params.set(key, String(view[key]))
  }
  return params
}

/**
 * How long a change of view waits for its rows before the URL changes anyway (the list then shows
 * its last rows while the new ones load). Most answers come sooner, and the view is then drawn
 * once, with its rows, rather than twice (the old rows under the new URL, then the new rows).
 * Past this, showing that something happens matters more.
 */
export const WAIT_FOR_ROWS_MS = 100

/**
 * The view the URL holds and a way to change it. Any change but a page change goes back to page
 * 1, since the old page number means nothing in the new list. `parse` must be stable (memoised)
 * and must fall back to `defaults` for anything missing or invalid.
 *
 * With `load` (which requests a view's rows), a change requests the new rows at once and changes
 * the URL when they are there, or after WAIT_FOR_ROWS_MS. A change made meanwhile builds on the
 * one waiting and replaces it.
 */
export function useUrlView<V extends PagedView>(
  parse: (params: URLSearchParams) => V,
  defaults: V,
  load?: (view: V) => Promise<unknown>,
) {
  const [params] = useSearchParams()
  const navigate = useStableNavigate()
  const view = useMemo(() => parse(params), [params, parse])
  const waiting = useRef<{ view: V; id: number } | null>(null)
  const lastId = useRef(0)
  useEffect(
    () => () => {
      // Gone from the page: a view still waiting must not change the next page's URL.
      waiting.current = null
    },
    [],
  )
  // One function for the page's life: what it is handed to is not redrawn by a change of view.
  const update = useStableCallback((patch: Partial<V>, options: { replace?: boolean } = {}) => {
    const next: V = { ...(waiting.current?.view ?? view), page: 1, ...patch }
    const go = () =>
      navigate(`?${viewToParams(next, defaults).toString()}`, { replace: options.replace ?? false })
    if (!load) {
      go()
      return
    }
    const id = ++lastId.current
    waiting.current = { view: next, id }
    // A failure shows when the list's own query reports it.
    const loaded = load(next).catch(() => undefined)
    const waited = new Promise((resolve) => setTimeout(resolve, WAIT_FOR_ROWS_MS))
    void Promise.race([loaded, waited]).then(() => {
      if (waiting.current?.id !== id) return
      waiting.current = null
      // Drawn in this task, not one the scheduler queues behind a frame: the rows are here.
      flushSync(go)
    })
  })
  return { view, update }
}
