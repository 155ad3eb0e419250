import createClient, { type Client } from 'openapi-fetch'
import { ApiError, proposedSlotsOf } from './errors'
import type { components, paths } from './schema.gen'

type Status = components['schemas']['Status']

/** Requests that take longer than this are abandoned and reported as timeouts. */
export const REQUEST_TIMEOUT_MS = 15_000

let client: Client<paths> | undefined
const sessionExpiredListeners = new Set<(error: ApiError) => void>()

/** Point the client at a backend. Called once at start-up with the runtime configuration. */
export function configureApi(baseUrl: string): void {
  client = createClient<paths>({
    baseUrl,
    credentials: 'include',
    // Look fetch up on every call: test setups and the simulator may install theirs after start-up.
    fetch: (request) => globalThis.fetch(request),
  })
}

export function api(): Client<paths> {
  if (!client) throw new Error('configureApi() must run before the first request')
  return client
}

/** Called whenever the backend says the session is over, wherever the request came from. */
export function onSessionExpired(listener: (error: ApiError) => void): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

interface Envelope<T> {
  status: Status
  data: T
}

type FetchResult<E> = { data?: E; error?: unknown; response: Response }

/** The payload of an envelope type; an envelope whose data is always null has none. */
type Payload<E> = E extends { data: infer T } ? T : null

function errorFromResponse(response: Response, body: unknown): ApiError {
  const envelope = body as Partial<Envelope<Record<string, unknown> | null>> | undefined
  const status = envelope?.status
  const data = envelope?.data ?? undefined
  const slots = data && 'slots' in data ? proposedSlotsOf(data.slots) : undefined
  return new ApiError({
    kind: 'http',
    httpStatus: response.status,
    code: typeof status?.code === 'number' ? status.code : response.status * 100,
    message: typeof status?.message === 'string' ? status.message : response.statusText,
    corrId: status?.corrId ?? response.headers.get('x-correlation-id') ?? undefined,
    detail: slots ? undefined : data,
    slots,
  })
}

/**
 * Run one request and unwrap its envelope: the payload on success, an ApiError otherwise. The
 * caller's signal (React Query's, for cancellation) is combined with a timeout.
 */
export async function call<E extends { status: Status }>(
  request: (init: { signal: AbortSignal }) => Promise<FetchResult<E>>,
  options: {
    signal?: AbortSignal | undefined
    timeoutMs?: number
    /** The session probe expects 401 when nobody is signed in: not an expiry. */
    expectUnauthorized?: boolean
  } = {},
): Promise<Payload<E>> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let result: FetchResult<E>
  try {
    result = await request({ signal })
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    const timedOut = timeout.aborted
    throw new ApiError({
      kind: timedOut ? 'timeout' : 'network',
      httpStatus: 0,
      code: 0,
      message: timedOut ? 'The request timed out' : 'The network is unavailable',
    })
  }
  if (result.data !== undefined && result.response.ok) {
    return ('data' in result.data ? result.data.data : null) as Payload<E>
  }
  const error = errorFromResponse(result.response, result.error)
  if (error.sessionExpired && !options.expectUnauthorized)
    sessionExpiredListeners.forEach((listener) => listener(error))
  throw error
}
