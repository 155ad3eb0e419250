import { afterEach, describe, expect, it } from 'vitest'
import { handlers } from '../handlers'
import { getResponse } from 'msw'
import { Simulator } from '../sim/simulator'
import { defined } from '@/test/defined'
import type { TenantState } from '../store/types'
import {
  LEFT_WITH_THE_LEADER,
  shareTenant,
  type SharedTenant,
  type TenantHost,
} from './sharedTenant'

/**
 * Tabs of one browser share one tenant (issue 11 §2). Each "tab" here is a shareTenant call with
 * its own BroadcastChannel, competing for the same Web Lock (Node has both), as tabs do.
 */
const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const ORIGIN = 'http://localhost:5173'
let name = ''
const tabs: Array<SharedTenant<string>> = []
afterEach(() => {
  tabs.splice(0).forEach((tab) => tab.close())
})

/** The browser's one cookie jar, which every tab's requests carry. */
function browser() {
  const jar: Record<string, string> = {}
  let saved: TenantState | undefined
  const starts: string[] = []
  /** A tab: the first to join leads; its tenant starts from what the last leader saved. */
  async function open(label: string): Promise<SharedTenant<string>> {
    const tab = await shareTenant<string>({
      name,
      reads: (command) => command === 'count',
      start: async (): Promise<TenantHost<string>> => {
        starts.push(label)
        const simulator = saved
          ? await Simulator.start({
              now: () => NOW,
              persistence: {
                load: () => Promise.resolve(structuredClone(saved)),
                save: (tenant) => Promise.resolve(void (saved = structuredClone(tenant.state))),
                clear: () => Promise.resolve(),
              },
              transport: { httpOnlyCookies: false, corsOrigins: [], cookies: () => jar },
            })
          : Simulator.fresh({
              now: () => NOW,
              seedSize: 30,
              transport: { httpOnlyCookies: false, corsOrigins: [], cookies: () => jar },
            })
        simulator.tenant().onChange = () => (saved = structuredClone(simulator.tenant().state))
        saved = structuredClone(simulator.tenant().state)
        const api = handlers(() => simulator)
        return {
          answer: async (request) => defined(await getResponse(api, request)),
          command: (command) =>
            command === 'count'
              ? Promise.resolve(simulator.tenant().state.callbacks.length)
              : new Promise(() => undefined), // 'hang': a write the leader never answers
        }
      },
    })
    tabs.push(tab)
    return tab
  }
  async function send(
    tab: SharedTenant<string>,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; data: unknown; code: number }> {
    const response = await tab.fetch(
      new Request(ORIGIN + path, {
        method,
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    )
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0] ?? ''
      const at = pair.indexOf('=')
      const key = pair.slice(0, at)
      if (/Max-Age=0/.test(cookie)) Reflect.deleteProperty(jar, key)
      else jar[key] = pair.slice(at + 1)
    }
    const envelope = (await response.json()) as { status: { code: number }; data: unknown }
    return { status: response.status, data: envelope.data, code: envelope.status.code }
  }
  return { open, send, starts, jar }
}

describe('the tabs of one browser', () => {
  it('share one tenant: the first tab runs it, the others forward to it', async () => {
    name = `tenant-${crypto.randomUUID()}`
    const b = browser()
    const a = await b.open('A')
    const second = await b.open('B')
    expect([a.leading, second.leading]).toEqual([true, false])
    expect(b.starts).toEqual(['A'])

    expect(
      (await b.send(second, 'POST', '/admin/v1/session', { username: 'admin', password: 'demo' }))
        .status,
    ).toBe(200)
    // Signed in through B, signed in for A: one tenant, one cookie jar.
    expect((await b.send(a, 'GET', '/admin/v1/session')).status).toBe(200)
  })

  it('refuse a save over another tab’s save of the same rule (409), instead of losing it', async () => {
    name = `tenant-${crypto.randomUUID()}`
    const b = browser()
    const a = await b.open('A')
    const second = await b.open('B')
    await b.send(a, 'POST', '/admin/v1/session', { username: 'admin', password: 'demo' })
    type Rule = {
      id: string
      version: number
      name: string
      permittedCountries: string[]
      blockedPatterns: string[]
    }
    const rules = (await b.send(second, 'GET', '/admin/v1/number-rules')).data as Rule[]
    const rule = defined(rules[0])
    const save = (tab: SharedTenant<string>, name: string) =>
      b.send(tab, 'PUT', `/admin/v1/number-rules/${rule.id}`, {
        name,
        permittedCountries: rule.permittedCountries,
        blockedPatterns: rule.blockedPatterns,
        version: rule.version,
      })

    const fromA = await save(a, 'Saved in tab A')
    expect([fromA.status, (fromA.data as Rule).version]).toEqual([200, rule.version + 1])
    const fromB = await save(second, 'Saved in tab B')
    expect([fromB.status, fromB.code]).toEqual([409, 40903])
    const kept = await b.send(second, 'GET', `/admin/v1/number-rules/${rule.id}`)
    expect((kept.data as Rule).name).toBe('Saved in tab A')
  })

  it('pass the tenant on when the leading tab closes: reads are asked again, a write in flight fails', async () => {
    name = `tenant-${crypto.randomUUID()}`
    const b = browser()
    const a = await b.open('A')
    const second = await b.open('B')
    await b.send(a, 'POST', '/admin/v1/session', { username: 'admin', password: 'demo' })

    const write = second.command('hang')
    const written = write.then(
      () => 'answered',
      (error: unknown) => (error instanceof Error ? error.message : 'not an Error'),
    )
    await new Promise((resolve) => setTimeout(resolve, 20)) // the leader has the write now
    a.close()
    expect(await written).toBe(LEFT_WITH_THE_LEADER)
    expect(second.leading).toBe(true)
    expect(b.starts).toEqual(['A', 'B'])
    // The new leader runs on what the old one saved: still signed in, same callbacks.
    expect((await b.send(second, 'GET', '/admin/v1/session')).status).toBe(200)
    expect(await second.command('count')).toBeGreaterThan(0)
  })

  it('a tab that joins while the leader is still starting waits for it', async () => {
    name = `tenant-${crypto.randomUUID()}`
    const b = browser()
    const [a, second] = await Promise.all([b.open('A'), b.open('B')])
    expect([a.leading, second.leading].sort()).toEqual([false, true])
    expect(await (a.leading ? second : a).command('count')).toBeGreaterThan(0)
  })
})
