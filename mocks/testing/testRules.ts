import type { TenantState } from '../store/types'

/**
 * One rule of each kind, whatever the seed holds, so assignments and drop-downs have something known
 * to point at: "Test numbers" (nr-test), "Test capacity" (cr-test), "Test regions" (rr-test).
 */
export function addTestRules(state: TenantState, at: number, permittedCountries = ['GB', 'US']) {
  const meta = { version: 1, updatedAt: new Date(at).toISOString(), updatedBy: 'admin' }
  state.numberRules.push({
    ...meta,
    id: 'nr-test',
    name: 'Test numbers',
    permittedCountries,
    blockedPatterns: [],
  })
  state.capacityRules.push({
    ...meta,
    id: 'cr-test',
    name: 'Test capacity',
    duration: 30,
    days: { mon: { '09:00': 2 } },
  })
  state.regionRules.push({
    ...meta,
    id: 'rr-test',
    name: 'Test regions',
    preferred: ['us-east-1'],
    fallback: [],
  })
}
