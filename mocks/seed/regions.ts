import type { RegionRecord } from '../store/types'

/**
 * The tenant's regional nodes: the Genesys Cloud regions of the integration guide (Virginia,
 * Oregon, Ireland, Frankfurt, Sydney, Tokyo) plus the N. California node of the Callback guide's
 * region-affinity example and Ohio. All answer at first; an administrator can mark one down.
 */
export function seedRegions(): RegionRecord[] {
  return [
    { id: 'us-east-1', name: 'Virginia', location: 'US East (N. Virginia)' },
    { id: 'us-east-2', name: 'Ohio', location: 'US East (Ohio)' },
    { id: 'us-west-1', name: 'N. California', location: 'US West (N. California)' },
    { id: 'us-west-2', name: 'Oregon', location: 'US West (Oregon)' },
    { id: 'eu-west-1', name: 'Ireland', location: 'EU (Ireland)' },
    { id: 'eu-central-1', name: 'Frankfurt', location: 'EU (Frankfurt)' },
    { id: 'ap-southeast-2', name: 'Sydney', location: 'Asia Pacific (Sydney)' },
    { id: 'ap-northeast-1', name: 'Tokyo', location: 'Asia Pacific (Tokyo)' },
  ].map((region) => ({ ...region, healthy: true }))
}
