import type { CallInListParams } from '@/api/types'
import type { SortOrder } from '@/domain/callbackQuery'
import {
  CALL_IN_PAGE_SIZE,
  CALL_IN_RANGES,
  CALL_IN_SEARCH_FIELDS,
  CALL_IN_SORT_FIELDS,
  DEFAULT_CALL_IN_RANGE,
  MAX_CALL_IN_SEARCH,
  type CallInRange,
  type CallInSearchField,
  type CallInSortField,
} from '@/domain/callInQuery'
import { oneOf, pageOf, viewToParams } from '@/lib/urlView'

/**
 * What the Call-In tab shows, as it lives in the URL:
 * ?range=today&field=state&q=COMPLETED&sort=ani&order=asc&page=2 (page counts from 1).
 */
export type CallInView = {
  range: CallInRange
  field: CallInSearchField
  q: string
  sort: CallInSortField
  order: SortOrder
  page: number
}

/** Newest first, over every record kept: what a developer trying an integration wants to see. */
export const DEFAULT_CALL_IN_VIEW: CallInView = {
  range: DEFAULT_CALL_IN_RANGE,
  field: 'state',
  q: '',
  sort: 'createdAt',
  order: 'desc',
  page: 1,
}

/** Reads a view from URL parameters; anything missing or invalid falls back to the default. */
export function parseCallInView(params: URLSearchParams): CallInView {
  return {
    range: oneOf(params.get('range'), CALL_IN_RANGES, DEFAULT_CALL_IN_VIEW.range),
    field: oneOf(params.get('field'), CALL_IN_SEARCH_FIELDS, DEFAULT_CALL_IN_VIEW.field),
    q: (params.get('q') ?? '').slice(0, MAX_CALL_IN_SEARCH),
    sort: oneOf(params.get('sort'), CALL_IN_SORT_FIELDS, DEFAULT_CALL_IN_VIEW.sort),
    order: oneOf(params.get('order'), ['asc', 'desc'], DEFAULT_CALL_IN_VIEW.order),
    page: pageOf(params.get('page')),
  }
}

export const callInViewParams = (view: CallInView) => viewToParams(view, DEFAULT_CALL_IN_VIEW)

/** The request for a view; the tenant resolves the time range on its clock, in `timeZone`'s days. */
export function callInListParams(view: CallInView, timeZone: string): CallInListParams {
  const term = view.q.trim()
  return {
    range: view.range,
    timezone: timeZone,
    // Without a term the attribute does not matter: one cache entry, no request on a change.
    searchField: term ? view.field : DEFAULT_CALL_IN_VIEW.field,
    searchTerm: term,
    sort: view.sort,
    order: view.order,
    page: view.page - 1,
    pageSize: CALL_IN_PAGE_SIZE,
  }
}
