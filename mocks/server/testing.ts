import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_API_KEY } from '../seed/tenant'
import { startTenantServer, type TenantServer, type TenantServerOptions } from './tenantServer'

/** For the server tests: a real tenant server on a free loopback port, its data in a temporary folder. */
export interface TestServer extends TenantServer {
  dataDir: string
  /** Stop it and delete its data. */
  dispose(): Promise<void>
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'callback-tenant-'))
}

export async function startTestServer(
  options: Partial<TenantServerOptions> = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir()
  const server = await startTenantServer({ port: 0, seedSize: 300, dataDir, ...options })
  return {
    ...server,
    dataDir,
    async dispose() {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export interface Envelope<T = unknown> {
  status: { code: number; message: string; corrId: string }
  data: T
}

/** A client with its own cookie, as one browser (or one app) would be. */
export class Client {
  private cookie = ''
  constructor(
    readonly base: string,
    private readonly defaults: Record<string, string> = {},
  ) {}

  async send<T = unknown>(
    method: string,
    path: string,
    { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: Envelope<T> }> {
    const response = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...this.defaults,
        ...headers,
      },
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    })
    const set = response.headers.getSetCookie()[0]
    if (set) this.cookie = /Max-Age=0/.test(set) ? '' : (set.split(';')[0] ?? '')
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Envelope<T>,
    }
  }

  signIn(username: string) {
    return this.send('POST', '/admin/v1/session', { body: { username, password: 'demo' } })
  }
}

/** An external app of the integrator's: the engagement API with the demo key. */
export const apiClient = (base: string) => new Client(base, { 'x-api-key': DEMO_API_KEY })
