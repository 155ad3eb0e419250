import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  MAX_SEARCH_TERM,
  SEARCH_FIELDS,
  SORT_FIELDS,
  type SearchField,
  type SortField,
  type SortOrder,
} from '@/domain/callbackQuery'
import { DEFAULT_RANGE, isPredefinedRange, type CustomRange } from '@/domain/dateRanges'

/**
 * What the list shows, as it lives in the URL so a view can be bookmarked and shared:
 * ?range=next7&field=phoneNumber&q=506&sort=desiredTime&order=desc&page=2 (page counts from 1).
 */
export interface ListView {
  /** A predefined range ID (PREDEFINED_RANGES) or the ID of one of the user's custom ranges. */
  range: string
  field: SearchField
  q: string
  sort: SortField
  order: SortOrder
  page: number
}

export const DEFAULT_VIEW: ListView = {
  range: DEFAULT_RANGE,
  field: 'phoneNumber',
  q: '',
  sort: 'desiredTime',
  order: 'desc',
  page: 1,
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/** Reads a view from URL parameters; anything missing or invalid falls back to the default. */
export function parseView(params: URLSearchParams, customRanges: readonly CustomRange[]): ListView {
  const range = params.get('range')
  const page = Number(params.get('page'))
  return {
    range:
      range !== null && (isPredefinedRange(range) || customRanges.some((r) => r.id === range))
        ? range
        : DEFAULT_VIEW.range,
    field: oneOf(params.get('field'), SEARCH_FIELDS, DEFAULT_VIEW.field),
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH_TERM),
    sort: oneOf(params.get('sort'), SORT_FIELDS, DEFAULT_VIEW.sort),
    order: oneOf(params.get('order'), ['asc', 'desc'], DEFAULT_VIEW.order),
    page: Number.isInteger(page) && page >= 1 ? page : DEFAULT_VIEW.page,
  }
}

/** The URL parameters of a view: only what differs from the default, to keep links short. */
export function viewParams(view: ListView): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of ['range', 'field', 'q', 'sort', 'order', 'page'] as const) {
    if (view[key] !== DEFAULT_VIEW[key]) params.set(key, String(view[key]))
  }
  return params
}

/**
 * The current view and a way to change it. Any change but a page change goes back to page 1,
 * since the old page number means nothing in the new list.
 */
export function useListView(customRanges: readonly CustomRange[]) {
  const [params, setParams] = useSearchParams()
  const view = useMemo(() => parseView(params, customRanges), [params, customRanges])
  const update = useCallback(
    (patch: Partial<ListView>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => viewParams({ ...parseView(current, customRanges), page: 1, ...patch }),
        {
          replace: options.replace ?? false,
        },
      )
    },
    [setParams, customRanges],
  )
  return { view, update }
}
