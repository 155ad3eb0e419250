import { z } from 'zod'
import { maskAccessCode, sameNumber } from '@/domain/callIn'
import {
  DIALLED_NUMBER,
  enteredCodeProblem,
  MAX_DIALLED_LENGTH,
  MAX_ENTERED_CODE_LENGTH,
} from '@/domain/callInDial'
import { sameGroupName } from '@/domain/callInGroup'
import {
  CALL_IN_PAGE_SIZE,
  CALL_IN_RANGES,
  CALL_IN_SEARCH_FIELDS,
  CALL_IN_SORT_FIELDS,
  callInComparator,
  callInMatcher,
  DEFAULT_CALL_IN_RANGE,
  MAX_CALL_IN_SEARCH,
  resolveCallInRange,
} from '@/domain/callInQuery'
import { isCompleted } from '@/domain/callback'
import type { components } from '@/api/schema.gen'
import type { Simulator } from '../sim/simulator'
import type { CallInGroup, CallInRecord } from '../store/types'
import { e164 } from './booking'
import { userData } from './callbackParameters'
import {
  conflict,
  HttpError,
  jsonBody,
  notFound,
  ok,
  requirePermission,
  route,
  type Ctx,
} from './respond'
import { parse, queryInt, queryObject, timeZone } from './validate'

type Schemas = components['schemas']

/** A JSON null is the same as leaving the field out. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null ? undefined : value), schema.optional())

/** CallInRequestsParms as the official client sends it; members it does not know are ignored. */
const createBody = z.object(
  {
    groupName: z
      .string({ error: 'required: the name of a Click-To-Call-In group' })
      .trim()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters'),
    fromPhoneNumber: optional(z.string({ error: 'must be text' })),
    userData: optional(userData),
    callbackServiceId: optional(
      z
        .string({ error: 'must be text' })
        .min(1, 'must not be empty')
        .max(64, 'must be at most 64 characters'),
    ),
  },
  { error: 'must be a JSON object with groupName' },
)

const listQuery = z.object({
  range: z.enum(CALL_IN_RANGES).default(DEFAULT_CALL_IN_RANGE),
  timezone: timeZone.default('UTC'),
  searchField: z.enum(CALL_IN_SEARCH_FIELDS).optional(),
  searchTerm: z.string().max(MAX_CALL_IN_SEARCH).optional(),
  sort: z.enum(CALL_IN_SORT_FIELDS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: queryInt(0, 1_000_000).default(0),
  pageSize: queryInt(1, CALL_IN_PAGE_SIZE).default(CALL_IN_PAGE_SIZE),
})

const dialBody = z.object({
  dnis: z
    .string({ error: 'required: the number dialled' })
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_DIALLED_LENGTH, `must be at most ${MAX_DIALLED_LENGTH} characters`)
    .regex(DIALLED_NUMBER, 'may contain only digits, spaces and + ( ) - .'),
  ani: optional(
    z.string({ error: 'must be text' }).trim().max(32, 'must be at most 32 characters'),
  ),
  accessCode: optional(
    z
      .string({ error: 'must be text' })
      .trim()
      .refine(
        (code) => enteredCodeProblem(code) === null,
        `must be digits only, at most ${MAX_ENTERED_CODE_LENGTH}`,
      ),
  ),
})

const simulationBody = z.object({ simulatedCallers: z.boolean({ error: 'must be true or false' }) })

/** A group by the name an app sends: names are unique without regard to case, so so is the lookup. */
function groupNamed(ctx: Ctx, name: string): CallInGroup {
  const group = ctx.tenant.state.callInGroups.find((g) => sameGroupName(g.name, name))
  if (!group)
    throw new HttpError(
      404,
      40403,
      `No Click-To-Call-In group named "${name.slice(0, 64)}". Groups are set up in Tools > Click-To-Call In Config.`,
      { field: 'groupName', reason: 'no such group' },
    )
  return group
}

/** A callback the call-in belongs to (Click-To-Call-In Delayed) must still be able to take a call. */
function checkCallback(ctx: Ctx, id: string): void {
  const callback = ctx.tenant.get(id)
  if (!callback)
    throw notFound(`Invalid callbackServiceId: no callback with ID ${id.slice(0, 64)}.`)
  if (isCompleted(callback.state))
    throw conflict(
      `Invalid callbackServiceId: callback ${id} has ended (COMPLETED), so no call could be matched to it.`,
    )
}

/** The newest request made on a number: whoever dials it after that learns how it ended. */
function newestOn(ctx: Ctx, dnis: string): CallInRecord | undefined {
  // Kept oldest first: the newest is found from the end.
  return ctx.tenant.state.callIns.findLast((r) => sameNumber(r.dnis, dnis))
}

