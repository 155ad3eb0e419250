/**
 * reCAPTCHA key sets (Administrator's Guide, "Provisioning CAPTCHA") and the rules Google applies
 * when a site's backend verifies a user's token with its secret key: a token is good for two
 * minutes, for one verification, for the site key it was issued to, and (v3) carries a score that
 * the key set's threshold must not exceed.
 */
export const CAPTCHA_TYPES = ['V2VISIBLE', 'V2INVISIBLE', 'V3'] as const
export type CaptchaType = (typeof CAPTCHA_TYPES)[number]

export const MAX_KEY_SET_NAME = 64
/** Google's keys are 40 characters of the URL-safe Base64 alphabet. */
export const KEY_LENGTH = 40
export const DEFAULT_THRESHOLD = 50
/** Google: "Each reCAPTCHA user response token is valid for two minutes". */
export const TOKEN_LIFETIME_MS = 2 * 60_000

export function isCaptchaType(value: unknown): value is CaptchaType {
  return typeof value === 'string' && (CAPTCHA_TYPES as readonly string[]).includes(value)
}

export type NameError = 'EMPTY' | 'TOO_LONG' | 'CHARACTERS'
export type KeyError = 'EMPTY' | 'LENGTH' | 'CHARACTERS'
export type ThresholdError = 'RANGE'

/** A name is shown in lists and messages: printable, without markup characters. */
export function keySetNameProblem(input: string): NameError | null {
  const name = input.trim()
  if (name === '') return 'EMPTY'
  if (name.length > MAX_KEY_SET_NAME) return 'TOO_LONG'
  return /^[^\p{Cc}<>]+$/u.test(name) ? null : 'CHARACTERS'
}

export function captchaKeyProblem(input: string): KeyError | null {
  const key = input.trim()
  if (key === '') return 'EMPTY'
  if (key.length !== KEY_LENGTH) return 'LENGTH'
  return /^[A-Za-z0-9_-]+$/.test(key) ? null : 'CHARACTERS'
}

/** A V3 threshold is a whole percentage: 0 lets everyone through, 100 nobody but a perfect score. */
export function thresholdProblem(value: number): ThresholdError | null {
  return Number.isInteger(value) && value >= 0 && value <= 100 ? null : 'RANGE'
}

export interface KeySetInput {
  type: CaptchaType
  name: string
  siteKey: string
  /** Empty keeps the saved secret (an update); a new key set needs one. */
  secretKey: string
  threshold: number
}

export type KeySetProblem =
  | { field: 'name'; error: NameError }
  | { field: 'siteKey'; error: KeyError }
  | { field: 'secretKey'; error: KeyError }
  | { field: 'threshold'; error: ThresholdError }

/** Every field's problem; `creating` makes the secret key required. */
export function keySetProblems(input: KeySetInput, creating: boolean): KeySetProblem[] {
  const problems: KeySetProblem[] = []
  const name = keySetNameProblem(input.name)
  if (name) problems.push({ field: 'name', error: name })
  const site = captchaKeyProblem(input.siteKey)
  if (site) problems.push({ field: 'siteKey', error: site })
  if (creating || input.secretKey.trim() !== '') {
    const secret = captchaKeyProblem(input.secretKey)
    if (secret) problems.push({ field: 'secretKey', error: secret })
  }
  if (input.type === 'V3') {
    const threshold = thresholdProblem(input.threshold)
    if (threshold) problems.push({ field: 'threshold', error: threshold })
  }
  return problems
}

/** The widget each type shows a visitor. */
export type CaptchaWidget = 'checkbox' | 'invisible' | 'score'
export const WIDGET_OF: Record<CaptchaType, CaptchaWidget> = {
  V2VISIBLE: 'checkbox',
  V2INVISIBLE: 'invisible',
  V3: 'score',
}

// ---- verification ----

/** A token as the issuer (Google, or the simulated tenant standing in for it) remembers it. */
export interface IssuedToken {
  siteKey: string
  issuedAt: number
  /** When it was verified, if it was: a token verifies once. */
  verifiedAt?: number | undefined
  /** v3 only: 0.0 (a bot) to 1.0 (a person). */
  score?: number | undefined
}

/** What the verifying side holds: the key set, and whether its secret is the site key's. */
export interface Verifier {
  siteKey: string
  type: CaptchaType
  /** Percent, for V3. */
  threshold: number
  secretMatches: boolean
}

export type VerifyFailure =
  | 'MISSING' // no token sent
  | 'UNKNOWN' // not a token the issuer gave out
  | 'OTHER_SITE' // issued for another site key
  | 'SECRET_MISMATCH' // the key set's secret is not the site key's
  | 'EXPIRED'
  | 'DUPLICATE' // verified before
  | 'LOW_SCORE'

export type Verdict =
  | { ok: true; score?: number | undefined }
  | { ok: false; failure: VerifyFailure; score?: number | undefined }

/**
 * Google's siteverify, decided: the secret first (a wrong secret learns nothing about the token),
 * then the token's site, age and use, then the v3 score against the threshold. `token` is undefined
 * when the issuer does not know it.
 */
export function verifyToken(
  sent: string | undefined,
  token: IssuedToken | undefined,
  verifier: Verifier,
  now: number,
): Verdict {
  if (!sent) return { ok: false, failure: 'MISSING' }
  if (!verifier.secretMatches) return { ok: false, failure: 'SECRET_MISMATCH' }
  if (!token) return { ok: false, failure: 'UNKNOWN' }
  if (token.siteKey !== verifier.siteKey) return { ok: false, failure: 'OTHER_SITE' }
  if (token.verifiedAt !== undefined) return { ok: false, failure: 'DUPLICATE' }
  if (now - token.issuedAt > TOKEN_LIFETIME_MS || now < token.issuedAt)
    return { ok: false, failure: 'EXPIRED' }
  if (verifier.type !== 'V3') return { ok: true }
  const score = token.score ?? 0
  // Compared in whole percent, as the threshold is set: 0.29 × 100 is 28.999… in floating point.
  return Math.round(score * 100) >= verifier.threshold
    ? { ok: true, score }
    : { ok: false, failure: 'LOW_SCORE', score }
}

/** The error codes Google's siteverify answers for each failure (shown to developers as they know them). */
export const GOOGLE_ERROR_CODE: Record<Exclude<VerifyFailure, 'LOW_SCORE'>, string> = {
  MISSING: 'missing-input-response',
  UNKNOWN: 'invalid-input-response',
  OTHER_SITE: 'invalid-input-response',
  SECRET_MISMATCH: 'invalid-input-secret',
  EXPIRED: 'timeout-or-duplicate',
  DUPLICATE: 'timeout-or-duplicate',
}
