import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { can, type Permission } from '@/domain/roles'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import type { SimQueue } from '../store/types'
import { permittedQueue } from './booking'
import { toQueue } from './dto'
import { badRequest, forbidden, jsonBody, ok, requirePermission, route, type Ctx } from './respond'
import type { AssignmentField } from './ruleStore'
import {
  instantIn,
  instantText,
  parse,
  parseQuery,
  pathParam,
  queryBool,
  queryEpochMs,
  queryInt,
  timeZone,
} from './validate'

const DAY = 86_400_000

export const availabilityQuery = z
  .object({
    start: instantText.optional(),
    startMS: queryEpochMs.optional(),
    end: instantText.optional(),
    endMS: queryEpochMs.optional(),
    numberOfDays: queryInt(1, 14).optional(),
    timezone: timeZone.default('UTC'),
    maxTimeSlots: queryInt(1, 2000).optional(),
    reportBusy: queryBool.optional(),
  })
  .refine((q) => q.start === undefined || q.startMS === undefined, {
    message: 'give start or startMS, not both',
    path: ['startMS'],
  })
  .refine((q) => q.end === undefined || q.endMS === undefined, {
    message: 'give end or endMS, not both',
    path: ['endMS'],
  })

/**
 * The availability answer shared by the admin and the public endpoint. The window starts at start
 * (an instant, or a wall time in `timezone`), startMS or now, and ends at end, endMS, or
 * numberOfDays (default 1) later.
 */
export function availabilityOf(tenant: Tenant, queue: SimQueue, url: URL) {
  const q = parseQuery(availabilityQuery, url)
  const start = q.start !== undefined ? instantIn(q.start, q.timezone) : (q.startMS ?? tenant.now)
  const end =
    q.end !== undefined
      ? instantIn(q.end, q.timezone)
      : (q.endMS ?? start + (q.numberOfDays ?? 1) * DAY)
  if (end <= start || end - start > 15 * DAY) {
    const field = q.endMS !== undefined ? 'endMS' : 'end'
    const reason = 'must be after start and at most 15 days later'
    throw badRequest(`Invalid query parameter ${field}: ${reason}`, { field, reason })
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

type QueueOverview = components['schemas']['QueueOverview']

/** The Tools tab's endpoints answer only the roles that may open it (Monitor gets 403). */
export function requireToolsView(ctx: Ctx): void {
  if (!can(ctx.auth.role, 'tools.view')) throw forbidden('Your role cannot open the Tools tab.')
}

/**
 * A queue with the figures its routing node reports now. An inactive queue's node does not answer,
 * so its figures are unknown (null), not zero.
 */
export function toOverview(tenant: Tenant, queue: SimQueue): QueueOverview {
  return {
    ...toQueue(queue),
    live:
      queue.active === false
        ? null
        : {
            estimatedWaitTime: tenant.queueWait(queue),
            callbacksInQueue: tenant.queuedCount(queue.name),
            fetchedAt: new Date(tenant.now).toISOString(),
          },
  }
}

const ruleRef = z.string().trim().min(1).max(64).nullable().optional()
const assignmentBody = z.strictObject({
  numberRuleId: ruleRef,
  capacityRuleId: ruleRef,
  regionRuleId: ruleRef,
})

/** Each assignment: who may make it, where its rules live, and how the refusal names it. */
const ASSIGNMENTS: ReadonlyArray<{
  field: AssignmentField
  permission: Permission
  rules: (tenant: Tenant) => ReadonlyArray<{ id: string }>
  what: string
}> = [
  {
    field: 'numberRuleId',
    permission: 'queues.assignNumberRule',
    rules: (t) => t.state.numberRules,
    what: 'number validation rules',
  },
  {
    field: 'capacityRuleId',
    permission: 'queues.assignCapacityRule',
    rules: (t) => t.state.capacityRules,
    what: 'capacity rules',
  },
  {
    field: 'regionRuleId',
    permission: 'queues.assignRegionRule',
    rules: (t) => t.state.regionRules,
    what: 'region affinity rules',
  },
]

/**
 * Assign or remove a queue's rules. All or nothing: a field the role may not set, or an unknown rule,
 * refuses the whole request before anything changes.
 */
function assignRules(ctx: Ctx): QueueOverview {
  requireToolsView(ctx)
  const queue = permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'name'))
  const body = parse(assignmentBody, jsonBody(ctx))
  const asked = ASSIGNMENTS.filter((a) => body[a.field] !== undefined)
  if (asked.length === 0) {
    throw badRequest(
      'Name at least one rule to assign: numberRuleId, capacityRuleId or regionRuleId.',
    )
  }
  const refused = asked.filter((a) => !can(ctx.auth.role, a.permission)).map((a) => a.what)
  if (refused.length > 0) {
    throw forbidden(`Your role cannot assign ${refused.join(' or ')} to queues.`)
  }
  for (const a of asked) {
    const id = body[a.field]
    if (id && !a.rules(ctx.tenant).some((rule) => rule.id === id)) {
      throw badRequest(`Invalid ${a.field}: no rule with ID "${id}"`, {
        field: a.field,
        reason: `no rule with ID "${id}"`,
      })
    }
  }
  for (const a of asked) {
    const id = body[a.field]
    if (id) queue[a.field] = id
    else Reflect.deleteProperty(queue, a.field)
  }
  ctx.tenant.onChange?.()
  return toOverview(ctx.tenant, queue)
}

export function queueHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/queues', 'session', (ctx) =>
      ok(ctx, ctx.tenant.state.queues.filter((q) => ctx.auth.permitted.has(q.name)).map(toQueue)),
    ),
    // Before /queues/:name, which would otherwise take "overview" for a queue name.
    route(sim, 'get', '/admin/v1/queues/overview', 'session', (ctx) => {
      requireToolsView(ctx)
      return ok(
        ctx,
        ctx.tenant.state.queues
          .filter((q) => ctx.auth.permitted.has(q.name))
          .map((q) => toOverview(ctx.tenant, q)),
      )
    }),
    route(sim, 'get', '/admin/v1/queues/:name', 'session', (ctx) => {
      requireToolsView(ctx)
      return ok(
        ctx,
        toOverview(ctx.tenant, permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'name'))),
      )
    }),
    route(sim, 'put', '/admin/v1/queues/:name/rules', 'session', (ctx) =>
      ok(ctx, assignRules(ctx)),
    ),
    // A queue's free slots are part of the queue, read by the same roles as the queue itself: a
    // Monitor sees queue names in the Callback tab's filter, never a queue's details (403 for both).
    route(sim, 'get', '/admin/v1/queues/:name/availability', 'session', (ctx) => {
      requirePermission(ctx, 'tools.view')
      return ok(
        ctx,
        availabilityOf(
          ctx.tenant,
          permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'name')),
          ctx.url,
        ),
      )
    }),
  ]
}
