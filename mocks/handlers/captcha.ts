import { z } from 'zod'
import {
  CAPTCHA_TYPES,
  GOOGLE_ERROR_CODE,
  keySetProblems,
  type Verdict,
} from '@/domain/captchaKeySet'
import { secretHint } from '@/domain/secretHint'
import { digest, issueToken, registerSite, siteKeyOf, verifyWith } from '../sim/recaptcha'
import type { Simulator } from '../sim/simulator'
import type { CaptchaKeySetRecord, TenantState } from '../store/types'
import { refuseFirst } from './credentialProblems'
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
import { parse, queryInt } from './validate'

/**
 * Developer > Credential Management > CAPTCHA: reCAPTCHA key sets (secret keys write-only), their
 * test, the simulated reCAPTCHA's token endpoint that plays Google's part, and the enforcement on
 * the engagement API while a key set is active.
 */
const BASE = '/admin/v1/credentials/captcha-key-sets'

const text = z.string({ error: 'must be text' }).max(1_100_000)
const keySetBody = z.object({
  type: z.enum(CAPTCHA_TYPES, { error: 'must be V2VISIBLE, V2INVISIBLE or V3' }),
  name: text,
  siteKey: text,
  threshold: z.number({ error: 'must be a number' }),
  active: z.boolean({ error: 'must be true or false' }),
})
const createBody = keySetBody.extend({ secretKey: text })
const updateBody = keySetBody.extend({
  secretKey: text.optional(),
  version: z.number({ error: 'must be a number' }).int().min(1),
})
const deleteQuery = z.object({ version: queryInt(1, Number.MAX_SAFE_INTEGER) })
const testBody = z.object({ token: z.string({ error: 'must be text' }).max(4096) })
const tokenBody = z.object({
  siteKey: z.string({ error: 'must be text' }).max(64),
  widget: z.enum(['checkbox', 'invisible', 'score'], {
    error: 'must be checkbox, invisible or score',
  }),
  score: z.number({ error: 'must be a number' }).min(0).max(1).optional(),
})

/** What the API shows of a key set: everything but the digest of its secret. */
function toDto(keySet: CaptchaKeySetRecord) {
  const { secretDigest: _, ...shown } = keySet
  return shown
}

const keySets = (state: TenantState) => state.credentials.captchaKeySets

function find(ctx: Ctx): CaptchaKeySetRecord {
  const keySet = keySets(ctx.tenant.state).find((k) => k.id === ctx.params.id)
  if (!keySet) throw notFound(`No CAPTCHA key set with ID "${ctx.params.id ?? ''}".`)
  return keySet
}

function assertNameFree(state: TenantState, name: string, exceptId?: string): void {
  const lower = name.trim().toLowerCase()
  if (keySets(state).some((k) => k.id !== exceptId && k.name.toLowerCase() === lower))
    throw conflict(`A key set named "${name.trim()}" already exists. Choose another name.`)
}

function assertVersion(keySet: CaptchaKeySetRecord, version: number): void {
  if (keySet.version === version) return
  throw new HttpError(
    409,
    40903,
    `"${keySet.name}" was changed by ${keySet.updatedBy} at ${keySet.updatedAt} after you opened it. Review the saved version, then save again or discard your edits.`,
    { current: toDto(keySet) },
  )
}

/** The fields as stored: trimmed, the threshold kept for every type (the editor shows it for V3). */
function contentOf(input: z.output<typeof keySetBody>) {
  return {
    type: input.type,
    name: input.name.trim(),
    siteKey: input.siteKey.trim(),
    threshold: input.threshold,
    active: input.active,
  }
}

