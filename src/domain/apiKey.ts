/**
 * The form of an API key as the engagement API reads it from the x-api-key header: 1 to 128
 * visible ASCII characters, no spaces. A key of another form can never be valid, so the
 * API Key Validation page says what is wrong with it instead of asking the tenant.
 */
export const MAX_API_KEY = 128

const VISIBLE_ASCII = /^[\x21-\x7e]+$/

export type ApiKeyInput =
  { ok: true; key: string } | { ok: false; error: 'empty' | 'tooLong' | 'format' }

/** A pasted key: surrounding spaces and line breaks are dropped (they come with copying). */
export function parseApiKeyInput(input: string): ApiKeyInput {
  const key = input.trim()
  if (key === '') return { ok: false, error: 'empty' }
  if (key.length > MAX_API_KEY) return { ok: false, error: 'tooLong' }
  if (!VISIBLE_ASCII.test(key)) return { ok: false, error: 'format' }
  return { ok: true, key }
}

/** Invalid keys a user may check within the window before every check is refused for a while. */
export const KEY_CHECK_LIMIT = 5
export const KEY_CHECK_WINDOW_MS = 15 * 60_000

/**
 * The throttle on checking keys, as a pure function of the times of the user's recent invalid
 * checks: allowed, or refused until the oldest of the last `KEY_CHECK_LIMIT` leaves the window.
 * Only invalid keys count, so a developer checking their real key is never held up by it.
 */
export function keyCheckThrottle(
  invalidAt: readonly number[],
  now: number,
):
  { allowed: true; recent: number[] } | { allowed: false; recent: number[]; retryAfterMs: number } {
  const recent = invalidAt.filter((at) => now - at < KEY_CHECK_WINDOW_MS).sort((a, b) => a - b)
  if (recent.length < KEY_CHECK_LIMIT) return { allowed: true, recent }
  // The oldest of the last KEY_CHECK_LIMIT checks (there are at least that many).
  const releasedAt = (recent.at(-KEY_CHECK_LIMIT) ?? now) + KEY_CHECK_WINDOW_MS
  return { allowed: false, recent, retryAfterMs: releasedAt - now }
}
