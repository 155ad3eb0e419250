import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/api/errors'

/**
 * Reads are retried when the failure was transient (network, timeout, 5xx), never when the backend
 * refused on the merits; writes are never retried behind the user's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => isApiError(error) && error.transient && count < 2,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
