import { z } from 'zod'
import {
  keyCheckThrottle,
  KEY_CHECK_LIMIT,
  KEY_CHECK_WINDOW_MS,
  MAX_API_KEY,
  parseApiKeyInput,
} from '@/domain/apiKey'
import { DEMO_API_KEY } from '../seed/tenant'
import type { Simulator } from '../sim/simulator'
import { acceptsApiKey } from './apiKeyCheck'
import { badRequest, HttpError, jsonBody, notFound, ok, requirePermission, route } from './respond'
import { parse } from './validate'

const checkBody = z.object({ apiKey: z.string() })

function tooManyChecks(retryAfterMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const minutes = Math.ceil(seconds / 60)
  return new HttpError(
    429,
    42903,
    `Too many invalid API keys checked: at most ${KEY_CHECK_LIMIT} every ${KEY_CHECK_WINDOW_MS / 60_000} minutes. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { field: 'apiKey', retryAfterSeconds: seconds },
    { 'Retry-After': String(seconds) },
  )
}

/**
 * API Key Validation: the engagement API's own check (acceptsApiKey) on a pasted key. Invalid keys
 * are counted per user, not per session, so signing in again does not reset the count: the page is
 * no oracle for guessing keys. The key itself is never stored or echoed (the error log redacts it).
 */
export function apiKeyHandlers(sim: () => Simulator) {
  return [
    route(sim, 'post', '/admin/v1/api-keys/validate', 'session', (ctx) => {
      requirePermission(ctx, 'developer.view')
      const { apiKey } = parse(checkBody, jsonBody(ctx))
      const state = ctx.tenant.state
      const username = ctx.auth.user.username
      const throttle = keyCheckThrottle(state.apiKeyChecks[username] ?? [], ctx.now)
      if (!throttle.allowed) throw tooManyChecks(throttle.retryAfterMs)
      const input = parseApiKeyInput(apiKey)
      if (!input.ok)
        throw badRequest(
          input.error === 'empty'
            ? 'Invalid apiKey: paste a key.'
            : input.error === 'tooLong'
              ? `Invalid apiKey: an API key has at most ${MAX_API_KEY} characters.`
              : 'Invalid apiKey: an API key has only visible ASCII characters, without spaces.',
          { field: 'apiKey', reason: input.error },
        )
      const valid = acceptsApiKey(state, input.key)
      const recent = valid ? throttle.recent : [...throttle.recent, ctx.now]
      // Users with no recent invalid check are dropped, so the record stays small.
      state.apiKeyChecks = Object.fromEntries(
        Object.entries({ ...state.apiKeyChecks, [username]: recent }).filter(
          ([, times]) => times.length > 0,
        ),
      )
      ctx.tenant.onChange?.()
      return ok(ctx, { valid })
    }),
    route(sim, 'get', '/admin/v1/demo/api-key', 'session', (ctx) => {
      requirePermission(ctx, 'apiKeys.viewDemo')
      if (!ctx.tenant.state.apiKeys.includes(DEMO_API_KEY))
        throw notFound('This tenant has no demo API key.')
      return ok(ctx, { apiKey: DEMO_API_KEY })
    }),
  ]
}
