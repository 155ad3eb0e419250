import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { CallInListParams } from './types'

/** One page of the Click-To-Call-In records, filtered, sorted and paged by the tenant. */
export const callInListQuery = (params: CallInListParams) =>
  queryOptions({
    queryKey: queryKeys.callIns.list(params),
    queryFn: ({ signal }) => {
      // An empty term searches nothing: it is left out of the request.
      const { searchTerm, ...rest } = params
      const query = searchTerm ? { ...rest, searchTerm } : rest
      return call((init) => api().GET('/admin/v1/call-ins', { params: { query }, ...init }), {
        signal,
      })
    },
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  })
