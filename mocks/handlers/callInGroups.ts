import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import {
  ACCESS_CODE_LENGTH,
  EXPIRY_SECONDS,
  groupNameProblem,
  groupProblem,
  MAX_DESCRIPTION_LENGTH,
  MAX_DNIS_LENGTH,
  MAX_GROUP_NAME_LENGTH,
  MAX_POOL_SIZE,
  normalizeEntry,
  sameGroupName,
  type CallInGroupContent,
  type GroupNameError,
  type GroupProblem,
  type SettingRange,
} from '@/domain/callInGroup'
import type { Simulator } from '../sim/simulator'
import type { CallInGroup, TenantState } from '../store/types'
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
import { assertVersion, stamp } from './ruleStore'
import { parse, queryInt } from './validate'

/**
 * Click-To-Call-In groups (product.md §5.5): Administrators create, save and delete them;
 * Supervisors and Developers read them; a Monitor neither. Every check is the domain's, the same
 * the editor and the CSV import run, so what the page accepted is never refused here.
 */
type CallInGroupDto = components['schemas']['CallInGroup']

// The shape only, with room over every limit: the domain names what is wrong (a 20-character
// number is "at most 16 characters", not a generic schema error).
const entry = z.strictObject({
  number: z.string().max(1000),
  description: z.string().max(10_000).optional(),
})
const content = z.strictObject({
  dnis: z.array(entry).max(MAX_POOL_SIZE * 10),
  generateAccessCode: z.boolean(),
  accessCodeLength: z.number(),
  expirySeconds: z.number(),
  uniqueDnis: z.boolean(),
})
const createBody = content.extend({ name: z.string().max(10_000) })
const updateBody = content.extend({ version: z.number().int().min(1) })
const deleteQuery = z.object({ version: queryInt(1, Number.MAX_SAFE_INTEGER) })

const NAME_REASONS: Record<GroupNameError, string> = {
  EMPTY: 'a name is required',
  TOO_LONG: `at most ${MAX_GROUP_NAME_LENGTH} characters`,
  CONTROL: 'no control characters or line breaks',
  DOTS: 'a name cannot be only dots',
}

const range = (r: SettingRange) => `a whole number from ${r.min} to ${r.max}`

function described(problem: GroupProblem, dnis: CallInGroupContent['dnis']): [string, string] {
  switch (problem.field) {
    case 'accessCodeLength':
      return [problem.field, range(ACCESS_CODE_LENGTH)]
    case 'expirySeconds':
      return [problem.field, range(EXPIRY_SECONDS)]
    case 'description':
      return [
        `dnis.${problem.index}.description`,
        problem.error === 'TOO_LONG'
          ? `at most ${MAX_DESCRIPTION_LENGTH} characters`
          : 'no control characters or line breaks',
      ]
    case 'dnis': {
      if (!('index' in problem))
        return [
          'dnis',
          problem.error === 'EMPTY_POOL'
            ? 'the pool needs at least one number'
            : `a pool holds at most ${MAX_POOL_SIZE.toLocaleString('en')} numbers`,
        ]
      const number = (dnis[problem.index]?.number ?? '').slice(0, 32)
      const field = `dnis.${problem.index}.number`
      switch (problem.error) {
        case 'EMPTY':
          return [field, 'a number is required']
        case 'TOO_LONG':
          return [field, `at most ${MAX_DNIS_LENGTH} characters`]
        case 'FORMAT':
          return [
            field,
            `"${number}" is not an E.164 number ("+" optional, 7 to 15 digits, the first not 0)`,
          ]
        case 'DUPLICATE':
          return [field, `"${number}" is already in the pool (number ${problem.first + 1})`]
      }
    }
  }
}

/** The content as stored (entries trimmed, empty descriptions dropped), or a 400 naming the problem. */
function validated(body: z.infer<typeof content>): CallInGroupContent {
  const group = { ...body, dnis: body.dnis.map(normalizeEntry) }
  const problem = groupProblem(group)
  if (problem) {
    const [field, reason] = described(problem, group.dnis)
    throw badRequest(`Invalid ${field}: ${reason}`, { field, reason })
  }
  return {
    dnis: group.dnis,
    generateAccessCode: group.generateAccessCode,
    accessCodeLength: group.accessCodeLength,
    expirySeconds: group.expirySeconds,
    uniqueDnis: group.uniqueDnis,
  }
}

function validName(name: string): string {
  const problem = groupNameProblem(name)
  if (problem)
    throw badRequest(`Invalid name: ${NAME_REASONS[problem]}`, {
      field: 'name',
      reason: NAME_REASONS[problem],
    })
  return name.trim()
}

const toDto = (group: CallInGroup): CallInGroupDto => ({ id: group.name, ...group })

/** The group of that exact name (names are IDs), or undefined. */
export function findCallInGroup(state: TenantState, name: string): CallInGroup | undefined {
  return state.callInGroups.find((group) => group.name === name)
}

function find(ctx: Ctx): CallInGroup {
  const name = ctx.params.name ?? ''
  const group = findCallInGroup(ctx.tenant.state, name)
  if (!group) throw notFound(`No Click-To-Call-In group named "${name.slice(0, 100)}".`)
  return group
}

export function callInGroupHandlers(sim: () => Simulator) {
  const list = '/admin/v1/call-in-groups'
  const item = `${list}/:name`
  return [
    route(sim, 'get', list, 'session', (ctx) => {
      requirePermission(ctx, 'callInGroups.view')
      return ok(ctx, ctx.tenant.state.callInGroups.map(toDto))
    }),

    route(sim, 'post', list, 'session', (ctx) => {
      requirePermission(ctx, 'callInGroups.edit')
      const body = parse(createBody, jsonBody(ctx))
      const name = validName(body.name)
      const groups = ctx.tenant.state.callInGroups
      if (groups.some((group) => sameGroupName(group.name, name)))
        throw conflict(`A group named "${name}" already exists. Choose another name.`)
      const group: CallInGroup = {
        name,
        ...validated(body),
        version: 1,
        updatedAt: new Date(ctx.now).toISOString(),
        updatedBy: ctx.auth.user.username,
      }
      groups.push(group)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(group))
    }),

    route(sim, 'get', item, 'session', (ctx) => {
      requirePermission(ctx, 'callInGroups.view')
      return ok(ctx, toDto(find(ctx)))
    }),

    route(sim, 'put', item, 'session', (ctx) => {
      requirePermission(ctx, 'callInGroups.edit')
      const group = find(ctx)
      const body = parse(updateBody, jsonBody(ctx))
      // A stale save hears of the newer group before anything about its own contents.
      assertVersion(group, body.version, toDto)
      const saved = stamp({ ...group, ...validated(body) }, ctx.auth.user.username, ctx.now)
      const groups = ctx.tenant.state.callInGroups
      groups.splice(groups.indexOf(group), 1, saved)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(saved))
    }),

    route(sim, 'delete', item, 'session', (ctx) => {
      requirePermission(ctx, 'callInGroups.edit')
      const group = find(ctx)
      const { version } = parse(deleteQuery, { version: ctx.url.searchParams.get('version') })
      assertVersion(group, version, toDto)
      const groups = ctx.tenant.state.callInGroups
      groups.splice(groups.indexOf(group), 1)
      ctx.tenant.onChange?.()
      return ok(ctx, null)
    }),
  ]
}
