import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

export type RecordedErrorSummary = components['schemas']['RecordedErrorSummary']
export type RecordedError = components['schemas']['RecordedError']

/**
 * One page of the tenant's recorded errors, newest first; `corrId` is the leading part of a
 * correlation ID, already normalised (parseCorrIdSearch). Always read fresh: errors keep coming.
 */
export const errorsQuery = (corrId: string, page: number) =>
  queryOptions({
    queryKey: queryKeys.errors.list(corrId, page),
    queryFn: ({ signal }) =>
      call(
        (init) =>
          api().GET('/admin/v1/errors', {
            // The tenant's page size (it says which in the answer).
            params: { query: { ...(corrId ? { corrId } : {}), page } },
            ...init,
          }),
        { signal },
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  })

/** One recorded error with its request and answer (a record never changes once written). */
export const errorDetailQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.errors.detail(id),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/errors/{id}', { params: { path: { id } }, ...init }), {
        signal,
      }),
    staleTime: Infinity,
  })
