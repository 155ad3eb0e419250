import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import {
  isSundayDate,
  MAX_RULE_NAME_LENGTH,
  ruleNameProblem,
  type CapacityStatement,
} from '@/domain/capacityRule'
import {
  describeCapacityProblem,
  validateCapacityStatement,
  type CapacityProblem,
} from '@/domain/capacityStatement'
import { can } from '@/domain/roles'
import { addDays, formatClock, wallClock, zonedInstant } from '@/domain/zonedTime'
import type { Simulator } from '../sim/simulator'
import type { CapacityRuleRecord } from '../store/types'
import { permittedQueue } from './booking'
import { badRequest, forbidden, ok, route, type Ctx } from './respond'
import { ruleHandlers } from './ruleEndpoints'
import { parse, pathParam } from './validate'

/**
 * Capacity rules (product.md §5.4): Administrators, Supervisors and Developers read them, only an
 * Administrator creates, saves or deletes one, a Monitor does neither. The statement is checked by
 * the domain, as the editor checks a paste, so both refuse the same input for the same reason. The
 * effect on bookings is the tenant's (Tenant.capacityOf): a saved or assigned rule applies at once.
 */
type CapacityUsage = components['schemas']['CapacityUsage']

// The shape only; the statement's contents are the domain's to judge, so a refusal names the day,
// time or value at fault instead of a generic schema error.
const createBody = z.strictObject({
  name: z.string().max(10_000),
  days: z.unknown().optional(),
  duration: z.unknown().optional(),
})
const updateBody = z.strictObject({
  days: z.unknown().optional(),
  duration: z.unknown().optional(),
  version: z.number().int().min(1),
  // Not in the contract: the name is fixed at creation. Tolerated only when it is unchanged.
  name: z.string().max(10_000).optional(),
})
const KIND = 'capacity'
/** Weeks the usage view may ask for: far enough either way, and no Intl work on absurd years. */
const FIRST_WEEK = '2000-01-02'
const LAST_WEEK = '2100-12-26'

function requireView(ctx: Ctx): void {
  if (!can(ctx.auth.role, 'capacityRules.view')) {
    throw forbidden('Your role cannot see capacity rules.')
  }
}

function requireEdit(ctx: Ctx): void {
  if (!can(ctx.auth.role, 'capacityRules.edit')) {
    throw forbidden('Only an Administrator can create, change or delete capacity rules.')
  }
}

function fieldOf(problem: CapacityProblem): string {
  switch (problem.code) {
    case 'missingDuration':
    case 'badDuration':
      return 'duration'
    case 'missingDays':
    case 'daysNotObject':
    case 'unknownDay':
      return 'days'
    case 'dayNotObject':
      return `days.${problem.day}`
    case 'badTime':
    case 'offGrid':
    case 'badValue':
      return `days.${problem.day}.${problem.time}`
    default:
      return 'body'
  }
}

function statementOf(body: { days?: unknown; duration?: unknown }): CapacityStatement {
  const checked = validateCapacityStatement({
    ...(body.days !== undefined ? { days: body.days } : {}),
    ...(body.duration !== undefined ? { duration: body.duration } : {}),
  })
  if (checked.ok) return checked.value
  const reason = describeCapacityProblem(checked.problem)
  throw badRequest(reason, { field: fieldOf(checked.problem), reason })
}

function nameOf(name: string): string {
  const problem = ruleNameProblem(name)
  if (problem) {
    const reason =
      problem === 'empty' ? 'a name is required' : `at most ${MAX_RULE_NAME_LENGTH} characters`
    throw badRequest(`Invalid name: ${reason}`, { field: 'name', reason })
  }
  return name.trim()
}

export function capacityRuleHandlers(sim: () => Simulator) {
  return [
    ...ruleHandlers<CapacityRuleRecord>(sim, {
      path: '/admin/v1/capacity-rules',
      kind: KIND,
      field: 'capacityRuleId',
      rules: (state) => state.capacityRules,
      requireRead: requireView,
      requireWrite: requireEdit,
      created: (_, body) => {
        const create = parse(createBody, body)
        return { name: nameOf(create.name), ...statementOf(create) }
      },
      updated: (_, body, rule) => {
        const update = parse(updateBody, body)
        return {
          version: update.version,
          changes: () => {
            if (update.name !== undefined && update.name.trim() !== rule.name) {
              const reason = 'the name of a capacity rule is fixed when it is created'
              throw badRequest(`Invalid name: ${reason}`, { field: 'name', reason })
            }
            return statementOf(update)
          },
        }
      },
    }),

    route(sim, 'get', '/admin/v1/queues/:name/capacity-usage', 'session', (ctx) => {
      requireView(ctx)
      const queue = permittedQueue(ctx.tenant, ctx.auth, pathParam(ctx, 'name'))
      const weekStart = ctx.url.searchParams.get('weekStart') ?? ''
      if (!isSundayDate(weekStart) || weekStart < FIRST_WEEK || weekStart > LAST_WEEK) {
        const reason = 'give the Sunday that starts the week, as YYYY-MM-DD (years 2000 to 2100)'
        throw badRequest(`Invalid weekStart: ${reason}`, { field: 'weekStart', reason })
      }
      const zone = queue.businessHours.timeZone
      const from = zonedInstant(weekStart, 0, zone)
      const to = zonedInstant(addDays(weekStart, 7), 0, zone)
      const usage: CapacityUsage = {
        queue: queue.name,
        timeZone: zone,
        weekStart,
        slotDurationMin: queue.slotDurationMin,
        ...(queue.capacityRuleId ? { capacityRuleId: queue.capacityRuleId } : {}),
        slots: queue.scheduledEnabled
          ? ctx.tenant.capacityUsage(queue, from, to).map(({ start, capacity, booked }) => {
              const local = wallClock(start, zone)
              return {
                utcTime: new Date(start).toISOString(),
                date: local.date,
                time: formatClock(local.minutes),
                capacity,
                booked,
              }
            })
          : [],
      }
      return ok(ctx, usage)
    }),
  ]
}
