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
    availability: (name: string, start: string, end: string, timeZone: string) =>
      [...queryKeys.queues.all, 'availability', name, { start, end, timeZone }] as const,
  },
  reports: {
    cancellationSummary: ['reports', 'cancellation-summary'] as const,
  },
}
