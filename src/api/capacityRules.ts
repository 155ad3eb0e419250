import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

export type CapacityRule = components['schemas']['CapacityRule']
export type CapacityRuleCreate = components['schemas']['CapacityRuleCreate']
export type CapacityRuleUpdate = components['schemas']['CapacityRuleUpdate']
export type CapacityUsage = components['schemas']['CapacityUsage']

/** Every capacity rule, with the (permitted) queues each one is assigned to. */
export const capacityRulesQuery = () =>
  queryOptions({
    queryKey: queryKeys.config.capacityRules(),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/capacity-rules', init), { signal }),
    staleTime: 60_000,
  })

export function createCapacityRule(body: CapacityRuleCreate) {
  return call((init) => api().POST('/admin/v1/capacity-rules', { body, ...init }))
}

/** Save a rule; `body.version` is the version that was read (409 40903 when someone saved since). */
export function updateCapacityRule(id: string, body: CapacityRuleUpdate) {
  return call((init) =>
    api().PUT('/admin/v1/capacity-rules/{id}', { params: { path: { id } }, body, ...init }),
  )
}

export function deleteCapacityRule(id: string, version: number) {
  return call((init) =>
    api().DELETE('/admin/v1/capacity-rules/{id}', {
      params: { path: { id }, query: { version } },
      ...init,
    }),
  )
}

/** Booked scheduled callbacks against capacity for each slot of one week (a Sunday, queue zone). */
export const capacityUsageQuery = (queue: string, weekStart: string) =>
  queryOptions({
    queryKey: queryKeys.queues.capacityUsage(queue, weekStart),
    queryFn: ({ signal }) =>
      call(
        (init) =>
          api().GET('/admin/v1/queues/{name}/capacity-usage', {
            params: { path: { name: queue }, query: { weekStart } },
            ...init,
          }),
        { signal },
      ),
    staleTime: 30_000,
  })
