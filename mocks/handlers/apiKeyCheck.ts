import type { TenantState } from '../store/types'

/**
 * Whether the engagement API accepts this x-api-key. The one check: the engagement endpoints and
 * the API Key Validation page both ask it, so the page answers what the API would.
 */
export function acceptsApiKey(state: Pick<TenantState, 'apiKeys'>, key: string | null): boolean {
  return key !== null && key !== '' && state.apiKeys.includes(key)
}