/** A verdict in words, with the score against the threshold for V3. */
function describe(verdict: Verdict, keySet: CaptchaKeySetRecord): string {
  if (verdict.ok)
    return keySet.type === 'V3'
      ? `Success! Score ${verdict.score?.toFixed(1) ?? '?'} reaches the threshold of ${keySet.threshold}%.`
      : 'Success!'
  switch (verdict.failure) {
    case 'MISSING':
      return 'No CAPTCHA token was sent.'
    case 'UNKNOWN':
      return 'The token was not issued by reCAPTCHA.'
    case 'OTHER_SITE':
      return `The token was issued for another site key than "${keySet.name}"'s.`
    case 'SECRET_MISMATCH':
      return `The secret key of "${keySet.name}" is not the one reCAPTCHA issued with its site key: check the credentials.`
    case 'EXPIRED':
      return 'The token has expired: a token is valid for two minutes.'
    case 'DUPLICATE':
      return 'The token was already used: a token is verified only once.'
    case 'LOW_SCORE':
      return `The score ${verdict.score?.toFixed(1) ?? '?'} is below the threshold of ${keySet.threshold}%.`
  }
}

function resultOf(verdict: Verdict, keySet: CaptchaKeySetRecord) {
  return {
    success: verdict.ok,
    ...(verdict.ok ? {} : { failure: verdict.failure }),
    errorCodes: verdict.ok
      ? []
      : [
          verdict.failure === 'LOW_SCORE'
            ? 'score-below-threshold'
            : GOOGLE_ERROR_CODE[verdict.failure],
        ],
    ...(verdict.score !== undefined ? { score: verdict.score } : {}),
    ...(keySet.type === 'V3' ? { threshold: keySet.threshold } : {}),
    message: describe(verdict, keySet),
  }
}

/** The codes a refused engagement request carries, one per failure (403 40321-40325). */
const REFUSAL: Record<Exclude<Verdict, { ok: true }>['failure'], number> = {
  MISSING: 40321,
  UNKNOWN: 40322,
  OTHER_SITE: 40322,
  SECRET_MISMATCH: 40322,
  EXPIRED: 40323,
  DUPLICATE: 40324,
  LOW_SCORE: 40325,
}

/**
 * While a key set is active, an engagement request must carry a token issued for the site key of an
 * active key set, verified with that key set's secret (Administrator's Guide: reCAPTCHA validation
 * is then required of every client, website and mobile app alike).
 */
export function requireCaptcha(ctx: Ctx, sent: string | undefined): void {
  const state = ctx.tenant.state
  const active = keySets(state).filter((k) => k.active)
  if (active.length === 0) return
  const siteKey = sent ? siteKeyOf(state.recaptcha, sent) : undefined
  const keySet = active.find((k) => k.siteKey === siteKey)
  let verdict: Verdict
  if (!sent) verdict = { ok: false, failure: 'MISSING' }
  else if (siteKey === undefined) verdict = { ok: false, failure: 'UNKNOWN' }
  else if (!keySet) verdict = { ok: false, failure: 'OTHER_SITE' }
  else {
    verdict = verifyWith(state.recaptcha, keySet, sent, ctx.now)
    ctx.tenant.onChange?.()
  }
  if (verdict.ok) return
  const names = active.map((k) => `"${k.name}"`).join(', ')
  const name = keySet?.name ?? ''
  const message = {
    MISSING: `CAPTCHA is required on this tenant (key set ${names}): send the captchaToken the reCAPTCHA widget gave your page.`,
    UNKNOWN:
      'The captchaToken is not a token reCAPTCHA issued. Send the token the reCAPTCHA widget gave your page.',
    OTHER_SITE: `The captchaToken was issued for a site key that no active key set has (active: ${names}).`,
    SECRET_MISMATCH: `The captchaToken could not be verified: the secret key of "${name}" is not the one issued with its site key. Check the CAPTCHA credentials.`,
    EXPIRED:
      'The captchaToken has expired (a token is valid for two minutes). Get a new one from the reCAPTCHA widget.',
    DUPLICATE:
      'The captchaToken was already used (a token is verified once). Get a new one from the reCAPTCHA widget.',
    LOW_SCORE: `The reCAPTCHA score ${verdict.score?.toFixed(1) ?? '?'} is below the threshold of ${keySet?.threshold ?? 0}% of "${name}".`,
  }[verdict.failure]
  throw new HttpError(403, REFUSAL[verdict.failure], message)
}

