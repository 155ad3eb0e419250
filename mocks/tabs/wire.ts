/**
 * Requests and responses as plain data, to cross from one tab to another over a BroadcastChannel
 * (structured clone takes ArrayBuffers, not streams).
 */
export interface WireRequest {
  method: string
  url: string
  headers: Array<[string, string]>
  body: ArrayBuffer | null
}

export interface WireResponse {
  status: number
  statusText: string
  headers: Array<[string, string]>
  body: ArrayBuffer | null
}

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD'

export async function requestToWire(request: Request): Promise<WireRequest> {
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: hasBody(request.method) ? await request.arrayBuffer() : null,
  }
}

export function requestFromWire(wire: WireRequest): Request {
  return new Request(wire.url, {
    method: wire.method,
    headers: wire.headers,
    ...(hasBody(wire.method) && wire.body ? { body: wire.body } : {}),
  })
}

/** A network error (the simulator's offline fault) travels as status 0. */
export async function responseToWire(response: Response): Promise<WireResponse> {
  if (response.type === 'error') return { status: 0, statusText: '', headers: [], body: null }
  const body = await response.arrayBuffer()
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: body.byteLength > 0 ? body : null,
  }
}

/** 204, 205 and 304 carry no body; a Response given one throws. */
const NO_BODY = new Set([204, 205, 304])

export function responseFromWire(wire: WireResponse): Response {
  if (wire.status === 0) return Response.error()
  return new Response(NO_BODY.has(wire.status) ? null : wire.body, {
    status: wire.status,
    statusText: wire.statusText,
    headers: wire.headers,
  })
}
