import { z } from 'zod'
import type { HttpHandler } from 'msw'
import type { Simulator } from '../sim/simulator'
import type { TenantState } from '../store/types'
import { mayChangeRule } from '@/domain/ruleAccess'
import { forbidden, jsonBody, ok, route, type Ctx } from './respond'
import {
  assertNameFree,
  assertUnassigned,
  assertVersion,
  assignmentsOf,
  findRule,
  stamp,
  type AssignmentField,
  type StoredRule,
} from './ruleStore'
import { parseQuery, pathParam, queryInt } from './validate'

/**
 * The five endpoints every kind of rule has (list, create, read, save, delete), written once: what
 * differs per kind is who may read and write it and how its body is validated.
 */
export interface RuleKind<R extends StoredRule> {
  /** e.g. /admin/v1/number-rules */
  path: string
  /** Named in "No … rule with ID": "number validation", "capacity", "region". */
  kind: string
  /** The queue property that assigns this kind of rule. */
  field: AssignmentField
  rules: (state: TenantState) => R[]
  /** Throw 403 unless the caller may read, or write, rules of this kind. */
  requireRead: (ctx: Ctx) => void
  requireWrite: (ctx: Ctx) => void
  /** A create body, validated: the new rule's content. Throws a 400 naming the problem. */
  created: (ctx: Ctx, body: unknown) => Omit<R, keyof StoredRule> & { name: string }
  /**
   * A save body: the version it was based on, and its changes, validated only after the version
   * check, so a stale save is told about the newer rule before anything about its own contents.
   */
  updated: (
    ctx: Ctx,
    body: unknown,
    rule: R,
  ) => { version: number; changes: () => Partial<Omit<R, keyof StoredRule>> & { name?: string } }
}

const deleteQuery = z.object({ version: queryInt(1, Number.MAX_SAFE_INTEGER) })

export function ruleHandlers<R extends StoredRule>(
  sim: () => Simulator,
  kind: RuleKind<R>,
): HttpHandler[] {
  const toDto = (ctx: Ctx, rule: R) => ({
    ...rule,
    ...assignmentsOf(ctx.tenant, ctx.auth, kind.field, rule.id),
  })
  const find = (ctx: Ctx) => findRule(kind.rules(ctx.tenant.state), pathParam(ctx, 'id'), kind.kind)
  /** A rule to change or delete: found, and serving no queue the caller may not read. */
  const findToChange = (ctx: Ctx) => {
    const rule = find(ctx)
    if (!mayChangeRule(assignmentsOf(ctx.tenant, ctx.auth, kind.field, rule.id)))
      throw forbidden(
        `"${rule.name}" is also assigned to queues of a line of business you cannot read, so only someone who may read all of its queues can change it.`,
      )
    return rule
  }
  const item = `${kind.path}/:id`
  return [
    route(sim, 'get', kind.path, 'session', (ctx) => {
      kind.requireRead(ctx)
      return ok(
        ctx,
        kind.rules(ctx.tenant.state).map((rule) => toDto(ctx, rule)),
      )
    }),

    route(sim, 'post', kind.path, 'session', (ctx) => {
      kind.requireWrite(ctx)
      const content = kind.created(ctx, jsonBody(ctx))
      const rules = kind.rules(ctx.tenant.state)
      assertNameFree(rules, content.name)
      const rule = {
        ...content,
        id: ctx.tenant.newId(),
        version: 1,
        updatedAt: new Date(ctx.now).toISOString(),
        updatedBy: ctx.auth.user.username,
      } as R
      rules.push(rule)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(ctx, rule))
    }),

    route(sim, 'get', item, 'session', (ctx) => {
      kind.requireRead(ctx)
      return ok(ctx, toDto(ctx, find(ctx)))
    }),

    route(sim, 'put', item, 'session', (ctx) => {
      kind.requireWrite(ctx)
      const rules = kind.rules(ctx.tenant.state)
      const rule = findToChange(ctx)
      const { version, changes } = kind.updated(ctx, jsonBody(ctx), rule)
      assertVersion(rule, version, (r) => toDto(ctx, r))
      const next = changes()
      if (next.name !== undefined) assertNameFree(rules, next.name, rule.id)
      const saved = stamp({ ...rule, ...next }, ctx.auth.user.username, ctx.now)
      rules.splice(rules.indexOf(rule), 1, saved)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(ctx, saved))
    }),

    route(sim, 'delete', item, 'session', (ctx) => {
      kind.requireWrite(ctx)
      const rules = kind.rules(ctx.tenant.state)
      const rule = findToChange(ctx)
      const { version } = parseQuery(deleteQuery, ctx.url)
      assertVersion(rule, version, (r) => toDto(ctx, r))
      assertUnassigned(ctx.tenant, kind.field, rule)
      rules.splice(rules.indexOf(rule), 1)
      ctx.tenant.onChange?.()
      return ok(ctx, null)
    }),
  ]
}
