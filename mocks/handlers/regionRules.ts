import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { validateRegionRule, type RegionRuleProblem } from '@/domain/regionAffinity'
import { can } from '@/domain/roles'
import type { Simulator } from '../sim/simulator'
import type { RegionRuleRecord } from '../store/types'
import { requireToolsView } from './queues'
import { badRequest, forbidden, jsonBody, notFound, ok, route, type Ctx } from './respond'
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
 * Region-affinity rules and the regional nodes (product.md §5.6). Every role of the Tools tab reads
 * them (the Queues page names each queue's rule); only an Administrator writes them or marks a node
 * down. Validation is the domain's, the same the page runs before saving.
 */
type RegionRule = components['schemas']['RegionRule']

const regionIds = z.array(z.string().min(1).max(64)).max(100)
const ruleBody = z.strictObject({
  name: z.string().max(256),
  preferred: regionIds,
  fallback: regionIds,
})
const ruleUpdate = ruleBody.extend({ version: z.number().int().min(1) })
const healthBody = z.strictObject({ healthy: z.boolean() })
const deleteQuery = z.object({ version: queryInt(1, Number.MAX_SAFE_INTEGER) })

function requireEdit(ctx: Ctx): void {
  if (!can(ctx.auth.role, 'regionRules.edit')) {
    throw forbidden('Only an Administrator can change region affinity rules and region health.')
  }
}

function toDto(ctx: Ctx, rule: RegionRuleRecord): RegionRule {
  return { ...rule, ...assignmentsOf(ctx.tenant, ctx.auth, 'regionRuleId', rule.id) }
}

/** Which field a problem is about, and why, in the backend's words. */
function described(problem: RegionRuleProblem): [field: string, reason: string] {
  switch (problem.code) {
    case 'nameRequired':
      return ['name', 'a name is required']
    case 'nameTooLong':
      return ['name', `at most ${problem.max} characters`]
    case 'preferredRequired':
      return ['preferred', 'Preferred region required']
    case 'duplicateRegion':
      return ['regions', `"${problem.regionId}" is listed more than once`]
    case 'unknownRegion':
      return ['regions', `no region "${problem.regionId}" in this tenant`]
  }
}

/** The domain's first problem as a 400 naming the field, like every other validation failure. */
function validated(ctx: Ctx, body: z.infer<typeof ruleBody>) {
  const problem = validateRegionRule(
    body,
    ctx.tenant.state.regions.map((r) => r.id),
  )[0]
  if (problem) {
    const [field, reason] = described(problem)
    throw badRequest(`Invalid ${field}: ${reason}`, { field, reason })
  }
  return { name: body.name.trim(), preferred: body.preferred, fallback: body.fallback }
}

export function regionRuleHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/region-rules', 'session', (ctx) => {
      requireToolsView(ctx)
      return ok(
        ctx,
        ctx.tenant.state.regionRules.map((rule) => toDto(ctx, rule)),
      )
    }),
    route(sim, 'post', '/admin/v1/region-rules', 'session', (ctx) => {
      requireEdit(ctx)
      const body = validated(ctx, parse(ruleBody, jsonBody(ctx)))
      const rules = ctx.tenant.state.regionRules
      assertNameFree(rules, body.name)
      const rule: RegionRuleRecord = {
        id: ctx.tenant.newId(),
        ...body,
        version: 1,
        updatedAt: new Date(ctx.now).toISOString(),
        updatedBy: ctx.auth.user.username,
      }
      rules.push(rule)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(ctx, rule))
    }),
    route(sim, 'get', '/admin/v1/region-rules/:id', 'session', (ctx) => {
      requireToolsView(ctx)
      return ok(ctx, toDto(ctx, findRule(ctx.tenant.state.regionRules, ctx.params.id!, 'region')))
    }),
    route(sim, 'put', '/admin/v1/region-rules/:id', 'session', (ctx) => {
      requireEdit(ctx)
      const rules = ctx.tenant.state.regionRules
      const rule = findRule(rules, ctx.params.id!, 'region')
      const update = parse(ruleUpdate, jsonBody(ctx))
      assertVersion(rule, update.version, (r) => toDto(ctx, r))
      const body = validated(ctx, update)
      assertNameFree(rules, body.name, rule.id)
      const saved = stamp({ ...rule, ...body }, ctx.auth.user.username, ctx.now)
      rules.splice(rules.indexOf(rule), 1, saved)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(ctx, saved))
    }),
    route(sim, 'delete', '/admin/v1/region-rules/:id', 'session', (ctx) => {
      requireEdit(ctx)
      const rules = ctx.tenant.state.regionRules
      const rule = findRule(rules, ctx.params.id!, 'region')
      const { version } = parse(deleteQuery, { version: ctx.url.searchParams.get('version') })
      assertVersion(rule, version, (r) => toDto(ctx, r))
      assertUnassigned(ctx.tenant, 'regionRuleId', rule)
      rules.splice(rules.indexOf(rule), 1)
      ctx.tenant.onChange?.()
      return ok(ctx, null)
    }),
    route(sim, 'get', '/admin/v1/regions', 'session', (ctx) => {
      requireToolsView(ctx)
      return ok(ctx, ctx.tenant.state.regions)
    }),
    route(sim, 'put', '/admin/v1/regions/:id/health', 'session', (ctx) => {
      requireEdit(ctx)
      const region = ctx.tenant.state.regions.find((r) => r.id === ctx.params.id)
      if (!region) throw notFound(`No region with ID "${ctx.params.id}".`)
      region.healthy = parse(healthBody, jsonBody(ctx)).healthy
      ctx.tenant.onChange?.()
      return ok(ctx, region)
    }),
  ]
}
