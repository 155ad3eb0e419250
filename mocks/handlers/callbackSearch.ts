import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { isOpenAt } from '@/domain/businessHours'
import { isExpired } from '@/domain/callback'
import { callbackDiagnostics } from '@/domain/callbackDiagnostics'
import { compareInstants } from '@/domain/callbackQuery'
import { phoneDigits } from '@/domain/phoneDigits'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import type { CallbackRecord, SimQueue } from '../store/types'
import { ok, route, type Ctx } from './respond'
import { requireToolsView } from './queues'
import { parseQuery } from './validate'

type SearchHit = components['schemas']['CallbackSearchHit']

export const SEARCH_LIMIT = 50
const searchQuery = z.object({ q: z.string().max(64).trim().min(1) })
/** What a typed phone number may contain; anything else (letters) can only be a callback ID. */
const PHONE_LIKE = /^[+\d\s().-]+$/

function toHit(tenant: Tenant, queue: SimQueue, r: CallbackRecord): SearchHit {
  const queued = r.state === 'QUEUED'
  return {
    id: r.id,
    state: r.state,
    ...(r.reason ? { reason: r.reason } : {}),
    fromNumber: queue.model.callerId,
    toNumber: r.phoneNumber,
    routePoint: queue.model.routePoint,
    updatedAt: r.updatedAt,
    serviceName: r.serviceName,
    desiredTime: r.desiredTime,
    diagnostics: callbackDiagnostics(
      r,
      {
        maxDialAttempts: queue.maxDialAttempts,
        purgeTimeMinutes: queue.purgeTimeMinutes,
        openNow: isOpenAt(queue.businessHours, tenant.now),
      },
      queued ? { position: tenant.positionOf(r), estimatedWait: tenant.waitOf(r) } : {},
      tenant.now,
    ),
  }
}

/**
 * One callback by its exact ID, or the callbacks of a customer number whatever its formatting (the
 * typed digits anywhere in the number, or at its start when typed with a leading + like "+44"),
 * newest change first. Only the caller's queues are searched:
 * a callback of another line of business is simply not found.
 */
function search(ctx: Ctx): SearchHit[] {
  requireToolsView(ctx)
  const { q } = parseQuery(searchQuery, ctx.url)
  const { tenant, auth } = ctx
  const visible = (r: CallbackRecord | undefined): r is CallbackRecord =>
    r !== undefined && auth.permitted.has(r.serviceName) && !isExpired(r.desiredTime, tenant.now)

  let records: CallbackRecord[] = []
  const byId = tenant.get(q.toLowerCase())
  if (visible(byId)) records = [byId]
  else if (PHONE_LIKE.test(q)) {
    const digits = phoneDigits(q)
    const fromStart = q.trim().startsWith('+')
    const matches = (number: string) =>
      fromStart ? phoneDigits(number).startsWith(digits) : phoneDigits(number).includes(digits)
    if (digits) {
      records = tenant.state.callbacks
        .filter((r) => visible(r) && matches(r.phoneNumber))
        .sort((a, b) => compareInstants(b.updatedAt, a.updatedAt) || (a.id < b.id ? 1 : -1))
        .slice(0, SEARCH_LIMIT)
    }
  }
  return records.flatMap((r) => {
    const queue = tenant.queue(r.serviceName)
    return queue ? [toHit(tenant, queue, r)] : []
  })
}

export function callbackSearchHandlers(sim: () => Simulator) {
  return [route(sim, 'get', '/admin/v1/callbacks/search', 'session', (ctx) => ok(ctx, search(ctx)))]
}
