import type { RegionRuleRecord } from '../store/types'
import type { SeededRules } from './seededRules'

/**
 * The demo tenant's region rules: the West Coast queues prefer Oregon and fall back to
 * N. California; the European service queues stay in the EU with no fallback; a third rule is
 * assigned to no queue, so it can be deleted.
 */
export function seedRegionRules(updatedAt: string): SeededRules<RegionRuleRecord> {
  const meta = { version: 1, updatedAt, updatedBy: 'admin' }
  return {
    rules: [
      {
        id: 'region-west-coast-first',
        name: 'West Coast first',
        preferred: ['us-west-2'],
        fallback: ['us-west-1'],
        ...meta,
      },
      {
        id: 'region-eu-data-residency',
        name: 'EU data residency',
        preferred: ['eu-west-1', 'eu-central-1'],
        fallback: [],
        ...meta,
      },
      {
        id: 'region-north-america-resilient',
        name: 'North America, any node',
        preferred: ['us-east-1', 'us-east-2'],
        fallback: ['us-west-2', 'us-west-1'],
        ...meta,
      },
    ],
    assign: {
      'Sales West VQ_CB': 'region-west-coast-first',
      'Sales Renewals VQ_CB': 'region-west-coast-first',
      'Service VQ_CB': 'region-eu-data-residency',
      'Service EMEA VQ_CB': 'region-eu-data-residency',
    },
    updatedAt,
  }
}
