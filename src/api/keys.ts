import type { CallbackListParams, CallInListParams, RangeSelection } from './types'

const CALLBACKS = ['callbacks'] as const

/**
 * Query keys, from broad to narrow, so a mutation can invalidate exactly what it changed
 * (TkDodo, "Effective React Query Keys"). Every key of the app comes from here; a cache read or write
 * goes through its query's `xQuery().queryKey`, which carries the data type.
 */
export const queryKeys = {
  session: ['session'] as const,
  preferences: ['preferences'] as const,
  callbacks: {
    all: CALLBACKS,
    lists: () => [...queryKeys.callbacks.all, 'list'] as const,
    list: (params: CallbackListParams) => [...queryKeys.callbacks.lists(), params] as const,
    detail: (id: string) => [...queryKeys.callbacks.all, 'detail', id] as const,
    /** What a bulk cancel of a whole range would do (a dry run), before the user confirms. */
    bulkCancelPreview: (range: RangeSelection) =>
      [...queryKeys.callbacks.all, 'bulk-cancel-preview', range] as const,
    /** Mutation keys of the writes: a dialog reopened while its write runs still shows it busy. */
    writes: {
      create: [...CALLBACKS, 'create'] as const,
      reschedule: [...CALLBACKS, 'reschedule'] as const,
      cancel: [...CALLBACKS, 'cancel'] as const,
      recreate: [...CALLBACKS, 'recreate'] as const,
      bulkCancel: [...CALLBACKS, 'bulk-cancel'] as const,
    },
  },
  queues: {
    all: ['queues'] as const,
    list: () => [...queryKeys.queues.all, 'list'] as const,
    overviews: () => [...queryKeys.queues.all, 'overview'] as const,
    detail: (name: string) => [...queryKeys.queues.all, 'detail', name] as const,
    capacityUsage: (name: string, weekStart: string) =>
      [...queryKeys.queues.all, 'capacity-usage', name, weekStart] as const,
    /** Free slots of every queue: a booking or a cancellation moves them. */
    availabilities: () => [...queryKeys.queues.all, 'availability'] as const,
    availability: (name: string, start: string, end: string, timeZone: string) =>
      [...queryKeys.queues.availabilities(), name, { start, end, timeZone }] as const,
  },
  /** Everything read from the tenant configuration: refetching it invalidates `all` of these. */
  config: {
    all: ['config'] as const,
    tenant: () => [...queryKeys.config.all, 'tenant'] as const,
    numberRules: () => [...queryKeys.config.all, 'number-rules'] as const,
    capacityRules: () => [...queryKeys.config.all, 'capacity-rules'] as const,
    regionRules: () => [...queryKeys.config.all, 'region-rules'] as const,
    regions: () => [...queryKeys.config.all, 'regions'] as const,
    callInGroups: () => [...queryKeys.config.all, 'call-in-groups'] as const,
  },
  /** Click-To-Call-In records: they change with the clock, not with anything the tab does. */
  callIns: {
    all: ['call-ins'] as const,
    list: (params: CallInListParams) => [...queryKeys.callIns.all, 'list', params] as const,
    simulation: ['call-ins', 'simulation'] as const,
  },
  callbackSearch: (q: string) => ['callback-search', q] as const,
  /** Developer tab: the tenant's recorded errors (a new error changes every list), CORS origins. */
  errors: {
    all: ['errors'] as const,
    list: (corrId: string, page: number) =>
      [...queryKeys.errors.all, 'list', { corrId, page }] as const,
    detail: (id: string) => [...queryKeys.errors.all, 'detail', id] as const,
  },
  corsOrigins: ['cors-origins'] as const,
  demoApiKey: ['demo-api-key'] as const,
  /** Developer > Credential Management. */
  credentials: {
    all: ['credentials'] as const,
    firebase: () => [...queryKeys.credentials.all, 'firebase'] as const,
    gws: () => [...queryKeys.credentials.all, 'gws'] as const,
    captchaKeySets: () => [...queryKeys.credentials.all, 'captcha-key-sets'] as const,
  },
  reports: {
    cancellationSummary: ['reports', 'cancellation-summary'] as const,
  },
}
