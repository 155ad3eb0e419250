import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { queryKeys } from '@/api/keys'
import { refetchTenantConfig, tenantConfigQuery } from '@/api/tenantConfig'
import { useNow } from '@/lib/useNow'

/** How often the "N minutes ago" text and the automatic refetch look at the clock. */
const TICK_MS = 15_000
/** After a failed automatic refetch, wait this long before trying on its own again. */
const AUTO_RETRY_MS = 5 * 60_000

/**
 * The tenant configuration's age and its refetch: on demand, and on its own once the refresh
 * interval (30 minutes) has passed, for as long as the component using it is mounted (the Tools
 * tab's menu). A refetch refreshes everything read from the configuration: rules and queues.
 */
export function useTenantConfigRefetch() {
  const queryClient = useQueryClient()
  const config = useQuery(tenantConfigQuery())
  const now = useNow(TICK_MS)
  const refetch = useMutation({
    mutationFn: refetchTenantConfig,
    onSuccess: async (fresh) => {
      queryClient.setQueryData(queryKeys.config.tenant(), fresh)
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.config.all,
          predicate: (query) => query.queryKey[1] !== 'tenant',
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.queues.all }),
      ])
    },
  })

  const lastFetched = config.data ? Date.parse(config.data.lastFetchedAt) : null
  const due =
    lastFetched !== null && config.data
      ? lastFetched + config.data.refreshIntervalSeconds * 1000
      : null
  const lastAutoAttempt = useRef(0)
  const { mutate, isPending } = refetch
  useEffect(() => {
    if (due === null || isPending || now < due) return
    if (now - lastAutoAttempt.current < AUTO_RETRY_MS) return
    lastAutoAttempt.current = now
    mutate()
  }, [due, now, isPending, mutate])

  const minutesAgo =
    lastFetched === null ? null : Math.max(0, Math.floor((now - lastFetched) / 60_000))
  return { config, refetch, minutesAgo }
}
