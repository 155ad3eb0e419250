import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

export type CallbackSearchHit = components['schemas']['CallbackSearchHit']

/** Callback Search: one callback by ID, or a customer's callbacks by phone number (at most 50). */
export const callbackSearchQuery = (q: string) =>
  queryOptions({
    queryKey: queryKeys.callbackSearch(q),
    queryFn: ({ signal }) =>
      call(
        (init) => api().GET('/admin/v1/callbacks/search', { params: { query: { q } }, ...init }),
        { signal },
      ),
    staleTime: 10_000,
  })
