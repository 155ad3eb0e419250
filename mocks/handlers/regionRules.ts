import { z } from 'zod'
import { validateRegionRule, type RegionRuleProblem } from '@/domain/regionAffinity'
import { can } from '@/domain/roles'
import type { Simulator } from '../sim/simulator'
import type { RegionRuleRecord } from '../store/types'
import { requireToolsView } from './queues'
import { badRequest, forbidden, jsonBody, notFound, ok, route, type Ctx } from './respond'
import { ruleHandlers } from './ruleEndpoints'
import { parse } from './validate'

/**
 * Region-affinity rules and the regional nodes (product.md §5.6). Every role of the Tools tab reads
 * them (the Queues page names each queue's rule); only an Administrator writes them or marks a node
 * down. Validation is the domain's, the same the page runs before saving.
 */

const regionIds = z.array(z.string().min(1).max(64)).max(100)
const ruleBody = z.strictObject({
  name: z.string().max(256),
  preferred: regionIds,
  fallback: regionIds,
})
const ruleUpdate = ruleBody.extend({ version: z.number().int().min(1) })
const healthBody = z.strictObject({ healthy: z.boolean() })

function requireEdit(ctx: Ctx): void {
  if (!can(ctx.auth.role, 'regionRules.edit')) {
    throw forbidden('Only an Administrator can change region affinity rules and region health.')
  }
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
    ...ruleHandlers<RegionRuleRecord>(sim, {
      path: '/admin/v1/region-rules',
      kind: 'region',
      field: 'regionRuleId',
      rules: (state) => state.regionRules,
      requireRead: requireToolsView,
      requireWrite: requireEdit,
      created: (ctx, body) => validated(ctx, parse(ruleBody, body)),
      updated: (ctx, body) => {
        const update = parse(ruleUpdate, body)
        return { version: update.version, changes: () => validated(ctx, update) }
      },
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
