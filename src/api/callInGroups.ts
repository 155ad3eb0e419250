import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

export type CallInGroup = components['schemas']['CallInGroup']
export type CallInGroupBody = components['schemas']['CallInGroupBody']

/** Every Click-To-Call-In group with its DNIS pool. */
export const callInGroupsQuery = () =>
  queryOptions({
    queryKey: queryKeys.config.callInGroups(),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/call-in-groups', init), { signal }),
    staleTime: 60_000,
  })

export function createCallInGroup(body: CallInGroupBody & { name: string }) {
  return call((init) => api().POST('/admin/v1/call-in-groups', { body, ...init }))
}

/** `version` is the one the edit started from: a stale one answers 409 40903 with the saved group. */
export function updateCallInGroup(name: string, body: CallInGroupBody & { version: number }) {
  return call((init) =>
    api().PUT('/admin/v1/call-in-groups/{name}', { params: { path: { name } }, body, ...init }),
  )
}

export function deleteCallInGroup(name: string, version: number) {
  return call((init) =>
    api().DELETE('/admin/v1/call-in-groups/{name}', {
      params: { path: { name }, query: { version } },
      ...init,
    }),
  )
}
