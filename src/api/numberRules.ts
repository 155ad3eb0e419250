import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

export type NumberRule = components['schemas']['NumberRule']
export type NumberRuleBody = components['schemas']['NumberRuleBody']

/** Every number-validation rule, with the queues (the caller may read) each is assigned to. */
export const numberRulesQuery = () =>
  queryOptions({
    queryKey: queryKeys.config.numberRules(),
    queryFn: ({ signal }) => call((init) => api().GET('/admin/v1/number-rules', init), { signal }),
    staleTime: 60_000,
  })

export function createNumberRule(body: NumberRuleBody) {
  return call((init) => api().POST('/admin/v1/number-rules', { body, ...init }))
}

/** `version` is the one the edit started from: a stale one answers 409 40903 with the saved rule. */
export function updateNumberRule(id: string, body: NumberRuleBody & { version: number }) {
  return call((init) =>
    api().PUT('/admin/v1/number-rules/{id}', { params: { path: { id } }, body, ...init }),
  )
}

export function deleteNumberRule(id: string, version: number) {
  return call((init) =>
    api().DELETE('/admin/v1/number-rules/{id}', {
      params: { path: { id }, query: { version } },
      ...init,
    }),
  )
}

/** The backend's verdict for a saved rule (the page tests its draft locally, with the same domain code). */
export function testNumberRule(id: string, phoneNumber: string) {
  return call((init) =>
    api().POST('/admin/v1/number-rules/{id}/test', {
      params: { path: { id } },
      body: { phoneNumber },
      ...init,
    }),
  )
}
