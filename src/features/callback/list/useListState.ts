import { useCallback } from 'react'
import {
  MAX_SEARCH_TERM,
  SEARCH_FIELDS,
  SORT_FIELDS,
  type SearchField,
  type SortField,
  type SortOrder,
} from '@/domain/callbackQuery'
import { DEFAULT_RANGE, isPredefinedRange, type CustomRange } from '@/domain/dateRanges'
import { oneOf, pageOf, useUrlView, viewToParams } from '@/lib/urlView'

/**
 * What the list shows, as it lives in the URL so a view can be bookmarked and shared:
 * ?range=next7&field=phoneNumber&q=506&sort=desiredTime&order=desc&page=2 (page counts from 1).
 */
export type ListView = {
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

/** Reads a view from URL parameters; anything missing or invalid falls back to the default. */
export function parseView(params: URLSearchParams, customRanges: readonly CustomRange[]): ListView {
  const range = params.get('range')
  return {
    range:
      range !== null && (isPredefinedRange(range) || customRanges.some((r) => r.id === range))
        ? range
        : DEFAULT_VIEW.range,
    field: oneOf(params.get('field'), SEARCH_FIELDS, DEFAULT_VIEW.field),
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH_TERM),
    sort: oneOf(params.get('sort'), SORT_FIELDS, DEFAULT_VIEW.sort),
    order: oneOf(params.get('order'), ['asc', 'desc'], DEFAULT_VIEW.order),
    page: pageOf(params.get('page')),
  }
}

/** The URL parameters of a view: only what differs from the default, to keep links short. */
export function viewParams(view: ListView): URLSearchParams {
  return viewToParams(view, DEFAULT_VIEW)
}

/**
 * The current view and a way to change it (back to page 1 unless a page is given), which shows
 * the new view once `load` has its rows (useUrlView).
 */
export function useListView(
  customRanges: readonly CustomRange[],
  load: (view: ListView) => Promise<unknown>,
) {
  const parse = useCallback(
    (params: URLSearchParams) => parseView(params, customRanges),
    [customRanges],
  )
  return useUrlView(parse, DEFAULT_VIEW, load)
}
