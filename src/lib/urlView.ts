import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

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
 * The view the URL holds and a way to change it. Any change but a page change goes back to page
 * 1, since the old page number means nothing in the new list. `parse` must be stable (memoised)
 * and must fall back to `defaults` for anything missing or invalid.
 */
export function useUrlView<V extends PagedView>(
  parse: (params: URLSearchParams) => V,
  defaults: V,
) {
  const [params, setParams] = useSearchParams()
  const view = useMemo(() => parse(params), [params, parse])
  const update = useCallback(
    (patch: Partial<V>, options: { replace?: boolean } = {}) => {
      setParams((current) => viewToParams({ ...parse(current), page: 1, ...patch }, defaults), {
        replace: options.replace ?? false,
      })
    },
    [setParams, parse, defaults],
  )
  return { view, update }
}
