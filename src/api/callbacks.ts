import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type {
  BulkCancelRequest,
  CallbackListParams,
  RangeSelection,
  RecreateRequest,
  UiCreateCallbackRequest,
} from './types'

export const callbackListQuery = (params: CallbackListParams) =>
  queryOptions({
    queryKey: queryKeys.callbacks.list(params),
    queryFn: ({ signal }) => {
      // Empty filters are left out of the URL rather than sent empty.
      const { states, services, searchTerm, ...rest } = params
      const query = {
        ...rest,
        ...(states.length ? { states } : {}),
        ...(services.length ? { services } : {}),
        ...(searchTerm ? { searchTerm } : {}),
      }
      return call((init) => api().GET('/admin/v1/callbacks', { params: { query }, ...init }), {
        signal,
      })
    },
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  })

export const callbackDetailQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.callbacks.detail(id),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/callbacks/{id}', { params: { path: { id } }, ...init }), {
        signal,
      }),
    staleTime: 5_000,
  })

/** Writes are never retried automatically; the idempotency key makes a person's retry safe. */
export function createCallback(body: UiCreateCallbackRequest, idempotencyKey: string) {
  return call((init) =>
    api().POST('/admin/v1/callbacks', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
      ...init,
    }),
  )
}

export function rescheduleCallback(id: string, desiredTime: string) {
  return call((init) =>
    api().POST('/admin/v1/callbacks/{id}/reschedule', {
      params: { path: { id } },
      body: { desiredTime },
      ...init,
    }),
  )
}

export function cancelCallback(id: string) {
  return call((init) =>
    api().POST('/admin/v1/callbacks/{id}/cancel', { params: { path: { id } }, ...init }),
  )
}

export function recreateCallback(id: string, body: RecreateRequest, idempotencyKey: string) {
  return call((init) =>
    api().POST('/admin/v1/callbacks/{id}/recreate', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
      ...init,
    }),
  )
}

/** What cancelling every cancellable callback of a range would do: a dry run, never cached. */
export const bulkCancelPreviewQuery = (range: RangeSelection) =>
  queryOptions({
    queryKey: queryKeys.callbacks.bulkCancelPreview(range),
    queryFn: () => bulkCancelCallbacks({ range, dryRun: true }),
    staleTime: 0,
  })

/** A real run (not a dry run) needs its idempotency key: a repeat answers the first run's result. */
export function bulkCancelCallbacks(body: BulkCancelRequest, idempotencyKey?: string) {
  return call(
    (init) =>
      api().POST('/admin/v1/callbacks/bulk-cancel', {
        ...(idempotencyKey ? { params: { header: { 'Idempotency-Key': idempotencyKey } } } : {}),
        body,
        ...init,
      }),
    { timeoutMs: 60_000 },
  )
}
