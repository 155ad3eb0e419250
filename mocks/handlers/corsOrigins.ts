import type { Simulator } from '../sim/simulator'
import { allowedOrigins, ok, requirePermission, route } from './respond'

/** Allowed CORS Domains: the origins the engagement API's CORS answers allow (one list). */
export function corsOriginHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/cors-origins', 'session', (ctx) => {
      requirePermission(ctx, 'developer.view')
      return ok(ctx, { origins: allowedOrigins(ctx.sim, ctx.request) })
    }),
  ]
}
