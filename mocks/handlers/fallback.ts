import { http, HttpResponse, matchRequestUrl, type HttpHandler } from 'msw'
import type { Simulator } from '../sim/simulator'
import { correlationId, corsAllowed, errorResponse, HttpError } from './respond'

/**
 * Every path of the tenant, answered here or by an endpoint; nothing else is the tenant's. The
 * simulated reCAPTCHA stands in for Google's widget service, which a demo tenant plays as well.
 */
export const API = /\/(admin\/v1|engagement\/v3|simulated-recaptcha)(\/|$)/
/** Headers a page of an allowed origin may send to the engagement API. */
const ALLOWED_HEADERS = 'Content-Type, Accept, x-api-key, x-correlation-id'

/**
 * What no endpoint answers, after every endpoint had its chance: a CORS preflight for the public
 * engagement API, and the error envelope for an unknown path (404) or a method the path does not
 * take (405, with Allow). Without this an unknown API path would fall through to the static files.
 */
export function fallbackHandlers(sim: () => Simulator, endpoints: readonly HttpHandler[]) {
  const methodsFor = (url: URL) =>
    endpoints
      .filter((h) => typeof h.info.path === 'string' && matchRequestUrl(url, h.info.path).matches)
      .map((h) => String(h.info.method).toUpperCase())

  return [
    http.options('*/engagement/v3/*', ({ request }) => {
      const simulator = sim()
      const origin = request.headers.get('origin')
      const url = new URL(request.url)
      const methods = methodsFor(url)
      if (!methods.length) return refuse(simulator, request, notFound(url))
      if (!origin || !corsAllowed(simulator, request, origin)) {
        return refuse(
          simulator,
          request,
          new HttpError(
            403,
            40304,
            `The origin ${origin?.slice(0, 200) ?? '(none)'} may not call this API from a browser. Ask an administrator to add it to the allowed CORS domains.`,
          ),
        )
      }
      return new HttpResponse(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': [...new Set([...methods, 'OPTIONS'])].join(', '),
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      })
    }),

    http.all(API, ({ request }) => {
      const url = new URL(request.url)
      const methods = methodsFor(url)
      return refuse(
        sim(),
        request,
        methods.length
          ? new HttpError(
              405,
              40501,
              `${request.method} is not supported on ${url.pathname}; use ${methods.join(' or ')}.`,
              methods,
            )
          : notFound(url),
      )
    }),
  ]
}

const notFound = (url: URL) =>
  new HttpError(404, 40402, `There is no API endpoint at ${url.pathname.slice(0, 200)}.`)

function refuse(sim: Simulator, request: Request, error: HttpError): Response {
  return errorResponse(sim, request, correlationId(request), error, '')
}
