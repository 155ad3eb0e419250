/**
 * Correlation IDs: what a caller may choose (x-correlation-id) and how a pasted search is read.
 * The same rules serve the tenant (which IDs it accepts, which searches it takes) and the Errors
 * page (what it says next to the search field).
 */

/** The longest correlation ID: a caller's own, or the backend's (a UUID is 36 characters). */
export const MAX_CORR_ID = 64

/** A caller's correlation ID: letters, digits and . _ : -, starting with a letter or digit. */
const CORR_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/
const CORR_ID_CHARS = /^[A-Za-z0-9._:-]*$/

export function isCorrelationId(value: string): boolean {
  return value.length <= MAX_CORR_ID && CORR_ID.test(value)
}

/** Quotes people paste around an ID: straight, curly, backticks, French guillemets. */
const QUOTES = /^["'`“”‘’«»\s]+|["'`“”‘’«»\s]+$/g

export type CorrIdSearch = { ok: true; prefix: string } | { ok: false; error: 'tooLong' | 'format' }

/**
 * A search as typed or pasted, read as the leading part of a correlation ID: surrounding spaces,
 * line breaks and quotes are dropped, case is ignored. Empty means "every error".
 */
export function parseCorrIdSearch(input: string): CorrIdSearch {
  const text = input.replace(QUOTES, '')
  if (text.length > MAX_CORR_ID) return { ok: false, error: 'tooLong' }
  if (!CORR_ID_CHARS.test(text)) return { ok: false, error: 'format' }
  return { ok: true, prefix: text.toLowerCase() }
}

/** Whether a recorded correlation ID matches a parsed search prefix. */
export function matchesCorrId(corrId: string, prefix: string): boolean {
  return corrId.toLowerCase().startsWith(prefix)
}
