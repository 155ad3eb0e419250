import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'

/** When the tenant configuration was last fetched, and how often it is fetched on its own. */
export const tenantConfigQuery = () =>
  queryOptions({
    queryKey: queryKeys.config.tenant(),
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/tenant-config', init), { signal }),
    staleTime: 60_000,
  })

/** Fetch the tenant configuration again now. Never retried automatically. */
export function refetchTenantConfig() {
  return call((init) => api().POST('/admin/v1/tenant-config/refetch', init))
}