/** A record as the Call-In tab shows it: the access code masked, the plan left out. */
export function toCallInRecord(r: CallInRecord): Schemas['CallInRecord'] {
  return {
    id: r.id,
    state: r.state,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    ...(r.completedAt ? { completedAt: r.completedAt } : {}),
    ...(r.ani ? { ani: r.ani } : {}),
    groupName: r.groupName,
    dnis: r.dnis,
    ...(r.accessCode ? { maskedAccessCode: maskAccessCode(r.accessCode) } : {}),
  }
}

/**
 * Click-To-Call-In: the public request (Genesys CallInApi), the Call-In tab's records, and on the
 * demo tenant a way to play the consumer and to switch the simulated ones off.
 */
export function callInHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', '/engagement/v3/call-in/requests/create', 'apiKey', (ctx) => {
      const input = parse(createBody, jsonBody(ctx))
      const group = groupNamed(ctx, input.groupName)
      const fromPhoneNumber = input.fromPhoneNumber?.trim()
        ? e164(input.fromPhoneNumber, { field: 'fromPhoneNumber', code: 40004 })
        : undefined
      if (input.callbackServiceId) checkCallback(ctx, input.callbackServiceId)
      const record = ctx.tenant.callIns.create(
        group,
        {
          fromPhoneNumber,
          callbackServiceId: input.callbackServiceId,
          userData: input.userData,
        },
        ctx.now,
      )
      if (!record) {
        const freeAt = ctx.tenant.callIns.nextFreeAt(group) ?? ctx.now + group.expirySeconds * 1000
        const seconds = Math.max(1, Math.ceil((freeAt - ctx.now) / 1000))
        throw new HttpError(
          409,
          40904,
          `Every number of the group "${group.name}" is in use (Unique DNIS): the first is free again in ${seconds} s. Try again then.`,
          { field: 'groupName', reason: 'every DNIS in use' },
          { 'Retry-After': String(seconds) },
        )
      }
      return ok(ctx, {
        id: record.id,
        toPhoneNumber: record.dnis,
        groupName: record.groupName,
        ...(record.accessCode ? { accessCode: Number(record.accessCode) } : {}),
        expirationTime: Date.parse(record.expiresAt),
        ...(record.fromPhoneNumber ? { fromPhoneNumber: record.fromPhoneNumber } : {}),
        ...(record.callbackServiceId ? { callbackServiceId: record.callbackServiceId } : {}),
      } satisfies Schemas['CallInRequest'])
    }),

    route(sim, 'get', '/admin/v1/call-ins', 'session', (ctx) => {
      requirePermission(ctx, 'callIn.view')
      const q = parse(listQuery, queryObject(ctx.url))
      const matches = callInMatcher({
        ...resolveCallInRange(q.range, ctx.now, q.timezone),
        searchField: q.searchField,
        searchTerm: q.searchTerm,
      })
      const rows = ctx.tenant.state.callIns.filter(matches)
      rows.sort(callInComparator(q.sort, q.order))
      const start = q.page * q.pageSize
      return ok(ctx, {
        items: rows.slice(start, start + q.pageSize).map(toCallInRecord),
        total: rows.length,
        page: q.page,
        pageSize: q.pageSize,
      })
    }),

    route(sim, 'post', '/admin/v1/demo/call-in/dial', 'session', (ctx) => {
      requirePermission(ctx, 'callIn.simulate')
      const input = parse(dialBody, jsonBody(ctx))
      const ani = input.ani ? e164(input.ani, { field: 'ani' }) : undefined
      const result = ctx.tenant.callIns.call(
        { dnis: input.dnis, ani, ...(input.accessCode ? { accessCode: input.accessCode } : {}) },
        ctx.now,
      )
      const record = result.match && ctx.tenant.callIns.get(result.match.id)
      const last = result.outcome === 'NO_PENDING_REQUEST' && newestOn(ctx, input.dnis)
      return ok(ctx, {
        outcome: result.outcome,
        ...(record ? { record: toCallInRecord(record) } : {}),
        ...(last ? { lastRequest: toCallInRecord(last) } : {}),
      })
    }),

    route(sim, 'get', '/admin/v1/demo/call-in/simulation', 'session', (ctx) => {
      requirePermission(ctx, 'callIn.view')
      return ok(ctx, { simulatedCallers: ctx.tenant.state.simulatedCallers })
    }),

    route(sim, 'put', '/admin/v1/demo/call-in/simulation', 'session', (ctx) => {
      requirePermission(ctx, 'callIn.simulate')
      const { simulatedCallers } = parse(simulationBody, jsonBody(ctx))
      ctx.tenant.state.simulatedCallers = simulatedCallers
      return ok(ctx, { simulatedCallers })
    }),
  ]
}
