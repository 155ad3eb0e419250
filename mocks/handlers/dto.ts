import type { components } from '@/api/schema.gen'
import { hasQueueFigures } from '@/domain/callback'
import type { Tenant } from '../sim/tenant'
import type { CallbackRecord, SimQueue } from '../store/types'

type Schemas = components['schemas']

/** Records as the contract shows them: internal planning never leaves the simulator. */
export function toSummary(r: CallbackRecord): Schemas['CallbackSummary'] {
  return {
    id: r.id,
    state: r.state,
    ...(r.reason ? { reason: r.reason } : {}),
    desiredTime: r.desiredTime,
    updatedAt: r.updatedAt,
    phoneNumber: r.phoneNumber,
    serviceName: r.serviceName,
    origin: r.origin,
  }
}

export function toDetail(r: CallbackRecord, tenant: Tenant): Schemas['CallbackDetail'] {
  return {
    ...toSummary(r),
    ...(hasQueueFigures(r.state)
      ? { positionInQueue: tenant.positionOf(r), estimatedWaitTime: tenant.waitOf(r) }
      : {}),
    metrics: r.metrics,
    ...(r.parameters ? { parameters: r.parameters } : {}),
  }
}

export function toRetrieved(r: CallbackRecord, tenant: Tenant): Schemas['RetrievedCallback'] {
  return {
    id: r.id,
    desiredTime: r.desiredTime,
    callbackState: r.state,
    ...(r.reason ? { callbackReason: r.reason } : {}),
    phoneNumber: r.phoneNumber,
    ...(hasQueueFigures(r.state)
      ? { positionInQueue: tenant.positionOf(r), estimatedWaitTime: tenant.waitOf(r) }
      : {}),
  }
}

export function toQueue(q: SimQueue): Schemas['Queue'] {
  const { model: _model, ...queue } = q
  return queue
}
