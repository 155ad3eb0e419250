import { z } from 'zod'
import { openForSeconds } from '@/domain/businessHours'
import { isCancellable } from '@/domain/callback'
import type { Simulator } from '../sim/simulator'
import { agentsAt } from '../sim/queueFigures'
import { checkNumberRule, checkSlot, e164, permittedQueue } from './booking'
import { toRetrieved } from './dto'
import { conflict, jsonBody, notFound, ok, route } from './respond'
import { availabilityOf } from './queues'
import { isoInstant, parse } from './validate'

const BASE = '/engagement/v3'

const createBody = z.object({
  serviceName: z.string().min(1).max(128),
  phoneNumber: z.string().max(32),
  desiredTime: isoInstant.optional(),
  cbOfferType: z.enum(['ASAP', 'SCHEDULED', 'COMBINED_SCHEDULED_AND_ASAP']).optional(),
  language: z.string().max(16).optional(),
  userData: z
    .record(
      z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'keys must be valid identifiers')
        .max(128),
      z.unknown(),
    )
    .optional(),
  pushTargets: z
    .array(z.object({ channel: z.literal('FCM'), target: z.string().max(4096) }))
    .max(10)
    .optional(),
  captchaToken: z.string().max(4096).optional(),
  alwaysCheckCapacity: z.boolean().optional(),
  priority: z.number().int().optional(),
  routePoint: z.string().max(128).optional(),
  inboundVQ: z.string().max(128).optional(),
  channel: z.string().max(32).optional(),
  offerTiming: z.string().max(32).optional(),
})

const idBody = z.object({ id: z.string().min(1).max(64) })

/** The public engagement API, authenticated by x-api-key, exactly as published. */
export function engagementHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', `${BASE}/callbacks/create`, 'apiKey', (ctx) => {
      const input = parse(createBody, jsonBody(ctx))
      const queue = permittedQueue(ctx.tenant, ctx.auth, input.serviceName)
      const phoneNumber = e164(input.phoneNumber)
      checkNumberRule(ctx.tenant, queue, phoneNumber)
      const scheduled = input.desiredTime !== undefined && input.desiredTime > ctx.now
      // The public API books without checking office hours or capacity unless asked to.
      if (scheduled && input.alwaysCheckCapacity) checkSlot(ctx.tenant, queue, input.desiredTime!)
      const record = ctx.tenant.create({
        serviceName: queue.name,
        phoneNumber,
        origin: scheduled ? 'SCHEDULED' : 'IMMEDIATE',
        channel: input.channel === 'IVR' ? 'IVR' : 'WEB',
        desiredTime: scheduled ? input.desiredTime! : ctx.now,
      })
      return ok(ctx, { id: record.id })
    }),

    route(sim, 'post', `${BASE}/callbacks/retrieve`, 'apiKey', (ctx) => {
      const { id } = parse(idBody, jsonBody(ctx))
      const record = ctx.tenant.get(id)
      if (!record) throw notFound(`No callback with ID ${id}.`)
      return ok(ctx, toRetrieved(record, ctx.tenant))
    }),

    route(sim, 'post', `${BASE}/callbacks/cancel`, 'apiKey', (ctx) => {
      const { id } = parse(idBody, jsonBody(ctx))
      const record = ctx.tenant.get(id)
      if (!record) throw notFound(`No callback with ID ${id}.`)
      if (!isCancellable(record.state))
        throw conflict(`A ${record.state} callback cannot be cancelled.`)
      ctx.tenant.cancel(record, 'customer')
      return ok(ctx, { id })
    }),

    route(sim, 'get', `${BASE}/callbacks/availability/:serviceName`, 'apiKey', (ctx) =>
      ok(
        ctx,
        availabilityOf(
          ctx.tenant,
          permittedQueue(ctx.tenant, ctx.auth, ctx.params.serviceName!),
          ctx.url,
        ),
      ),
    ),

    route(sim, 'get', `${BASE}/callbacks/open-for/:serviceName`, 'apiKey', (ctx) => {
      const queue = permittedQueue(ctx.tenant, ctx.auth, ctx.params.serviceName!)
      const start = ctx.url.searchParams.get('start')
      const at = start ? parse(isoInstant, start) : ctx.now
      return ok(ctx, { openFor: openForSeconds(queue.businessHours, at) })
    }),

    route(sim, 'get', `${BASE}/callbacks/queue-status/:queueName`, 'apiKey', (ctx) => {
      const queue = permittedQueue(ctx.tenant, ctx.auth, ctx.params.queueName!)
      const open = agentsAt(queue, ctx.now) > 0
      return ok(ctx, {
        ewt: ctx.tenant.queueWait(queue),
        offerImmediateCallback: queue.immediateEnabled && open,
        offerScheduledCallback: queue.scheduledEnabled,
      })
    }),

    route(sim, 'get', `${BASE}/estimated-wait-time`, 'apiKey', (ctx) => {
      const names = parse(
        z.string().min(1).max(4096),
        ctx.url.searchParams.get('virtual-queues') ?? '',
      )
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
      return ok(
        ctx,
        names.map((name) => {
          const queue = ctx.tenant.queue(name)
          if (!queue)
            return {
              virtualQueue: name,
              estimatedWaitTime: -1,
              message: 'Unknown virtual queue',
              resultCode: -1,
            }
          const ewt = ctx.tenant.queueWait(queue)
          return ewt < 0
            ? {
                virtualQueue: name,
                estimatedWaitTime: -1,
                message: 'No agents logged in',
                resultCode: -2,
              }
            : { virtualQueue: name, estimatedWaitTime: ewt, message: 'Valid', resultCode: 0 }
        }),
      )
    }),
  ]
}
