import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'
import type { CallInListParams } from './types'

type Schemas = components['schemas']

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

export type CallInDial = Schemas['CallInDial']
export type CallInDialResult = Schemas['CallInDialResult']

/** Demo tenant: place a call as the consumer would; a failed match is an outcome, not an error. */
export function dialCallIn(body: CallInDial) {
  return call((init) => api().POST('/admin/v1/demo/call-in/dial', { body, ...init }))
}

/** Demo tenant: whether simulated consumers call for new requests. */
export const callInSimulationQuery = () =>
  queryOptions({
    queryKey: queryKeys.callIns.simulation,
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/demo/call-in/simulation', init), { signal }),
  })

export function setCallInSimulation(simulatedCallers: boolean) {
  return call((init) =>
    api().PUT('/admin/v1/demo/call-in/simulation', { body: { simulatedCallers }, ...init }),
  )
}
