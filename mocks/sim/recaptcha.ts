import {
  TOKEN_LIFETIME_MS,
  verifyToken,
  WIDGET_OF,
  type CaptchaType,
  type CaptchaWidget,
  type Verdict,
} from '@/domain/captchaKeySet'
import type { CaptchaKeySetRecord, SimulatedRecaptcha } from '../store/types'

/**
 * The demo tenant's stand-in for Google reCAPTCHA: the sites it knows (a site key with its type and
 * the digest of its secret) and the tokens it issued. On a real site Google's widget issues a token
 * in the visitor's browser and the site's backend verifies it with the secret; here both sides are
 * simulated, with Google's rules (src/domain/captchaKeySet.ts).
 */

/** How long a token is remembered: past its two minutes, so a late or second use is told apart from a forged one. */
const REMEMBERED_MS = 10 * 60_000
/** Tokens kept at most (the oldest are forgotten first). */
const MAX_TOKENS = 2000

/** Hex SHA-256: how a secret is compared without being kept. */
export async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The first key set saved with a site key registers it, with that key set's type and secret: as if
 * the site had been registered in Google's admin console with the same values. A later key set with
 * the same site key and another secret or type does not change the registration (a key pair and
 * its type are Google's, fixed), so its tokens will not verify.
 */
export function registerSite(
  recaptcha: SimulatedRecaptcha,
  keySet: Pick<CaptchaKeySetRecord, 'siteKey' | 'type' | 'secretDigest'>,
  now: number,
): void {
  if (recaptcha.sites.some((site) => site.siteKey === keySet.siteKey)) return
  recaptcha.sites.push({
    siteKey: keySet.siteKey,
    type: keySet.type,
    secretDigest: keySet.secretDigest,
    registeredAt: new Date(now).toISOString(),
  })
}

export type IssueResult =
  | { ok: true; token: string; expiresAt: number }
  | { ok: false; problem: 'UNKNOWN_SITE' }
  | { ok: false; problem: 'WRONG_WIDGET'; type: CaptchaType }

const DEFAULT_SCORE = 0.9

/** A token for a visitor of the site, as the widget of `widget` would obtain it. */
export function issueToken(
  recaptcha: SimulatedRecaptcha,
  request: { siteKey: string; widget: CaptchaWidget; score?: number | undefined },
  now: number,
): IssueResult {
  const site = recaptcha.sites.find((s) => s.siteKey === request.siteKey)
  if (!site) return { ok: false, problem: 'UNKNOWN_SITE' }
  if (WIDGET_OF[site.type] !== request.widget)
    return { ok: false, problem: 'WRONG_WIDGET', type: site.type }
  const token = `sim-recaptcha.${randomText(32)}`
  forgetOld(recaptcha, now)
  recaptcha.tokens.push({
    token,
    siteKey: site.siteKey,
    issuedAt: now,
    ...(site.type === 'V3' ? { score: request.score ?? DEFAULT_SCORE } : {}),
  })
  return { ok: true, token, expiresAt: now + TOKEN_LIFETIME_MS }
}

function forgetOld(recaptcha: SimulatedRecaptcha, now: number): void {
  const tokens = recaptcha.tokens.filter((t) => now - t.issuedAt <= REMEMBERED_MS)
  recaptcha.tokens = tokens.slice(Math.max(0, tokens.length + 1 - MAX_TOKENS))
}

/**
 * Verify a token with a key set, as the tenant's backend asks Google (siteverify with the key set's
 * secret). Whatever the outcome, a token Google looked at is used up.
 */
export function verifyWith(
  recaptcha: SimulatedRecaptcha,
  keySet: CaptchaKeySetRecord,
  sent: string | undefined,
  now: number,
): Verdict {
  const site = recaptcha.sites.find((s) => s.siteKey === keySet.siteKey)
  const token = sent ? recaptcha.tokens.find((t) => t.token === sent) : undefined
  const verdict = verifyToken(
    sent,
    token,
    {
      siteKey: keySet.siteKey,
      type: keySet.type,
      threshold: keySet.threshold,
      secretMatches: site?.secretDigest === keySet.secretDigest,
    },
    now,
  )
  if (
    token &&
    token.verifiedAt === undefined &&
    (verdict.ok || verdict.failure !== 'SECRET_MISMATCH')
  )
    token.verifiedAt = now
  return verdict
}

/** The site key a token was issued for, if the stand-in issued it. */
export function siteKeyOf(recaptcha: SimulatedRecaptcha, sent: string): string | undefined {
  return recaptcha.tokens.find((t) => t.token === sent)?.siteKey
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function randomText(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return Array.from(bytes, (b) => ALPHABET[b % 64]).join('')
}
