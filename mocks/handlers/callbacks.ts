import { z } from 'zod'
import { CALLBACK_STATES, isCancellable, isRecreatable, isReschedulable } from '@/domain/callback'
import { PAGE_SIZE, SEARCH_FIELDS, SORT_FIELDS, type CallbackFilter } from '@/domain/callbackQuery'
import type { Simulator } from '../sim/simulator'
import {
  bulkCancel,
  exclusionReason,
  logCancellation,
  type BulkTarget,
  type Canceller,
} from '../sim/bulkCancel'
import type { CallbackRecord } from '../store/types'
import { checkImmediate, checkNumberRule, checkSlot, e164, permittedQueue } from './booking'
import { toDetail, toSummary } from './dto'
import { once } from './idempotency'
import {
  badRequest,
  conflict,
  jsonBody,
  notFound,
  ok,
  requirePermission,
  route,
  type Ctx,
} from './respond'
import { isoInstant, parse, parseQuery, pathParam, queryInt, timeZone } from './validate'

const MAX_RANGE_MS = 30 * 86_400_000
const REPORT_WINDOW_MS = 24 * 3_600_000

function visibleCallback(ctx: Ctx, id: string): CallbackRecord {
  const record = ctx.tenant.get(id)
  if (!record || !ctx.auth.permitted.has(record.serviceName))
    throw notFound(`No callback with ID ${id}.`)
  return record
}

const rangeFields = {
  from: isoInstant,
  to: isoInstant,
  states: z.array(z.enum(CALLBACK_STATES)).max(5).optional(),
  services: z.array(z.string().max(128)).max(500).optional(),
  searchField: z.enum(SEARCH_FIELDS).optional(),
  searchTerm: z.string().max(100).optional(),
  timezone: timeZone.optional(),
}

const listQuery = z
  .object({
    ...rangeFields,
    sort: z.enum(SORT_FIELDS).default('desiredTime'),
    order: z.enum(['asc', 'desc']).default('asc'),
    page: queryInt(0, 1_000_000).default(0),
    pageSize: queryInt(1, PAGE_SIZE).default(PAGE_SIZE),
  })
  .refine((q) => q.from < q.to && q.to - q.from <= MAX_RANGE_MS, {
    message: 'from must be before to, at most 30 days apart',
    path: ['to'],
  })

type RangeInput = {
  from: number
  to: number
  states?: CallbackFilter['states']
  services?: string[] | undefined
  searchField?: CallbackFilter['searchField']
  searchTerm?: string | undefined
  timezone?: string | undefined
}

/** Services asked for, limited to those the caller may read (others are treated as unknown). */
function filterOf(ctx: Ctx, q: RangeInput): { filter: CallbackFilter; permitted: Set<string> } {
  const permitted = q.services?.length
    ? new Set(q.services.filter((s) => ctx.auth.permitted.has(s)))
    : new Set(ctx.auth.permitted)
  return {
    filter: {
      from: q.from,
      to: q.to,
      states: q.states,
      searchField: q.searchField,
      searchTerm: q.searchTerm,
      timeZone: q.timezone ?? 'UTC',
    },
    permitted,
  }
}

const createBody = z.object({
  type: z.enum(['IMMEDIATE', 'SCHEDULED']),
  serviceName: z.string().min(1).max(128),
  phoneNumber: z.string().max(32),
  desiredTime: isoInstant.optional(),
})

const recreateBody = z.object({
  type: z.enum(['IMMEDIATE', 'SCHEDULED']),
  desiredTime: isoInstant.optional(),
})

const rescheduleBody = z.object({ desiredTime: isoInstant })

const bulkBody = z
  .object({
    ids: z.array(z.string().max(64)).max(10_000).optional(),
    range: z
      .object(rangeFields)
      .refine((r) => r.from < r.to && r.to - r.from <= MAX_RANGE_MS, {
        message: 'from must be before to, at most 30 days apart',
      })
      .optional(),
    dryRun: z.boolean().optional(),
  })
  .refine((b) => (b.ids ? 1 : 0) + (b.range ? 1 : 0) === 1, { message: 'give either ids or range' })

function book(
  ctx: Ctx,
  input: {
    type: 'IMMEDIATE' | 'SCHEDULED'
    serviceName: string
    phoneNumber: string
    desiredTime?: number | undefined
  },
  carried: Pick<CallbackRecord, 'metrics' | 'parameters'> = { metrics: {} },
): CallbackRecord {
  const queue = permittedQueue(ctx.tenant, ctx.auth, input.serviceName)
  const phoneNumber = e164(input.phoneNumber)
  checkNumberRule(ctx.tenant, queue, phoneNumber)
  let desiredTime = ctx.now
  if (input.type === 'IMMEDIATE') checkImmediate(queue, ctx.now)
  else if (input.desiredTime === undefined)
    throw badRequest('Invalid desiredTime: required for a scheduled callback', {
      field: 'desiredTime',
      reason: 'required',
    })
  else {
    checkSlot(ctx.tenant, queue, input.desiredTime)
    desiredTime = input.desiredTime
  }
  return ctx.tenant.create({
    serviceName: queue.name,
    phoneNumber,
    origin: input.type,
    channel: 'UI',
    desiredTime,
    createdBy: ctx.auth.user.username,
    extraMetrics: carried.metrics,
    ...(carried.parameters ? { parameters: carried.parameters } : {}),
  })
}

