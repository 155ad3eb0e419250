import type { Simulator } from '../sim/simulator'
import { ok, requirePermission, route } from './respond'

/**
 * Reset demo data for a shared tenant (the tenant server): an administrator starts everyone over
 * from a fresh seed. Every session ends with it. (In the page, each browser has its own tenant and
 * resets it directly.)
 */
export function demoHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', '/admin/v1/demo/reset', 'session', async (ctx) => {
      requirePermission(ctx, 'tenant.reset')
      await ctx.sim.reset()
      return ok(ctx, null)
    }),
  ]
}
