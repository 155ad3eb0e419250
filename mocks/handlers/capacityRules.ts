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
import { badRequest, forbidden, jsonBody, ok, route, type Ctx } from './respond'
import {
  assertNameFree,
  assertUnassigned,
  assertVersion,
  assignmentsOf,
  findRule,
  stamp,
} from './ruleStore'
import { parse, queryInt } from './validate'

/**
 * Capacity rules (product.md §5.4): Administrators, Supervisors and Developers read them, only an
 * Administrator creates, saves or deletes one, a Monitor does neither. The statement is checked by
 * the domain, as the editor checks a paste, so both refuse the same input for the same reason. The
 * effect on bookings is the tenant's (Tenant.capacityOf): a saved or assigned rule applies at once.
 */
type CapacityRule = components['schemas']['CapacityRule']
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
const deleteQuery = z.object({ version: queryInt(1, Number.MAX_SAFE_INTEGER) })
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

function toDto(ctx: Ctx, rule: CapacityRuleRecord): CapacityRule {
  return { ...rule, ...assignmentsOf(ctx.tenant, ctx.auth, 'capacityRuleId', rule.id) }
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
    route(sim, 'get', '/admin/v1/capacity-rules', 'session', (ctx) => {
      requireView(ctx)
      return ok(
        ctx,
        ctx.tenant.state.capacityRules.map((rule) => toDto(ctx, rule)),
      )
    }),

    route(sim, 'post', '/admin/v1/capacity-rules', 'session', (ctx) => {
      requireEdit(ctx)
      const body = parse(createBody, jsonBody(ctx))
      const name = nameOf(body.name)
      const statement = statementOf(body)
      const rules = ctx.tenant.state.capacityRules
      assertNameFree(rules, name)
      const rule: CapacityRuleRecord = {
        id: ctx.tenant.newId(),
        name,
        ...statement,
        version: 1,
        updatedAt: new Date(ctx.now).toISOString(),
        updatedBy: ctx.auth.user.username,
      }
      rules.push(rule)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(ctx, rule))
    }),

    route(sim, 'get', '/admin/v1/capacity-rules/:id', 'session', (ctx) => {
      requireView(ctx)
      return ok(ctx, toDto(ctx, findRule(ctx.tenant.state.capacityRules, ctx.params.id!, KIND)))
    }),

    route(sim, 'put', '/admin/v1/capacity-rules/:id', 'session', (ctx) => {
      requireEdit(ctx)
      const rules = ctx.tenant.state.capacityRules
      const rule = findRule(rules, ctx.params.id!, KIND)
      const body = parse(updateBody, jsonBody(ctx))
      assertVersion(rule, body.version, (r) => toDto(ctx, r))
      if (body.name !== undefined && body.name.trim() !== rule.name) {
        throw badRequest('Invalid name: the name of a capacity rule is fixed when it is created', {
          field: 'name',
          reason: 'the name of a capacity rule is fixed when it is created',
        })
      }
      const saved = stamp({ ...rule, ...statementOf(body) }, ctx.auth.user.username, ctx.now)
      rules.splice(rules.indexOf(rule), 1, saved)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(ctx, saved))
    }),

    route(sim, 'delete', '/admin/v1/capacity-rules/:id', 'session', (ctx) => {
      requireEdit(ctx)
      const rules = ctx.tenant.state.capacityRules
      const rule = findRule(rules, ctx.params.id!, KIND)
      const { version } = parse(deleteQuery, { version: ctx.url.searchParams.get('version') })
      assertVersion(rule, version, (r) => toDto(ctx, r))
      assertUnassigned(ctx.tenant, 'capacityRuleId', rule)
      rules.splice(rules.indexOf(rule), 1)
      ctx.tenant.onChange?.()
      return ok(ctx, null)
    }),

    route(sim, 'get', '/admin/v1/queues/:name/capacity-usage', 'session', (ctx) => {
      requireView(ctx)
      const queue = permittedQueue(ctx.tenant, ctx.auth, ctx.params.name!)
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