/** What a bulk cancel works on: a range's callbacks, or the IDs asked for (unknown or hidden ones as IDs). */
function bulkTargets(ctx: Ctx, body: z.infer<typeof bulkBody>): BulkTarget[] {
  if (body.range) {
    const { filter, permitted } = filterOf(ctx, body.range)
    return ctx.tenant.select(filter, permitted)
  }
  return [...new Set(body.ids)].map((id) => {
    const record = ctx.tenant.get(id)
    return record && ctx.auth.permitted.has(record.serviceName) ? record : id
  })
}

const canceller = (ctx: Ctx): Canceller => ({ username: ctx.auth.user.username, now: ctx.now })

export function callbackHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/callbacks', 'session', (ctx) => {
      const q = parseQuery(listQuery, ctx.url, ['states', 'services'])
      const { filter, permitted } = filterOf(ctx, q)
      const { rows, total } = ctx.tenant.selectPage(filter, permitted, {
        sort: q.sort,
        order: q.order,
        start: q.page * q.pageSize,
        count: q.pageSize,
      })
      return ok(ctx, {
        items: rows.map(toSummary),
        total,
        page: q.page,
        pageSize: q.pageSize,
      })
    }),

    route(sim, 'post', '/admin/v1/callbacks', 'session', (ctx) => {
      requirePermission(ctx, 'callbacks.manage')
      return once(ctx, () => {
        const input = parse(createBody, jsonBody(ctx))
        return ok(ctx, { id: book(ctx, input).id })
      })
    }),

    route(sim, 'post', '/admin/v1/callbacks/bulk-cancel', 'session', (ctx) => {
      requirePermission(ctx, 'callbacks.manage')
      const body = parse(bulkBody, jsonBody(ctx))
      const run = (dryRun: boolean) =>
        ok(ctx, bulkCancel(ctx.tenant, bulkTargets(ctx, body), canceller(ctx), { dryRun }))
      if (body.dryRun) return run(true)
      // Run twice, a cancel would report its second run ("already COMPLETED"), not what happened.
      return once(ctx, () => run(false))
    }),

    route(sim, 'get', '/admin/v1/callbacks/:id', 'session', (ctx) =>
      ok(ctx, toDetail(visibleCallback(ctx, pathParam(ctx, 'id')), ctx.tenant)),
    ),

    route(sim, 'post', '/admin/v1/callbacks/:id/cancel', 'session', (ctx) => {
      requirePermission(ctx, 'callbacks.manage')
      const record = visibleCallback(ctx, pathParam(ctx, 'id'))
      if (!isCancellable(record.state)) throw conflict(exclusionReason(record))
      ctx.tenant.cancel(record, { username: ctx.auth.user.username })
      logCancellation(ctx.tenant, canceller(ctx), record, 'CANCELLED')
      return ok(ctx, { id: record.id })
    }),

    route(sim, 'post', '/admin/v1/callbacks/:id/reschedule', 'session', (ctx) => {
      requirePermission(ctx, 'callbacks.manage')
      const record = visibleCallback(ctx, pathParam(ctx, 'id'))
      if (!isReschedulable(record.state)) {
        throw conflict(`Only a SCHEDULED callback can be rescheduled; this one is ${record.state}.`)
      }
      const { desiredTime } = parse(rescheduleBody, jsonBody(ctx))
      // Moving a callback to the time it already has would retire it for an identical copy.
      if (desiredTime === Date.parse(record.desiredTime)) {
        throw badRequest('The callback is already at this time; choose another time slot.', {
          field: 'desiredTime',
          reason: 'unchanged',
        })
      }
      const queue = permittedQueue(ctx.tenant, ctx.auth, record.serviceName)
      checkSlot(ctx.tenant, queue, desiredTime)
      const replacement = ctx.tenant.reschedule(record, desiredTime, ctx.auth.user.username)
      if (!replacement) throw conflict('The callback changed state; refresh and try again.')
      return ok(ctx, { id: replacement.id, previousId: record.id })
    }),

    route(sim, 'post', '/admin/v1/callbacks/:id/recreate', 'session', (ctx) => {
      requirePermission(ctx, 'callbacks.manage')
      const record = visibleCallback(ctx, pathParam(ctx, 'id'))
      if (!isRecreatable(record.state)) {
        throw conflict(`Only a COMPLETED callback can be recreated; this one is ${record.state}.`)
      }
      return once(ctx, () => {
        const input = parse(recreateBody, jsonBody(ctx))
        const now = new Date(ctx.now).toISOString()
        // The same request again: what the customer's app sent stays with the new callback.
        const created = book(
          ctx,
          { ...input, serviceName: record.serviceName, phoneNumber: record.phoneNumber },
          {
            metrics: {
              recreatedFrom: record.id,
              recreatedBy: ctx.auth.user.username,
              recreatedAt: now,
            },
            parameters: record.parameters,
          },
        )
        return ok(ctx, { id: created.id })
      })
    }),

    route(sim, 'get', '/admin/v1/reports/cancellation-summary', 'session', (ctx) => {
      requirePermission(ctx, 'callbacks.manage')
      const since = ctx.now - REPORT_WINDOW_MS
      const items = ctx.tenant.state.cancellations
        .filter((e) => e.username === ctx.auth.user.username && Date.parse(e.requestedAt) >= since)
        .filter((e) => ctx.auth.permitted.has(e.serviceName))
        .map(({ username: _username, ...entry }) => entry)
      return ok(ctx, { items })
    }),
  ]
}
