import { z } from 'zod'
import {
  AUTO_REFRESH_CHOICES,
  DEFAULT_PREFERENCES,
  LANGUAGES,
  MAX_CUSTOM_RANGES,
} from '@/domain/preferences'
import { CALLBACK_STATES } from '@/domain/callback'
import { validateCustomRange, MAX_RANGE_NAME, type CustomRange } from '@/domain/dateRanges'
import type { Simulator } from '../sim/simulator'
import { badRequest, jsonBody, ok, route } from './respond'
import { parse } from './validate'

const offset = z.number().int().min(-14).max(14)
const preferencesBody = z.object({
  language: z.enum(LANGUAGES),
  show24Hour: z.boolean().nullable(),
  showUtc: z.boolean(),
  includeCallbackId: z.boolean(),
  includeServiceName: z.boolean(),
  includeTimeUpdated: z.boolean(),
  customRanges: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: z.string().min(1).max(MAX_RANGE_NAME),
        start: offset,
        end: offset,
      }),
    )
    .max(MAX_CUSTOM_RANGES),
  visibleStates: z.array(z.enum(CALLBACK_STATES)).max(5),
  visibleServices: z.array(z.string().max(128)).max(500),
  autoRefreshSeconds: z.union(AUTO_REFRESH_CHOICES.map((n) => z.literal(n))),
})

export function preferenceHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', '/admin/v1/preferences', 'session', (ctx) =>
      ok(ctx, ctx.tenant.state.preferences[ctx.auth.user.username] ?? DEFAULT_PREFERENCES),
    ),
    route(sim, 'put', '/admin/v1/preferences', 'session', (ctx) => {
      const prefs = parse(preferencesBody, jsonBody(ctx))
      const seen: CustomRange[] = []
      for (const range of prefs.customRanges) {
        const errors = validateCustomRange(range, seen)
        const problem = Object.entries(errors)[0]
        if (problem) {
          throw badRequest(`Invalid custom range "${range.name}": ${problem[1]}`, {
            field: `customRanges.${problem[0]}`,
            reason: problem[1],
          })
        }
        seen.push(range)
      }
      // Services outside the user's lines of business are dropped, never stored.
      const saved = {
        ...prefs,
        visibleServices: prefs.visibleServices.filter((s) => ctx.auth.permitted.has(s)),
      }
      ctx.tenant.state.preferences[ctx.auth.user.username] = saved
      ctx.tenant.onChange?.()
      return ok(ctx, saved)
    }),
  ]
}
