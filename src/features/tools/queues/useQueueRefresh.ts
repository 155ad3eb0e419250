import { useQuery } from '@tanstack/react-query'
import { queueDetailQuery, type QueueOverview } from '@/api/queues'

/**
 * One row of the Queues page: the queue as the list read it, or as its own query read it since (its
 * Refresh button, an assignment's answer, the detail page), whichever is newer. The row's query
 * never fetches by itself: a page of fifty rows makes one request, not fifty.
 */
export function useQueueRefresh(listed: QueueOverview, listUpdatedAt: number) {
  const own = useQuery({ ...queueDetailQuery(listed.name), enabled: false })
  const queue = own.data && own.dataUpdatedAt >= listUpdatedAt ? own.data : listed
  return {
    queue,
    refreshing: own.isFetching,
    /** Reads the queue again; resolves to the error when that failed. */
    refresh: async () => {
      const result = await own.refetch()
      return result.isError ? { error: result.error } : null
    },
  }
}
