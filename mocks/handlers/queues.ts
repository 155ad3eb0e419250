import { z } from 'zod'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import type { SimQueue } from '../store/types'
import { permittedQueue } from './booking'
import { toQueue } from './dto'
import { badRequest, ok, route } from './respond'
import { isoInstant, parse, queryBool, queryInt, queryObject, timeZone } from './validate'

const DAY = 86_400_000

export const availabilityQuery = z.object({
  start: isoInstant.optional(),
  end: isoInstant.optional(),
  numberOfDays: queryInt(1, 14).optional(),
  timezone: timeZone.default('UTC'),
  maxTimeSlots: queryInt(1, 2000).optional(),
  reportBusy: queryBool.optional(),
})

/** The availability answer shared by the admin and the public endpoint. */
export function availabilityOf(tenant: Tenant, queue: SimQueue, url: URL) {
  const q = parse(availabilityQuery, queryObject(url))
  const start = q.start ?? tenant.now
  const end = q.end ?? start + (q.numberOfDays ?? 1) * DAY
  if (end <= start || end - start > 15 * DAY) {
    throw badRequest('Invalid end: must be after start and at most 15 days later', {
      field: 'end',
      reason: 'must be after start and at most 15 days later',
    })
  }
  return {
    slots: queue.scheduledEnabled
      ? tenant.availability(queue, {
          start,
          end,
          timeZone: q.timezone,
          ...(q.maxTimeSlots !== undefined ? { maxTimeSlots: q.maxTimeSlots } : {}),
          ...(q.reportBusy !== undefined ? { reportBusy: q.reportBusy } : {}),
        })
      : [],
    durationMin: queue.slotDurationMin,
    timezone: q.timezone,
  }
}

export function queueHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/queues', 'session', (ctx) =>
      ok(ctx, ctx.tenant.state.queues.filter((q) => ctx.auth.permitted.has(q.name)).map(toQueue)),
    ),
    route(sim, 'get', '/admin/v1/queues/:name/availability', 'session', (ctx) =>
      ok(
        ctx,
        availabilityOf(ctx.tenant, permittedQueue(ctx.tenant, ctx.auth, ctx.params.name!), ctx.url),
      ),
    ),
  ]
}
