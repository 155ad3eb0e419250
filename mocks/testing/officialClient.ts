/**
 * The requests Genesys's official JavaScript engagement client (engagement-client-js 9.0.84 on
 * superagent 3.7.0) puts on the wire for every engagement operation, as plain data: method, path
 * with query, headers and the exact body text. The simulator's tests replay them through MSW and the
 * tenant server's tests over real HTTP, so both answer the very same requests an integrator's app
 * sends. Read from the client's src/ (authoritative over its docs/):
 *
 * - Every call sets `x-api-key`, `Content-Type: application/json` (GETs included),
 *   `Accept: application/json`, and superagent its `User-Agent`. No cookies on a first call.
 * - A body is a model object. superagent 3 copies it with `for…in`, which walks the prototype too,
 *   so the model's prototype defaults are sent although the caller never set them: a create always
 *   carries `cbOfferType` as a sentence and `language: "en-US"`. JSON.stringify then drops the
 *   members left undefined. Own members come first, in the order they were set, then the prototype's.
 * - Dates are sent as `toJSON()` (`2026-11-19T09:00:00.000Z`), in bodies and queries alike. Query
 *   parameters keep the client's order, skip absent ones and are percent-encoded as `qs` does
 *   (everything but A–Z a–z 0–9 - . _ ~); path parameters with encodeURIComponent.
 */

export interface WireRequest {
  /** The client method that sends it, e.g. "CallbacksApi.bookCallbackExternal". */
  operation: string
  method: 'GET' | 'POST'
  /** From the origin on: base path, operation path, query string. */
  path: string
  headers: Record<string, string>
  /** The body exactly as sent; absent for requests without one. */
  body?: string
}

export const OFFICIAL_CLIENT_BASE_PATH = '/engagement/v3'
export const OFFICIAL_CLIENT_USER_AGENT = 'node-superagent/3.7.0'

/** The create model's prototype default for cbOfferType (CreateCallbackParms.js). */
export const DEFAULT_CB_OFFER_TYPE =
  'ASAP if the request does not include the desiredTime parameter and SCHEDULED if the request includes the desiredTime parameter.'
export const DEFAULT_LANGUAGE = 'en-US'

type Json = string | number | boolean | Date | Json[] | { [key: string]: Json } | undefined

/**
 * The members of CreateCallbackParms's prototype, in declaration order, with their defaults. The
 * constructor sets serviceName and phoneNumber on the instance; everything else the caller assigns.
 */
const CREATE_PROTOTYPE: ReadonlyArray<[string, Json]> = [
  ['serviceName', undefined],
  ['phoneNumber', undefined],
  ['desiredTime', undefined],
  ['cbOfferType', DEFAULT_CB_OFFER_TYPE],
  ['language', DEFAULT_LANGUAGE],
  ['inboundVQ', undefined],
  ['offerThreshold', undefined],
  ['channel', undefined],
  ['offerTiming', undefined],
  ['cbOriginationIxnId', undefined],
  ['surveyRP', undefined],
  ['priority', undefined],
  ['routePoint', undefined],
  ['userData', undefined],
  ['captchaToken', undefined],
  ['pushTargets', undefined],
  ['alwaysCheckCapacity', undefined],
]

/** superagent's `for…in` copy of a model, then JSON.stringify. */
function modelBody(
  own: ReadonlyArray<[string, Json]>,
  prototype: ReadonlyArray<[string, Json]>,
): string {
  const copy: Record<string, Json> = {}
  for (const [key, value] of own) copy[key] = value
  for (const [key, value] of prototype) if (!(key in copy)) copy[key] = value
  return JSON.stringify(copy)
}

const headers = (apiKey: string, extra: Record<string, string> = {}) => ({
  'User-Agent': OFFICIAL_CLIENT_USER_AGENT,
  'x-api-key': apiKey,
  'Content-Type': 'application/json',
  Accept: 'application/json',
  ...extra,
})

/** The query encoding of `qs` (RFC 3986): only unreserved characters stay as they are. */
const encodeQs = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )

