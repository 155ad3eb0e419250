import { parseCustomerNumber } from '@/domain/phone'
import { isOpenAt } from '@/domain/businessHours'
import { describeTest, testNumber } from '@/domain/numberRule'
import type { Tenant } from '../sim/tenant'
import type { SimQueue } from '../store/types'
import { badRequest, HttpError, notFound, type AuthUser } from './respond'

/**
 * Checks shared by every way of booking a callback (UI create, recreate, reschedule, public API):
 * a queue the caller may use, a valid E.164 number, a free slot within business hours.
 */
export function permittedQueue(tenant: Tenant, auth: AuthUser, name: string): SimQueue {
  const queue = tenant.queue(name)
  // A queue outside the caller's line of business is answered exactly like one that does not exist.
  if (!queue || !auth.permitted.has(name)) throw notFound(`No callback queue named "${name}".`)
  return queue
}

/**
 * A customer number in E.164, or a 400 naming the field and what is wrong. The callback APIs answer
 * 40001 like any other invalid field; the call-in request has a code of its own (40004).
 */
export function e164(
  phoneNumber: string,
  { field = 'phoneNumber', code = 40001 }: { field?: string; code?: number } = {},
): string {
  const parsed = parseCustomerNumber(phoneNumber)
  if (!parsed.ok) {
    const reasons: Record<typeof parsed.error, string> = {
      EMPTY: 'a customer number is required',
      TOO_LONG: 'the number is too long',
      INVALID_CHARACTERS: 'the number may contain only digits, spaces and + ( ) - .',
      NEEDS_COUNTRY:
        'give the number in international format, starting with + and the country code',
      INVALID: 'this is not a valid phone number',
    }
    const reason = reasons[parsed.error]
    throw new HttpError(400, code, `Invalid ${field}: ${reason}`, { field, reason })
  }
  return parsed.e164
}

/**
 * The queue's number-validation rule (product.md §5.3), applied before a callback is created: UI
 * create, recreate and the public API. Not on reschedule: that moves a callback already accepted
 * to another time, for the same number; the rule decides who is called back, not when. Callbacks
 * that already exist are not re-checked when a rule changes.
 */
export function checkNumberRule(tenant: Tenant, queue: SimQueue, e164: string): void {
  const rule = queue.numberRuleId
    ? tenant.state.numberRules.find((r) => r.id === queue.numberRuleId)
    : undefined
  if (!rule) return
  const result = testNumber(rule, e164)
  if (result.verdict === 'PASS') return
  const reason = describeTest(result)
  throw new HttpError(
    400,
    40002,
    `${queue.name} does not accept this number (number validation rule "${rule.name}"): ${reason}`,
    { field: 'phoneNumber', reason },
  )
}

export function checkImmediate(queue: SimQueue, now: number): void {
  if (!queue.immediateEnabled) {
    throw new HttpError(
      400,
      40003,
      `${queue.name} does not offer immediate callbacks. Schedule one instead.`,
    )
  }
  if (!isOpenAt(queue.businessHours, now)) {
    throw new HttpError(
      400,
      40003,
      `${queue.name} is closed now. Schedule the callback for a time it is open.`,
    )
  }
}

/**
 * A scheduled booking must start a slot within business hours that still has room. A full slot
 * answers 429 with the next free slots as a map from start time to free places (ProposedSlots in
 * the contract: the shape the official engagement client can read).
 */
export function checkSlot(tenant: Tenant, queue: SimQueue, desired: number): void {
  if (!queue.scheduledEnabled) {
    throw new HttpError(400, 40003, `${queue.name} does not offer scheduled callbacks.`)
  }
  if (desired <= tenant.now) {
    throw badRequest('Invalid desiredTime: the time has already passed', {
      field: 'desiredTime',
      reason: 'the time has already passed',
    })
  }
  const free = tenant.freePlaces(queue, desired)
  if (free === null) {
    throw badRequest('Invalid desiredTime: not the start of a time slot within business hours', {
      field: 'desiredTime',
      reason: 'not the start of a time slot within business hours',
    })
  }
  if (free === 0) {
    const proposed = tenant.proposeSlots(queue, desired)
    throw new HttpError(429, 42901, 'That time slot is full. Choose one of the proposed slots.', {
      slots: Object.fromEntries(proposed.map((slot) => [slot.utcTime, slot.capacity])),
    })
  }
}
