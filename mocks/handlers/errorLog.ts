import { concernedQueues, namedInRequest } from '../sim/errorConcerns'
import type { Simulator } from '../sim/simulator'
import type { ErrorRecord, TenantState } from '../store/types'
import { redactBody, redactHeaders, redactJson, redactText, redactUrl } from './redact'

/** How many error answers the tenant keeps for Developer > Errors; the oldest are dropped. */
export const MAX_ERRORS = 1000
const MAX_LOGGED_BODY = 2000
const MAX_LOGGED_RESPONSE = 4000

/**
 * Secret values the tenant holds, scrubbed from anything logged wherever they appear (a key pasted
 * into the wrong field). Any other secret the tenant comes to store belongs here too.
 */
export function knownSecrets(state: TenantState): string[] {
  return state.apiKeys.filter((key) => key.length >= 8)
}

export interface RecordedAnswer {
  httpStatus: number
  code: number
  message: string
  envelope: unknown
}

export interface RequestFacts {
  /** Who sent it: the signed-in user (undefined for the engagement API and anonymous requests). */
  username?: string | undefined
  /** The endpoint's path pattern, when an endpoint took the request. */
  endpoint?: string | undefined
  /** The endpoint's path parameters. */
  params?: Record<string, string> | undefined
}

/** Record an error answer (redacted, with the queues it concerns), newest first, bounded. */
export function recordError(
  sim: Simulator,
  request: Request,
  corrId: string,
  answer: RecordedAnswer,
  body: string,
  facts: RequestFacts = {},
): void {
  const tenant = sim.tenant()
  const state = tenant.state
  const known = knownSecrets(state)
  const url = new URL(request.url)
  const requestHeaders = redactHeaders(request.headers, known)
  const requestBody = redactBody(body, known, MAX_LOGGED_BODY) || undefined
  const response = redactJson(answer.envelope, known, MAX_LOGGED_RESPONSE)
  const message = redactText(answer.message, known)
  const kept = redactUrl(url, known)
  const named = namedInRequest(url, body, facts.params ?? {})
  const entry: ErrorRecord = {
    id: crypto.randomUUID(),
    corrId,
    url: kept,
    endpoint: facts.endpoint,
    method: request.method,
    timeStamp: new Date(sim.now()).toISOString(),
    statusCode: answer.httpStatus,
    code: answer.code,
    message,
    requestHeaders,
    requestBody,
    response,
    username: facts.username,
    queues: concernedQueues(
      {
        ...named,
        texts: [
          kept,
          message,
          requestBody ?? '',
          response,
          ...requestHeaders.map(([, value]) => value),
        ],
      },
      state.queues.map((q) => q.name),
      (id) => tenant.get(id)?.serviceName,
    ),
  }
  state.errors.unshift(entry)
  if (state.errors.length > MAX_ERRORS) state.errors.length = MAX_ERRORS
}
