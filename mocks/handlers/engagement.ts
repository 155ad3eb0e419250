import { z } from 'zod'
import { openForSeconds } from '@/domain/businessHours'
import { isCancellable } from '@/domain/callback'
import type { Simulator } from '../sim/simulator'
import { agentsAt } from '../sim/queueFigures'
import { estimateWait, WAIT_MODES } from '../sim/waitModes'
import { checkNumberRule, checkSlot, e164, permittedQueue } from './booking'
import { requireCaptcha } from './captcha'
import { toRetrieved } from './dto'
import { conflict, jsonBody, notFound, ok, route } from './respond'
import { availabilityOf } from './queues'
import { parameterFields, parametersOf } from './callbackParameters'
import {
  instantIn,
  instantText,
  isoInstant,
  parse,
  parseQuery,
  pathParam,
  queryBool,
  timeZone,
} from './validate'

const BASE = '/engagement/v3'

const createBody = z.object({
  serviceName: z.string().min(1).max(128),
  phoneNumber: z.string().max(32),
  desiredTime: isoInstant.optional(),
  captchaToken: z.string().max(4096).optional(),
  alwaysCheckCapacity: z.boolean().optional(),
  ...parameterFields,
})

const openForQuery = z.object({
  start: instantText.optional(),
  timezone: timeZone.default('UTC'),
})

const waitQuery = z.object({
  'virtual-queues': z
    .string({ error: 'required: one or more queue names, separated by commas' })
    .max(4096)
    .refine((names) => names.split(',').some((n) => n.trim()), {
      message: 'name at least one virtual queue',
    }),
  mode: z.enum(WAIT_MODES, { error: 'must be mode1, mode2 or mode3' }).default('mode2'),
  'include-calls-on-hold': queryBool.default(false),
})

const idBody = z.object({ id: z.string().min(1).max(64) })

/** The public engagement API, authenticated by x-api-key, exactly as published. */
export function engagementHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', `${BASE}/callbacks/create`, 'apiKey', (ctx) => {
      const input = parse(createBody, jsonBody(ctx))
      // A visitor who is not shown to be a person learns nothing else about the tenant.
      requireCaptcha(ctx, input.captchaToken)
      const queue = permittedQueue(ctx.tenant, ctx.auth, input.serviceName)
      const phoneNumber = e164(input.phoneNumber)
      checkNumberRule(ctx.tenant, queue, phoneNumber)
      // A desired time in the past books an immediate callback.
      const scheduledAt =
        input.desiredTime !== undefined && input.desiredTime > ctx.now ? input.desiredTime : null
      // The public API books without checking office hours or capacity unless asked to.
      if (scheduledAt !== null && input.alwaysCheckCapacity)
        checkSlot(ctx.tenant, queue, scheduledAt)
      const parameters = parametersOf(input)
      const record = ctx.tenant.create({
        serviceName: queue.name,
        phoneNumber,
        origin: scheduledAt === null ? 'IMMEDIATE' : 'SCHEDULED',
        channel: input.channel === 'IVR' ? 'IVR' : 'WEB',
        desiredTime: scheduledAt ?? ctx.now,
        ...(parameters ? { parameters } : {}),
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
          permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'serviceName')),
          ctx.url,
        ),
      ),
    ),

    route(sim, 'get', `${BASE}/callbacks/open-for/:serviceName`, 'apiKey', (ctx) => {
      const queue = permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'serviceName'))
      const q = parseQuery(openForQuery, ctx.url)
      const at = q.start !== undefined ? instantIn(q.start, q.timezone) : ctx.now
      return ok(ctx, { openFor: openForSeconds(queue.businessHours, at) })
    }),

    route(sim, 'get', `${BASE}/callbacks/queue-status/:queueName`, 'apiKey', (ctx) => {
      const queue = permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'queueName'))
      const open = agentsAt(queue, ctx.now) > 0
      return ok(ctx, {
        ewt: ctx.tenant.queueWait(queue),
        offerImmediateCallback: queue.immediateEnabled && open,
        offerScheduledCallback: queue.scheduledEnabled,
      })
    }),

    route(sim, 'get', `${BASE}/estimated-wait-time`, 'apiKey', (ctx) => {
      const q = parseQuery(waitQuery, ctx.url)
      const names = q['virtual-queues']
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
          const estimate = estimateWait(ctx.tenant, queue, q.mode, q['include-calls-on-hold'])
          return { virtualQueue: name, ...estimate }
        }),
      )
    }),
  ]
}
