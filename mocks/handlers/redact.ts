/**
 * What the error log keeps of a request and its answer, with every secret taken out before it is
 * stored: the log is read by every developer and persisted, so a secret must never reach it.
 */

/**
 * Field, parameter and header names whose values are secrets (API keys, passwords, tokens...). A
 * Firebase service account's client email is one too: the tenant shows it only as a hint.
 */
const SECRET_NAME =
  /pass(word|phrase)?|secret|key|token|auth|cookie|session|credential|signature|private|client[-_]?email/i
/** Names that look secret but are not, and that a developer needs to see. */
const NOT_SECRET = new Set(['idempotency-key', 'content-type', 'sec-fetch-site'])
export const REDACTED = '[redacted]'

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.has(name.toLowerCase())
}

/** PEM blocks (private keys), whole or cut short. */
const PEM = /-----BEGIN [A-Z0-9 ]{1,40}-----[\s\S]*?(?:-----END [A-Z0-9 ]{1,40}-----|$)/g
/** `name: value`, `"name": "value"` or `name=value` with a secret-looking name, in any text. */
const SECRET_PAIR =
  /((?:pass(?:word|phrase)?|secret|api[-_]?key|private[-_]?key|key|token|credential|cookie|client[-_]?email)["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"?|'[^']*'?|[^\s&,;}"']+)/gi

/**
 * Text that is not JSON (or a message, a URL): PEM blocks, secret-looking pairs and every known
 * secret value of the tenant (its API keys) replaced.
 */
export function redactText(text: string, known: readonly string[]): string {
  // PEM blocks first: a pair's value stops at a space, which would leave the key's body behind.
  return knownValues(text.replace(PEM, REDACTED).replace(SECRET_PAIR, `$1${REDACTED}`), known)
}

/** PEM blocks and known secret values only: what JSON whose secret fields are scrubbed still needs. */
function redactValues(text: string, known: readonly string[]): string {
  return knownValues(text.replace(PEM, REDACTED), known)
}

function knownValues(text: string, known: readonly string[]): string {
  let out = text
  for (const secret of known) if (secret) out = out.split(secret).join(REDACTED)
  return out
}

/** A JSON value with every secret-named field's value replaced, at any depth. */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isSecretName(k) ? REDACTED : scrub(v)]),
    )
  return value
}

/** A body as it may be kept: JSON with secret fields replaced, or text redacted; then cut short. */
export function redactBody(body: string, known: readonly string[], max: number): string {
  if (!body) return body
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return cut(redactText(body, known), max)
  }
  return redactJson(json, known, max)
}

/** A JSON value (an answer's envelope) as it may be kept. */
export function redactJson(value: unknown, known: readonly string[], max: number): string {
  return cut(redactValues(JSON.stringify(scrub(value)), known), max)
}

/** Path and query with secret-named parameters' values replaced. */
export function redactUrl(url: URL, known: readonly string[]): string {
  const params = new URLSearchParams(url.search)
  for (const name of new Set(params.keys())) if (isSecretName(name)) params.set(name, REDACTED)
  const query = params.toString()
  return redactText(url.pathname + (query ? `?${query}` : ''), known)
}

const MAX_HEADERS = 40
const MAX_HEADER_VALUE = 500

/**
 * The request's headers as they may be kept: credentials replaced (x-api-key among them: saying
 * whether a key is valid would make the log an unthrottled key oracle), long values cut.
 */
export function redactHeaders(headers: Headers, known: readonly string[]): Array<[string, string]> {
  const kept: Array<[string, string]> = []
  headers.forEach((value, name) => {
    if (kept.length >= MAX_HEADERS) return
    if (isSecretName(name)) kept.push([name, REDACTED])
    else kept.push([name, cut(redactText(value, known), MAX_HEADER_VALUE)])
  })
  return kept
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