function query(params: ReadonlyArray<[string, string | number | boolean | Date | undefined]>) {
  const parts = params
    .filter((p): p is [string, string | number | boolean | Date] => p[1] !== undefined)
    .map(([k, v]) => `${encodeQs(k)}=${encodeQs(v instanceof Date ? v.toJSON() : String(v))}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

const path = (template: string) => `${OFFICIAL_CLIENT_BASE_PATH}${template}`

export interface CreateFields {
  desiredTime?: Date
  cbOfferType?: string
  language?: string
  inboundVQ?: string
  offerThreshold?: number
  channel?: string
  offerTiming?: string
  cbOriginationIxnId?: string
  surveyRP?: string
  priority?: number
  routePoint?: string
  userData?: Record<string, Json>
  captchaToken?: string
  pushTargets?: Array<{ channel: string; target: string }>
  alwaysCheckCapacity?: boolean
}

/**
 * `new CreateCallbackParms()`, then `body.serviceName = …; body.phoneNumber = …` as the GES
 * tutorial does, then any other field the caller assigns (in the order given), then
 * `bookCallbackExternal(apiKey, body)`.
 */
export function create(
  apiKey: string,
  serviceName: string,
  phoneNumber: string,
  fields: CreateFields = {},
): WireRequest {
  return {
    operation: 'CallbacksApi.bookCallbackExternal',
    method: 'POST',
    path: path('/callbacks/create'),
    headers: headers(apiKey),
    body: modelBody(
      [['serviceName', serviceName], ['phoneNumber', phoneNumber], ...Object.entries(fields)],
      CREATE_PROTOTYPE,
    ),
  }
}

/** CallbackIdParms has no defaults: `{"id": …}`. */
function byId(operation: string, route: string, apiKey: string, id: string): WireRequest {
  return {
    operation,
    method: 'POST',
    path: path(route),
    headers: headers(apiKey),
    body: JSON.stringify({ id }),
  }
}

export const retrieve = (apiKey: string, id: string) =>
  byId('CallbacksApi.queryCallbackById', '/callbacks/retrieve', apiKey, id)

export const cancel = (apiKey: string, id: string) =>
  byId('CallbacksApi.cancelCallback', '/callbacks/cancel', apiKey, id)

export interface AvailabilityOptions {
  start?: Date
  startMS?: number
  numberOfDays?: number
  end?: Date
  endMS?: number
  timezone?: string
  maxTimeSlots?: number
  reportBusy?: boolean
}

/** AvailabilityApi.queryAvailabilityV2: the query in the client's order. */
export function availability(
  apiKey: string,
  serviceName: string,
  o: AvailabilityOptions = {},
): WireRequest {
  return {
    operation: 'AvailabilityApi.queryAvailabilityV2',
    method: 'GET',
    path:
      path(`/callbacks/availability/${encodeURIComponent(serviceName)}`) +
      query([
        ['start', o.start],
        ['startMS', o.startMS],
        ['numberOfDays', o.numberOfDays],
        ['end', o.end],
        ['endMS', o.endMS],
        ['timezone', o.timezone],
        ['maxTimeSlots', o.maxTimeSlots],
        ['reportBusy', o.reportBusy],
      ]),
    headers: headers(apiKey),
  }
}

/**
 * AvailabilityApi.openFor. `start` is typed as a Date but sent through toString when it is text,
 * so an app can pass a wall time (`2026-11-19T09:00:00.000`) to be read in `timezone`.
 */
export function openFor(
  apiKey: string,
  serviceName: string,
  o: { start?: Date | string; timezone?: string } = {},
): WireRequest {
  return {
    operation: 'AvailabilityApi.openFor',
    method: 'GET',
    path:
      path(`/callbacks/open-for/${encodeURIComponent(serviceName)}`) +
      query([
        ['start', o.start],
        ['timezone', o.timezone],
      ]),
    headers: headers(apiKey),
  }
}

export function queueStatus(apiKey: string, queueName: string): WireRequest {
  return {
    operation: 'QueueStatusApi.queryQueueStatus',
    method: 'GET',
    path: path(`/callbacks/queue-status/${encodeURIComponent(queueName)}`),
    headers: headers(apiKey),
  }
}

/** EstimatedWaitTimeApi.estimatedWaitTimeAPI1: virtualQueues is one comma-separated string. */
export function estimatedWaitTime(
  apiKey: string,
  virtualQueues: string,
  o: { mode?: string; includeCallsOnHold?: boolean } = {},
): WireRequest {
  return {
    operation: 'EstimatedWaitTimeApi.estimatedWaitTimeAPI1',
    method: 'GET',
    path:
      path('/estimated-wait-time') +
      query([
        ['virtual-queues', virtualQueues],
        ['mode', o.mode],
        ['include-calls-on-hold', o.includeCallsOnHold],
      ]),
    headers: headers(apiKey),
  }
}

/**
 * CallInApi.callInRequests: `new CallInRequestsParms(groupName)`, then the members the app sets, in
 * the order given (fromPhoneNumber first). The model has no defaults: unset members are not sent.
 */
export function callInCreate(
  apiKey: string,
  groupName: string,
  fromPhoneNumber?: string,
  fields: { userData?: Record<string, Json>; callbackServiceId?: string } = {},
): WireRequest {
  return {
    operation: 'CallInApi.callInRequests',
    method: 'POST',
    path: path('/call-in/requests/create'),
    headers: headers(apiKey),
    body: JSON.stringify({ groupName, fromPhoneNumber, ...fields }),
  }
}

/** StatisticsApi.statistics: a POST without a body; cache-control only when given. */
export function statistics(apiKey: string, cacheControl?: string): WireRequest {
  return {
    operation: 'StatisticsApi.statistics',
    method: 'POST',
    path: path('/statistics/operations/get-statistic-ex'),
    headers: headers(apiKey, cacheControl ? { 'cache-control': cacheControl } : {}),
  }
}

/** The wire request as a fetch Request against an origin (MSW in tests, or a real server). */
export function toFetchRequest(wire: WireRequest, origin: string): Request {
  return new Request(new URL(wire.path, origin), {
    method: wire.method,
    headers: wire.headers,
    ...(wire.body !== undefined ? { body: wire.body } : {}),
  })
}

/**
 * Every engagement operation once, as an integrator's app would call it against the demo tenant
 * (queues of mocks/seed/tenant.ts). `id` is a callback to retrieve and cancel: create one first.
 * `now` places the scheduled booking and the availability window (the next day, in UTC).
 */
export function demoRequests(apiKey: string, now: number, id: string) {
  const day = new Date(Math.floor(now / 86_400_000 + 1) * 86_400_000)
  const nextDay = new Date(day.getTime() + 86_400_000)
  return {
    createWithDefaults: create(apiKey, 'Service 24x7 VQ_CB', '+442079460123'),
    createScheduled: create(apiKey, 'Service 24x7 VQ_CB', '+442079460124', {
      desiredTime: new Date(day.getTime() + 10 * 3_600_000),
    }),
    retrieve: retrieve(apiKey, id),
    cancel: cancel(apiKey, id),
    availabilityStartEnd: availability(apiKey, 'Service EMEA VQ_CB', { start: day, end: nextDay }),
    availabilityStartMsEndMs: availability(apiKey, 'Service EMEA VQ_CB', {
      startMS: day.getTime(),
      endMS: nextDay.getTime(),
    }),
    openFor: openFor(apiKey, 'Service EMEA VQ_CB', { timezone: 'Europe/Paris' }),
    queueStatus: queueStatus(apiKey, 'Service 24x7 VQ_CB'),
    estimatedWaitTime: estimatedWaitTime(apiKey, 'Service 24x7 VQ_CB,Service EMEA VQ_CB'),
    callInCreate: callInCreate(apiKey, 'auto_insurance', '+442079460125'),
    statistics: statistics(apiKey),
  } satisfies Record<string, WireRequest>
}
