import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { Preferences } from './types'

export const preferencesQuery = () =>
  queryOptions({
    queryKey: queryKeys.preferences,
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/preferences', init), { signal }),
    staleTime: Infinity,
  })

export function savePreferences(preferences: Preferences): Promise<Preferences> {
  return call((init) => api().PUT('/admin/v1/preferences', { body: preferences, ...init }))
}
