import { z } from 'zod'
import type { Simulator } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import {
  authenticate,
  HttpError,
  jsonBody,
  ok,
  route,
  SESSION_COOKIE,
  type AuthUser,
  type Ctx,
} from './respond'
import { parse } from './validate'

const signInBody = z.object({
  username: z.string().trim().min(1).max(128),
  password: z.string().min(1).max(256),
})

/**
 * The session cookie. Over real HTTP it is HttpOnly (no script can read it) and Secure on HTTPS; a
 * response mocked in the page can only set what page script may, so there it is neither.
 */
function cookie(ctx: Ctx, token: string, maxAge?: number): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'SameSite=Strict',
    ...(ctx.sim.transport.httpOnlyCookies ? ['HttpOnly'] : []),
    ...(ctx.url.protocol === 'https:' ? ['Secure'] : []),
    ...(maxAge !== undefined ? [`Max-Age=${maxAge}`] : []),
  ].join('; ')
}

function currentUser(auth: AuthUser, tenant: Tenant, idleTimeoutMs: number) {
  return {
    username: auth.user.username,
    displayName: auth.user.displayName,
    role: auth.role,
    groups: auth.user.groups,
    permittedQueues: tenant.state.queues
      .filter((q) => auth.permitted.has(q.name))
      .map((q) => q.name),
    restricted: auth.restricted,
    idleTimeoutSeconds: Math.round(idleTimeoutMs / 1000),
  }
}

/** Forget a session: the token no longer signs anyone in. */
export function endSession(tenant: Tenant, token: string | undefined): void {
  const sessions = tenant.state.sessions
  const index = sessions.findIndex((s) => s.token === token)
  if (index >= 0) sessions.splice(index, 1)
  tenant.onChange?.()
}

export function sessionHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', '/admin/v1/session', 'none', (ctx) => {
      const { username, password } = parse(signInBody, jsonBody(ctx))
      const user = ctx.tenant.state.users.find((u) => u.username === username)
      if (!user || user.password !== password) {
        throw new HttpError(401, 40103, 'Wrong username or password.')
      }
      const auth = authenticate(ctx.tenant, username)
      if (!auth) {
        throw new HttpError(
          403,
          40302,
          'Your account has no Callback role. Ask an administrator to add you to a Callback access group.',
        )
      }
      const token = crypto.randomUUID()
      ctx.tenant.state.sessions.push({ token, username, lastSeen: ctx.now })
      ctx.tenant.onChange?.()
      return ok(ctx, currentUser(auth, ctx.tenant, ctx.sim.idleTimeoutMs), {
        headers: { 'Set-Cookie': cookie(ctx, token) },
      })
    }),

    route(sim, 'get', '/admin/v1/session', 'session', (ctx) =>
      ok(ctx, currentUser(ctx.auth, ctx.tenant, ctx.sim.idleTimeoutMs)),
    ),

    route(sim, 'delete', '/admin/v1/session', 'none', (ctx) => {
      endSession(ctx.tenant, ctx.cookies[SESSION_COOKIE])
      return ok(ctx, null, { headers: { 'Set-Cookie': cookie(ctx, '', 0) } })
    }),

    route(sim, 'post', '/admin/v1/session/keepalive', 'session', (ctx) =>
      ok(ctx, { expiresAt: new Date(ctx.now + ctx.sim.idleTimeoutMs).toISOString() }),
    ),
  ]
}
