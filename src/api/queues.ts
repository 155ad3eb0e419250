import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'

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
