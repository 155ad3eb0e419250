import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'

/** What the engagement API would answer this key. Never retried, never cached: keys are secrets. */
export function validateApiKey(apiKey: string) {
  return call((init) => api().POST('/admin/v1/api-keys/validate', { body: { apiKey }, ...init }))
}

/** The demo tenant's API key (administrators only). Kept in memory only, never in storage. */
export const demoApiKeyQuery = () =>
  queryOptions({
    queryKey: queryKeys.demoApiKey,
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/demo/api-key', init), { signal }),
    staleTime: Infinity,
  })

/** The origins allowed to call the engagement API from a browser (read-only). */
export const corsOriginsQuery = () =>
  queryOptions({
    queryKey: queryKeys.corsOrigins,
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/cors-origins', init), { signal }),
    staleTime: 5 * 60_000,
  })
