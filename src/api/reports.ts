import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'

export const cancellationSummaryQuery = () =>
  queryOptions({
    queryKey: queryKeys.reports.cancellationSummary,
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/reports/cancellation-summary', init), { signal }),
    staleTime: 0,
  })
