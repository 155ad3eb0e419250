import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, call } from './client'
import { ApiError } from './errors'
import { queryKeys } from './keys'
import type { CurrentUser } from './types'

/** The signed-in user, or null when there is no session (401 is an answer here, not a failure). */
export const currentUserQuery = () =>
  queryOptions({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<CurrentUser | null> => {
      try {
        return await call((init) => api().GET('/admin/v1/session', init), {
          signal,
          expectUnauthorized: true,
        })
      } catch (error) {
        if (error instanceof ApiError && error.httpStatus === 401) return null
        throw error
      }
    },
    staleTime: Infinity,
    retry: (count, error) => error instanceof ApiError && error.transient && count < 2,
  })

export function signIn(username: string, password: string): Promise<CurrentUser> {
  return call((init) => api().POST('/admin/v1/session', { body: { username, password }, ...init }))
}

/**
 * End the session on the backend. keepalive: the browser completes the request even if the page is
 * closed or left right after the click, so the session cannot outlive a quick close of the tab.
 */
export function signOut() {
  return call((init) => api().DELETE('/admin/v1/session', { ...init, keepalive: true }))
}

/** Start the shared tenant server over from a fresh seed (administrators). */
export function resetTenantServer() {
  return call((init) => api().POST('/admin/v1/demo/reset', init))
}

export function keepAlive() {
  return call((init) => api().POST('/admin/v1/session/keepalive', init))
}

/**
 * The signed-in user. Only for components under the session guard, which guarantees one; the
 * guard reads the same cached query, so this never triggers a request of its own.
 */
export function useCurrentUser(): CurrentUser {
  const { data } = useQuery(currentUserQuery())
  if (!data) throw new Error('useCurrentUser() used outside a signed-in area')
  return data
}
