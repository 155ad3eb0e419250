import type { CallbackListParams } from './callbacks'

/**
 * Query keys, from broad to narrow, so a mutation can invalidate exactly what it changed
 * (TkDodo, "Effective React Query Keys").
 */
export const queryKeys = {
  session: ['session'] as const,
  preferences: ['preferences'] as const,
  callbacks: {
    all: ['callbacks'] as const,
    lists: () => [...queryKeys.callbacks.all, 'list'] as const,
    list: (params: CallbackListParams) => [...queryKeys.callbacks.lists(), params] as const,
    detail: (id: string) => [...queryKeys.callbacks.all, 'detail', id] as const,
  },
  queues: {
    all: ['queues'] as const,
    list: () => [...queryKeys.queues.all, 'list'] as const,
    overviews: () => [...queryKeys.queues.all, 'overview'] as const,
    detail: (name: string) => [...queryKeys.queues.all, 'detail', name] as const,
    capacityUsage: (name: string, weekStart: string) =>
      [...queryKeys.queues.all, 'capacity-usage', name, weekStart] as const,
    availability: (name: string, start: string, end: string, timeZone: string) =>
      [...queryKeys.queues.all, 'availability', name, { start, end, timeZone }] as const,
  },
  /** Everything read from the tenant configuration: refetching it invalidates `all` of these. */
  config: {
    all: ['config'] as const,
    tenant: () => [...queryKeys.config.all, 'tenant'] as const,
    numberRules: () => [...queryKeys.config.all, 'number-rules'] as const,
    capacityRules: () => [...queryKeys.config.all, 'capacity-rules'] as const,
    regionRules: () => [...queryKeys.config.all, 'region-rules'] as const,
    regions: () => [...queryKeys.config.all, 'regions'] as const,
  },
  callbackSearch: (q: string) => ['callback-search', q] as const,
  reports: {
    cancellationSummary: ['reports', 'cancellation-summary'] as const,
  },
}
