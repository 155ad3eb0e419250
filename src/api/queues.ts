import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

export const queuesQuery = () =>
  queryOptions({
    queryKey: queryKeys.queues.list(),
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/queues', init), { signal }),
    staleTime: 5 * 60_000,
  })

/** Free slots of a queue between two instants, with local times in the viewer's zone. */
export const availabilityQuery = (name: string, start: string, end: string, timeZone: string) =>
  queryOptions({
    queryKey: queryKeys.queues.availability(name, start, end, timeZone),
    queryFn: ({ signal }) =>
      call(
        (init) =>
          api().GET('/admin/v1/queues/{name}/availability', {
            params: { path: { name }, query: { start, end, timezone: timeZone } },
            ...init,
          }),
        { signal },
      ),
    staleTime: 15_000,
  })

type Schemas = components['schemas']
export type QueueOverview = Schemas['QueueOverview']
export type QueueRuleAssignment = Schemas['QueueRuleAssignment']

/** Every permitted queue with its live figures and assigned rules (the Queues page). */
export const queueOverviewsQuery = () =>
  queryOptions({
    queryKey: queryKeys.queues.overviews(),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/queues/overview', init), { signal }),
    staleTime: 30_000,
  })

/** One queue, fetched again on its own (the per-queue Refresh and the detail view). */
export const queueDetailQuery = (name: string) =>
  queryOptions({
    queryKey: queryKeys.queues.detail(name),
    queryFn: ({ signal }) =>
      call(
        (init) => api().GET('/admin/v1/queues/{name}', { params: { path: { name } }, ...init }),
        { signal },
      ),
    staleTime: 30_000,
  })

/** Assign (an ID) or remove (null) rules; properties left out are unchanged. Never retried. */
export function assignQueueRules(name: string, body: QueueRuleAssignment) {
  return call((init) =>
    api().PUT('/admin/v1/queues/{name}/rules', { params: { path: { name } }, body, ...init }),
  )
}
