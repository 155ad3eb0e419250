import { existsSync, renameSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { getResponse, matchRequestUrl, type HttpHandler } from 'msw'
import sirv from 'sirv'
import { handlers } from '../handlers'
import { API } from '../handlers/fallback'
import { correlationId, errorResponse, HttpError, MAX_BODY_BYTES } from '../handlers/respond'
import { Simulator } from '../sim/simulator'
import { StoredStateError } from '../store/migrations'
import { sqliteStore, type SqliteStore } from '../store/sqlite'
import { readBody, send, toRequest } from './http'

export interface TenantServerOptions {
  /** 0 picks a free port (tests). */
  port: number
  host?: string
  /** Where the SQLite file lives (CALLBACK_DATA_DIR). */
  dataDir: string
  /** The production build to serve beside the API; omitted, the server answers the API only. */
  staticDir?: string
  /** Start from a fresh seed, whatever the data directory holds. */
  reset?: boolean
  seedSize?: number
  seed?: number
  idleTimeoutMinutes?: number
  idleWarningSeconds?: number
  /** Origins of other sites allowed to call the engagement API from a browser, beside the app's own. */
  corsOrigins?: readonly string[]
  /** Trust X-Forwarded-Proto from a TLS-terminating proxy in front (Secure cookies behind it). */
  trustProxy?: boolean
  now?: () => number
  /** How often the clock moves the tenant on while nobody asks (ms). */
  tickMs?: number
}

export interface TenantServer {
  readonly url: string
  readonly simulator: Simulator
  readonly dataFile: string
  close(): Promise<void>
}

export const DATA_FILE = 'tenant.sqlite'

/** Security headers for everything the server sends (the page's CSP is in its own meta tag). */
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}

/**
 * The simulated tenant over real HTTP: one Node process serves the production build and answers
 * /admin/v1 and /engagement/v3 with the very handlers the page's service worker and the tests use,
 * run here through msw's getResponse. State is in SQLite; the clock runs here, so callbacks move on
 * whether or not any browser is open.
 */
export async function startTenantServer(options: TenantServerOptions): Promise<TenantServer> {
  const dataFile = join(options.dataDir, DATA_FILE)
  const store = options.reset ? await openAfresh(dataFile) : sqliteStore(dataFile)
  const simulator = await Simulator.start({
    persistence: store,
    unreadable: 'throw',
    transport: { httpOnlyCookies: true, corsOrigins: options.corsOrigins ?? [] },
    ...(options.now ? { now: options.now } : {}),
    ...(options.seedSize !== undefined ? { seedSize: options.seedSize } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.idleTimeoutMinutes !== undefined
      ? { idleTimeoutMinutes: options.idleTimeoutMinutes }
      : {}),
  }).catch((error: unknown) => {
    store.close()
    throw error
  })
  const api = handlers(() => simulator)
  /**
   * The handlers that can answer a method and path, remembered: msw tries every handler of the list
   * in turn, about 0.5 ms a request over the whole API, which a busy integration would feel.
   */
  const routes = new Map<string, HttpHandler[]>()
  function candidates(request: Request): HttpHandler[] {
    const url = new URL(request.url)
    const key = `${request.method} ${url.pathname}`
    let list = routes.get(key)
    if (!list) {
      list = api.filter((h) => {
        const { method, path } = h.info
        const methodMatches =
          method instanceof RegExp
            ? method.test(request.method)
            : method.toUpperCase() === request.method
        return methodMatches && typeof path !== 'function' && matchRequestUrl(url, path).matches
      })
      if (routes.size >= 5000) routes.clear()
      routes.set(key, list)
    }
    return list
  }
  const config = JSON.stringify({
    apiBaseUrl: '',
    demoTenant: false,
    tenantServer: true,
    idleTimeoutMinutes: options.idleTimeoutMinutes ?? 20,
    idleWarningSeconds: options.idleWarningSeconds ?? 60,
  })
  const statics = options.staticDir
    ? sirv(options.staticDir, {
        single: true,
        etag: true,
        setHeaders: (res, pathname) => {
          res.setHeader(
            'Cache-Control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          )
        },
      })
    : undefined

  async function answerApi(req: IncomingMessage, res: ServerResponse, origin: string) {
    const body = await readBody(req)
    const request = toRequest(req, origin, body)
    if (body === null) {
      res.setHeader('Connection', 'close')
      const tooLarge = new HttpError(
        413,
        41301,
        `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most this tenant accepts.`,
      )
      await send(res, errorResponse(simulator, request, correlationId(request), tooLarge, ''))
      return
    }
    const response = await getResponse(candidates(request), request)
    await send(
      res,
      response ??
        errorResponse(
          simulator,
          request,
          correlationId(request),
          new HttpError(404, 40402, 'There is no API endpoint here.'),
          '',
        ),
    )
  }

  function originOf(req: IncomingMessage): string {
    const forwarded = options.trustProxy ? req.headers['x-forwarded-proto'] : undefined
    const protocol = forwarded === 'https' ? 'https' : 'http'
    const host = req.headers.host ?? `localhost:${options.port}`
    return `${protocol}://${host}`
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value)
    let origin: string
    let path: string
    try {
      origin = originOf(req)
      path = new URL(req.url ?? '/', origin).pathname
    } catch {
      res
        .writeHead(400, { 'Content-Type': 'text/plain' })
        .end('Bad request: no valid Host or path.')
      return
    }
    const reply = (): Promise<void> | void => {
      if (path.startsWith('/admin/') || path.startsWith('/engagement/') || API.test(path))
        return answerApi(req, res, origin)
      if (path === '/config.json') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        res.end(config)
        return
      }
      if (statics && (req.method === 'GET' || req.method === 'HEAD')) {
        statics(req, res)
        return
      }
      res
        .writeHead(404, { 'Content-Type': 'text/plain' })
        .end(statics ? 'Not found' : 'Not found: this server has no app build (run npm run build).')
    }
    Promise.resolve()
      .then(reply)
      .catch((error: unknown) => {
        // A handler's own errors are envelopes already: this is the adapter failing. Never crash.
        console.error('tenant server: request failed', error)
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
        res.end('Internal error')
      })
  })
  // Requests Node cannot parse never reach a handler: answer them plainly and drop the connection.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : '400 Bad Request'
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`)
  })

  // The clock: move the tenant on and store what it changed, whether or not anyone asks.
  let saving = false
  const tick = setInterval(() => {
    if (saving) return
    saving = true
    simulator.tenant()
    simulator
      .persistNow()
      .catch((error: unknown) => console.error('tenant server: could not save', error))
      .finally(() => (saving = false))
  }, options.tickMs ?? 1000)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  // Loopback and any-address servers are reached as localhost, the name the printed URL uses.
  const bound = options.host ?? '127.0.0.1'
  const host = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(bound) ? 'localhost' : bound

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    simulator,
    dataFile,
    async close() {
      clearInterval(tick)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await simulator.persistNow().catch(() => undefined)
      store.close()
    },
  }
}

/**
 * The store in the data directory, emptied for a fresh seed (--reset). A file whose tenant cannot be
 * read (not a data file, from a newer build, or damaged inside) is moved aside, never deleted, and
 * a new one is started; a readable one is simply emptied.
 */
async function openAfresh(file: string): Promise<SqliteStore> {
  let store: SqliteStore | undefined
  try {
    store = sqliteStore(file)
    await store.load()
  } catch (error) {
    store?.close()
    if (!(error instanceof StoredStateError) || !existsSync(file)) throw error
    const aside = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`
    renameSync(file, aside)
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix)
    }
    return sqliteStore(file)
  }
  await store.clear()
  return store
}
