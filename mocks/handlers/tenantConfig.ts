import type { components } from '@/api/schema.gen'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import { ok, route } from './respond'
import { requireToolsView } from './queues'

/** How often the UI fetches the tenant configuration again on its own (product.md §5). */
export const TENANT_CONFIG_REFRESH_SECONDS = 30 * 60

function tenantConfig(tenant: Tenant): components['schemas']['TenantConfig'] {
  return {
    lastFetchedAt: new Date(tenant.state.tenantConfigFetchedAt).toISOString(),
    refreshIntervalSeconds: TENANT_CONFIG_REFRESH_SECONDS,
  }
}

/**
 * When the tenant configuration (queues, their settings, rules) was last fetched, and a refetch.
 * The simulator's configuration is its own state, always current, so a refetch only records when.
 */
export function tenantConfigHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/tenant-config', 'session', (ctx) => {
      requireToolsView(ctx)
      return ok(ctx, tenantConfig(ctx.tenant))
    }),
    route(sim, 'post', '/admin/v1/tenant-config/refetch', 'session', (ctx) => {
      requireToolsView(ctx)
      ctx.tenant.state.tenantConfigFetchedAt = ctx.now
      ctx.tenant.onChange?.()
      return ok(ctx, tenantConfig(ctx.tenant))
    }),
  ]
}
