import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
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

/** The user's preferences, with a save that shows the change at once and rolls back on failure. */
export function usePreferences(): Preferences {
  return useSuspenseQuery(preferencesQuery()).data
}

export function useSavePreferences() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: savePreferences,
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.preferences })
      const previous = queryClient.getQueryData<Preferences>(queryKeys.preferences)
      queryClient.setQueryData(queryKeys.preferences, next)
      return { previous }
    },
    onError: (_error, _next, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.preferences, context.previous)
    },
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.preferences, saved),
  })
}
