import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

/** Region-affinity rules and the tenant's regional nodes (Tools > Region Affinity). */
export type RegionRule = components['schemas']['RegionRule']
export type RegionRuleBody = components['schemas']['RegionRuleBody']
export type Region = components['schemas']['Region']

export const regionRulesQuery = () =>
  queryOptions({
    queryKey: queryKeys.config.regionRules(),
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/region-rules', init), { signal }),
    staleTime: 60_000,
  })

export const regionsQuery = () =>
  queryOptions({
    queryKey: queryKeys.config.regions(),
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/regions', init), { signal }),
    staleTime: 60_000,
  })

export function createRegionRule(body: RegionRuleBody) {
  return call((init) => api().POST('/admin/v1/region-rules', { body, ...init }))
}

/** Save over `version`, the version that was read; a newer saved one answers 409 (40903). */
export function updateRegionRule(id: string, body: RegionRuleBody, version: number) {
  return call((init) =>
    api().PUT('/admin/v1/region-rules/{id}', {
      params: { path: { id } },
      body: { ...body, version },
      ...init,
    }),
  )
}

export function deleteRegionRule(id: string, version: number) {
  return call((init) =>
    api().DELETE('/admin/v1/region-rules/{id}', {
      params: { path: { id }, query: { version } },
      ...init,
    }),
  )
}

/** Mark a regional node up or down (the simulated node health routing reads). */
export function setRegionHealth(id: string, healthy: boolean) {
  return call((init) =>
    api().PUT('/admin/v1/regions/{id}/health', {
      params: { path: { id } },
      body: { healthy },
      ...init,
    }),
  )
}
