import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { matchesCorrId, parseCorrIdSearch } from '@/domain/correlationId'
import { mayReadConcerned } from '../sim/errorConcerns'
import type { Simulator } from '../sim/simulator'
import type { ErrorRecord } from '../store/types'
import { MAX_ERRORS } from './errorLog'
import { badRequest, notFound, ok, requirePermission, route, type AuthUser } from './respond'
import { parse, queryInt, queryObject } from './validate'

type Summary = components['schemas']['RecordedErrorSummary']
type Detail = components['schemas']['RecordedError']

export const ERRORS_PAGE_SIZE = 50

const listQuery = z.object({
  corrId: z.string().max(200).optional(),
  page: queryInt(0, 1_000_000).optional(),
  pageSize: queryInt(1, 200).optional(),
})

const ENGAGEMENT = '/engagement/'

function summary(record: ErrorRecord, viewer: AuthUser): Summary {
  const withheld = !mayReadConcerned(record.queues, viewer)
  // Withheld: the endpoint's pattern instead of the URL, which may name the queue or the callback.
  const url = withheld ? record.endpoint : record.url
  return {
    id: record.id,
    corrId: record.corrId,
    ...(url === undefined ? {} : { url }),
    method: record.method,
    timeStamp: record.timeStamp,
    httpStatus: record.statusCode,
    code: record.code,
    withheld,
  }
}

function detail(record: ErrorRecord, viewer: AuthUser): Detail {
  const listed = summary(record, viewer)
  const caller = record.username ?? (record.url.startsWith(ENGAGEMENT) ? 'api-key' : undefined)
  if (listed.withheld)
    return {
      ...listed,
      message:
        'This error concerns a queue outside your lines of business: its details are withheld.',
    }
  return {
    ...listed,
    message: record.message,
    ...(caller ? { caller } : {}),
    request: {
      headers: (record.requestHeaders ?? []).map(([name, value]) => ({ name, value })),
      ...(record.requestBody === undefined ? {} : { body: record.requestBody }),
    },
    ...(record.response === undefined ? {} : { response: { envelope: record.response } }),
  }
}

/**
 * Developer > Errors: the tenant's recorded error answers (mocks/handlers/errorLog.ts), searched
 * by the leading part of a correlation ID, and one error's details. An error that concerns a queue
 * outside a restricted viewer's lines of business is listed, its details withheld.
 */
export function errorHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/errors', 'session', (ctx) => {
      requirePermission(ctx, 'developer.view')
      const query = parse(listQuery, queryObject(ctx.url))
      const search = parseCorrIdSearch(query.corrId ?? '')
      if (!search.ok)
        throw badRequest(
          search.error === 'tooLong'
            ? 'Invalid corrId: a correlation ID has at most 64 characters.'
            : 'Invalid corrId: a correlation ID has only letters, digits and . _ : -',
          { field: 'corrId', reason: search.error },
        )
      const pageSize = query.pageSize ?? ERRORS_PAGE_SIZE
      const page = query.page ?? 0
      const matching = search.prefix
        ? ctx.tenant.state.errors.filter((e) => matchesCorrId(e.corrId, search.prefix))
        : ctx.tenant.state.errors
      return ok(ctx, {
        items: matching
          .slice(page * pageSize, (page + 1) * pageSize)
          .map((record) => summary(record, ctx.auth)),
        total: matching.length,
        page,
        pageSize,
        retained: MAX_ERRORS,
      })
    }),
    route(sim, 'get', '/admin/v1/errors/:id', 'session', (ctx) => {
      requirePermission(ctx, 'developer.view')
      const id = ctx.params.id ?? ''
      const record = ctx.tenant.state.errors.find((e) => e.id === id)
      if (!record)
        throw notFound(
          `No recorded error has the ID ${id.slice(0, 64)}; it may be older than the last ${MAX_ERRORS} errors.`,
        )
      return ok(ctx, detail(record, ctx.auth))
    }),
  ]
}
