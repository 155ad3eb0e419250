import { z } from 'zod'
import { agentsAt } from '../sim/queueFigures'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import type { SimQueue } from '../store/types'
import { badRequest, HttpError, jsonBody, ok, route, type Ctx } from './respond'
import { parse } from './validate'

/**
 * The Statistics API proxy (engagement API): Genesys forwards the request to GWS's statistics
 * service with the tenant's GWS credentials. Until they are registered it refuses (401 40111, as
 * the official client expects a 401 here); then it answers the simulated queues' figures in GWS's
 * payload shape (`statistics: [{name, objectId, objectType, timestamp, value}]`).
 */
export const STATISTICS = [
  'CurrNumberWaitingCallbacks',
  'ExpectedWaitTime',
  'CurrNumberLoggedInAgents',
] as const
type StatisticName = (typeof STATISTICS)[number]

const body = z.object({
  statistics: z
    .array(
      z.object({
        objectId: z.string({ error: 'must be a queue name' }).min(1).max(128),
        objectType: z.literal('Queue', { error: 'must be Queue' }).default('Queue'),
        name: z.enum(STATISTICS, { error: `must be one of ${STATISTICS.join(', ')}` }),
      }),
    )
    .min(1, 'name at least one statistic')
    .max(100, 'at most 100 statistics at once'),
})

/** GWS caches what it read for 5 minutes; a caller may accept data up to max-age old (at least 15 s). */
const CACHE_MS = 5 * 60_000
const MIN_MAX_AGE_S = 15

interface Snapshot {
  at: number
  statistics: ReturnType<typeof valueOf>[]
}
const caches = new WeakMap<Tenant, Map<string, Snapshot>>()

function valueOf(tenant: Tenant, queue: SimQueue, name: StatisticName, at: number) {
  const value =
    name === 'CurrNumberWaitingCallbacks'
      ? tenant.queuedCount(queue.name)
      : name === 'ExpectedWaitTime'
        ? tenant.queueWait(queue)
        : agentsAt(queue, at)
  return { name, objectId: queue.name, objectType: 'Queue', timestamp: at, value: { value } }
}

/** The statistics asked for: every figure of every queue when the request has no body (the official client). */
function requested(ctx: Ctx): Array<{ queue: SimQueue; name: StatisticName }> {
  if (!ctx.body.trim())
    return ctx.tenant.state.queues.flatMap((queue) => STATISTICS.map((name) => ({ queue, name })))
  return parse(body, jsonBody(ctx)).statistics.map(({ objectId, name }) => {
    const queue = ctx.tenant.queue(objectId)
    if (!queue)
      throw badRequest(`Invalid statistics: no queue named "${objectId}".`, {
        field: 'statistics.objectId',
        reason: `no queue named "${objectId}"`,
      })
    return { queue, name }
  })
}

/** `cache-control: max-age=N`: how old an answer may be, in ms (0: read now). */
function maxAgeOf(request: Request): number {
  const match = /(?:^|,)\s*max-age\s*=\s*(\d+)/i.exec(request.headers.get('cache-control') ?? '')
  if (!match) return 0
  return Math.min(Math.max(Number(match[1]), MIN_MAX_AGE_S) * 1000, CACHE_MS)
}

export function statisticsHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', '/engagement/v3/statistics/operations/get-statistic-ex', 'apiKey', (ctx) => {
      if (!ctx.tenant.state.credentials.gws)
        throw new HttpError(
          401,
          40111,
          'The statistics proxy has no GWS credentials: register them on Developer > Credential Management > GWS Credentials. Nothing was queried.',
        )
      const wanted = requested(ctx)
      const key = wanted.map((w) => `${w.queue.name}\u0000${w.name}`).join('\u0001')
      let cache = caches.get(ctx.tenant)
      if (!cache) caches.set(ctx.tenant, (cache = new Map<string, Snapshot>()))
      const cached = cache.get(key)
      const maxAge = maxAgeOf(ctx.request)
      if (cached && ctx.now - cached.at <= maxAge) return ok(ctx, { statistics: cached.statistics })
      const snapshot = {
        at: ctx.now,
        statistics: wanted.map((w) => valueOf(ctx.tenant, w.queue, w.name, ctx.now)),
      }
      if (cache.size >= 50) cache.clear()
      cache.set(key, snapshot)
      return ok(ctx, { statistics: snapshot.statistics })
    }),
  ]
}
