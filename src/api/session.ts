import { queryOptions } from '@tanstack/react-query'
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
        return await call((init) => api().GET('/admin/v1/session', init), { signal })
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

export function signOut() {
  return call((init) => api().DELETE('/admin/v1/session', init))
}

export function keepAlive() {
  return call((init) => api().POST('/admin/v1/session/keepalive', init))
}
