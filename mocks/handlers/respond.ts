import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { isCorrelationId } from '@/domain/correlationId'
import { controlCharacterIn } from '@/domain/controlCharacters'
import { can, effectiveRole, type Permission, type Role } from '@/domain/roles'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import type { DemoUser } from '../store/types'
import { acceptsApiKey } from './apiKeyCheck'
import { recordError, type RequestFacts } from './errorLog'

/**
 * The envelope, correlation IDs, error log, authentication, latency and fault injection shared by
 * every handler, so each handler only says what its endpoint does.
 */
export const SESSION_COOKIE = 'cb_session'
/** The largest request body any endpoint takes (a full 10,000-number DNIS pool is about 0.7 MB). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024

export interface AuthUser {
  user: DemoUser
  role: Role
  /** Queues this user may read. */
  permitted: ReadonlySet<string>
  restricted: boolean
}

export interface Ctx {
  request: Request
  url: URL
  params: Record<string, string>
  cookies: Record<string, string>
  corrId: string
  sim: Simulator
  tenant: Tenant
  now: number
  /** Set for endpoints that need a signed-in user. */
  auth: AuthUser
  /** The request body as text, read once (for JSON parsing and the error log). */
  body: string
}

export class HttpError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    message: string,
    readonly data: unknown = null,
    /** Headers the answer carries besides the usual ones (Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const badRequest = (message: string, data: unknown = null) =>
  new HttpError(400, 40001, message, data)
export const forbidden = (message = 'Your role does not allow this action.') =>
  new HttpError(403, 40301, message)
export const notFound = (message: string) => new HttpError(404, 40401, message)
export const conflict = (message: string) => new HttpError(409, 40901, message)

/** 403 unless the signed-in user's role has the permission (the same table the UI reads). */
export function requirePermission(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.auth.role, permission)) throw forbidden()
}

export function ok(ctx: Pick<Ctx, 'corrId'>, data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  headers.set('x-correlation-id', ctx.corrId)
  return HttpResponse.json(
    { status: { code: 0, message: 'Successful', corrId: ctx.corrId }, data },
    { ...init, headers },
  )
}

/**
 * The error envelope, recorded for Developer > Errors. Exported for the tenant server, which refuses
 * some requests (an oversized body) before any handler runs, with the same envelope and record.
 */
export function errorResponse(
  sim: Simulator,
  request: Request,
  corrId: string,
  error: HttpError,
  body: string,
  facts: RequestFacts = {},
): Response {
  const envelope = {
    status: { code: error.code, message: error.message, corrId },
    data: error.data,
  }
  recordError(
    sim,
    request,
    corrId,
    { httpStatus: error.httpStatus, code: error.code, message: error.message, envelope },
    body,
    facts,
  )
  const headers = new Headers({
    ...error.headers,
    'x-correlation-id': corrId,
    ...corsHeaders(sim, request),
  })
  if (error.httpStatus === 405 && isAllowList(error.data))
    headers.set('Allow', error.data.join(', '))
  return HttpResponse.json(envelope, { status: error.httpStatus, headers })
}

const isAllowList = (data: unknown): data is string[] =>
  Array.isArray(data) && data.every((m) => typeof m === 'string')

/** A correlation ID for the request: the caller's own when it has the form of one, else a new one. */
export function correlationId(request: Request): string {
  const own = request.headers.get('x-correlation-id')
  return own !== null && isCorrelationId(own) ? own : crypto.randomUUID()
}

const ENGAGEMENT = '/engagement/v3/'

/**
 * The origins whose pages may call the engagement API: the app's own (the origin serving it and
 * this API), then the operator's (--cors-origins / CALLBACK_CORS_ORIGINS). Allowed CORS Domains
 * lists exactly this.
 */
export function allowedOrigins(
  sim: Simulator,
  request: Request,
): Array<{ origin: string; source: 'app' | 'configured' }> {
  const app = new URL(request.url).origin
  return [
    { origin: app, source: 'app' as const },
    ...sim.transport.corsOrigins
      .filter((origin) => origin !== app)
      .map((origin) => ({ origin, source: 'configured' as const })),
  ]
}

/** Whether a page on this origin may call the engagement API. */
export function corsAllowed(sim: Simulator, request: Request, origin: string): boolean {
  return allowedOrigins(sim, request).some((allowed) => allowed.origin === origin)
}