export function captchaHandlers(sim: () => Simulator) {
  const requireDeveloper = (ctx: Ctx) => requirePermission(ctx, 'developer.view')
  return [
    route(sim, 'get', BASE, 'session', (ctx) => {
      requireDeveloper(ctx)
      return ok(ctx, keySets(ctx.tenant.state).map(toDto))
    }),

    route(sim, 'post', BASE, 'session', async (ctx) => {
      requireDeveloper(ctx)
      const input = parse(createBody, jsonBody(ctx))
      refuseFirst(keySetProblems(input, true))
      const secret = input.secretKey.trim()
      const secretDigest = await digest(secret)
      // Nothing awaited from here on: the checks and the change are one step.
      const state = ctx.tenant.state
      assertNameFree(state, input.name)
      const keySet: CaptchaKeySetRecord = {
        id: ctx.tenant.newId(),
        version: 1,
        updatedAt: new Date(ctx.now).toISOString(),
        updatedBy: ctx.auth.user.username,
        ...contentOf(input),
        secretKeyHint: secretHint(secret),
        secretDigest,
      }
      keySets(state).push(keySet)
      registerSite(state.recaptcha, keySet, ctx.now)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(keySet))
    }),

    route(sim, 'put', `${BASE}/:id`, 'session', async (ctx) => {
      requireDeveloper(ctx)
      const input = parse(updateBody, jsonBody(ctx))
      const secret = input.secretKey?.trim() ?? ''
      const secretDigest = secret ? await digest(secret) : undefined
      // Nothing awaited from here on: the version read is the version replaced.
      const keySet = find(ctx)
      assertVersion(keySet, input.version)
      refuseFirst(keySetProblems({ ...input, secretKey: secret }, false))
      const state = ctx.tenant.state
      assertNameFree(state, input.name, keySet.id)
      const saved: CaptchaKeySetRecord = {
        ...keySet,
        ...contentOf(input),
        version: keySet.version + 1,
        updatedAt: new Date(ctx.now).toISOString(),
        updatedBy: ctx.auth.user.username,
        ...(secretDigest ? { secretKeyHint: secretHint(secret), secretDigest } : {}),
      }
      const list = keySets(state)
      list.splice(list.indexOf(keySet), 1, saved)
      registerSite(state.recaptcha, saved, ctx.now)
      ctx.tenant.onChange?.()
      return ok(ctx, toDto(saved))
    }),

    route(sim, 'delete', `${BASE}/:id`, 'session', (ctx) => {
      requireDeveloper(ctx)
      const keySet = find(ctx)
      const { version } = parse(deleteQuery, { version: ctx.url.searchParams.get('version') })
      assertVersion(keySet, version)
      const list = keySets(ctx.tenant.state)
      list.splice(list.indexOf(keySet), 1)
      ctx.tenant.onChange?.()
      return ok(ctx, null)
    }),

    route(sim, 'post', `${BASE}/:id/test`, 'session', (ctx) => {
      requireDeveloper(ctx)
      const keySet = find(ctx)
      const { token } = parse(testBody, jsonBody(ctx))
      const verdict = verifyWith(ctx.tenant.state.recaptcha, keySet, token || undefined, ctx.now)
      ctx.tenant.onChange?.()
      return ok(ctx, resultOf(verdict, keySet))
    }),

    route(sim, 'post', '/simulated-recaptcha/token', 'none', (ctx) => {
      const input = parse(tokenBody, jsonBody(ctx))
      const issued = issueToken(ctx.tenant.state.recaptcha, input, ctx.now)
      if (!issued.ok) {
        if (issued.problem === 'UNKNOWN_SITE')
          throw new HttpError(
            400,
            40031,
            'ERROR for site owner: Invalid site key. No key set with this site key has been saved on the tenant.',
          )
        throw new HttpError(
          400,
          40032,
          `ERROR for site owner: Invalid key type. This site key is registered for ${issued.type}, not for the ${input.widget} widget.`,
        )
      }
      ctx.tenant.onChange?.()
      return ok(ctx, { token: issued.token, expiresAt: new Date(issued.expiresAt).toISOString() })
    }),
  ]
}