/**
 * CORS for the public engagement API only: the headers are sent to the tenant's allowed origins and
 * to nobody else. The admin API is same-origin and sends none.
 */
export function corsHeaders(sim: Simulator, request: Request): Record<string, string> {
  const origin = request.headers.get('origin')
  if (!origin || !new URL(request.url).pathname.startsWith(ENGAGEMENT)) return {}
  if (!corsAllowed(sim, request, origin)) return {}
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'x-correlation-id, Retry-After',
    Vary: 'Origin',
  }
}

/**
 * Checks every request passes before its handler: a JSON body of a sane size, and for the admin
 * API, writes from the app's own origin only (with the SameSite=Strict cookie, this is what stops
 * another site from acting in a signed-in user's name).
 */
function gate(request: Request, url: URL, body: string): void {
  if (
    body.length > MAX_BODY_BYTES ||
    Number(request.headers.get('content-length')) > MAX_BODY_BYTES
  )
    throw new HttpError(
      413,
      41301,
      `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most this tenant accepts.`,
    )
  if (body) {
    const type = request.headers.get('content-type') ?? ''
    if (!/^application\/json\s*(;|$)/i.test(type))
      throw new HttpError(
        415,
        41501,
        `Send the body as JSON with the header Content-Type: application/json${type ? ` (not ${type.slice(0, 100)})` : ''}.`,
      )
  }
  if (request.method !== 'GET' && url.pathname.startsWith('/admin/')) {
    const origin = request.headers.get('origin')
    const site = request.headers.get('sec-fetch-site')
    if ((origin && origin !== url.origin) || site === 'cross-site' || site === 'same-site')
      throw new HttpError(
        403,
        40303,
        'Changes to the tenant are accepted only from the Callback Admin app itself (cross-origin request refused).',
      )
  }
}

export function authenticate(tenant: Tenant, username: string): AuthUser | null {
  const user = tenant.state.users.find((u) => u.username === username)
  if (!user) return null
  const role = effectiveRole(user.groups)
  if (!role) return null
  const lines = user.groups.map((g) => tenant.state.lineOfBusinessGroups[g]).filter(Boolean)
  const queues = tenant.state.queues.filter(
    (q) => lines.length === 0 || lines.includes(q.lineOfBusiness),
  )
  return { user, role, permitted: new Set(queues.map((q) => q.name)), restricted: lines.length > 0 }
}

function sessionUser(ctx: Omit<Ctx, 'auth'>): AuthUser {
  const token = ctx.cookies[SESSION_COOKIE]
  const sessions = ctx.tenant.state.sessions
  const session = token ? sessions.find((s) => s.token === token) : undefined
  if (!session)
    throw new HttpError(
      401,
      40102,
      'You are not signed in, or your session has ended. Sign in again.',
    )
  if (ctx.now - session.lastSeen > ctx.sim.idleTimeoutMs) {
    sessions.splice(sessions.indexOf(session), 1)
    throw new HttpError(
      401,
      40102,
      'Your session ended after a period of inactivity. Sign in again.',
    )
  }
  const auth = authenticate(ctx.tenant, session.username)
  if (!auth) throw new HttpError(401, 40102, 'Your account no longer has access. Sign in again.')
  session.lastSeen = ctx.now
  return auth
}

function checkApiKey(ctx: Omit<Ctx, 'auth'>): void {
  if (!acceptsApiKey(ctx.tenant.state, ctx.request.headers.get('x-api-key'))) {
    throw new HttpError(401, 40101, 'Invalid API key. Send a valid key in the x-api-key header.')
  }
}

/** A neutral identity for public endpoints: the API key sees every queue of the tenant. */
function apiKeyUser(tenant: Tenant): AuthUser {
  return {
    user: { username: 'api-key', displayName: 'API key', password: '', groups: [] },
    role: 'MONITOR',
    permitted: new Set(tenant.state.queues.map((q) => q.name)),
    restricted: false,
  }
}

type Auth = 'session' | 'apiKey' | 'none'
type Method = 'get' | 'post' | 'put' | 'delete'

/**
 * Declare an endpoint. `path` is the contract's path with :params; the handler answers for any
 * origin, so the app can sit behind a base URL.
 */
export function route(
  getSim: () => Simulator,
  method: Method,
  path: string,
  auth: Auth,
  handle: (ctx: Ctx) => Response | Promise<Response>,
): HttpHandler {
  const endpoint = `${method.toUpperCase()} ${path}`
  return http[method](`*${path}`, async ({ request, params, cookies }) => {
    const sim = getSim()
    const corrId = correlationId(request)
    const pathParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))
    const facts: RequestFacts = { endpoint: path, params: pathParams }
    if (sim.latencyMs > 0) await delay(sim.latencyMs)
    const body = request.method === 'GET' ? '' : await request.text()
    const fault = sim.faults.take(endpoint)
    if (fault === 'offline') return HttpResponse.error()
    if (fault === 'timeout') {
      await delay('infinite')
    }
    if (fault === 'error') {
      return errorResponse(
        sim,
        request,
        corrId,
        new HttpError(
          500,
          50001,
          'Internal error in the callback service. Try again; if it persists, give this correlation ID to support.',
        ),
        body,
        facts,
      )
    }
    if (fault === 'rateLimit') {
      return errorResponse(
        sim,
        request,
        corrId,
        new HttpError(429, 42902, 'Too many requests. Wait a moment and try again.'),
        body,
        facts,
      )
    }
    const tenant = sim.tenant()
    const base = {
      request,
      url: new URL(request.url),
      params: pathParams,
      cookies: sim.transport.cookies?.() ?? cookies,
      corrId,
      sim,
      tenant,
      now: sim.now(),
      body,
    }
    try {
      gate(request, base.url, body)
      if (auth === 'apiKey') checkApiKey(base)
      const authUser = auth === 'session' ? sessionUser(base) : apiKeyUser(tenant)
      if (auth === 'session') facts.username = authUser.user.username
      const response = await handle({ ...base, auth: authUser })
      if (request.method !== 'GET') await commit(sim)
      for (const [name, value] of Object.entries(corsHeaders(sim, request)))
        response.headers.set(name, value)
      return response
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(sim, request, corrId, error, body, facts)
      const message = error instanceof Error ? error.message : String(error)
      return errorResponse(
        sim,
        request,
        corrId,
        new HttpError(500, 50001, `Internal error: ${message}`),
        body,
        facts,
      )
    }
  })
}

/** A write is stored before it is answered; if it cannot be, it is not acknowledged. */
async function commit(sim: Simulator): Promise<void> {
  try {
    await sim.persistNow()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new HttpError(
      500,
      50002,
      `The change could not be saved (${reason.slice(0, 200)}); it may not have been applied. Try again.`,
    )
  }
}

/** Parse a JSON body, or answer 400 naming the problem. */
export function jsonBody(ctx: Ctx): unknown {
  if (!ctx.body) throw badRequest('The request needs a JSON body.')
  let body: unknown
  try {
    body = JSON.parse(ctx.body) as unknown
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  const problem = controlCharacterProblem(body)
  if (problem) {
    const { reason, where } = problem
    const field = problem.field || 'body'
    throw badRequest(`Invalid ${field}: ${reason} (${where})`, { field, reason })
  }
  return body
}

/**
 * Fields whose value is a secret, taken as sent (a password may hold any character). Narrower than
 * the error log's redaction (redact.ts), which hides anything that might be secret: here a field
 * left out would escape the check.
 */
const isSecretField = (name: string): boolean => /password|secret|key|token/i.test(name)

/**
 * The one check of free text for every endpoint: no text value anywhere in a body or a query may
 * hold a control character or a lone surrogate (src/domain/controlCharacters.ts). The problem names
 * the field as the other validation does (`blockedPatterns.2`), so the forms put the message next to
 * it. Secrets are opaque and left as sent.
 */
export function controlCharacterProblem(
  value: unknown,
  path: readonly (string | number)[] = [],
): { field: string; reason: string; where: string } | null {
  if (typeof value === 'string') {
    const found = controlCharacterIn(value)
    if (!found) return null
    return {
      field: path.join('.'),
      reason: 'must not contain control characters',
      where: `${found.codePoint} at position ${found.index + 1}`,
    }
  }
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value && typeof value === 'object'
      ? Object.entries(value).filter(([key]) => !isSecretField(key))
      : []
  for (const [key, item] of entries) {
    const problem = controlCharacterProblem(item, [...path, key])
    if (problem) return problem
  }
  return null
}
