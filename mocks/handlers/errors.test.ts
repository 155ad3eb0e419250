import { defined } from '@/test/defined'
import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import '../testing/setup'
import { TEST_ORIGIN } from '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { DEMO_API_KEY } from '../seed/tenant'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { MAX_ERRORS, recordError } from './errorLog'
import { REDACTED } from './redact'

keepsContract()

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

const listErrors = (query: { corrId?: string; page?: number; pageSize?: number } = {}) =>
  call((init) => api().GET('/admin/v1/errors', { params: { query }, ...init }))
const getError = (id: string) =>
  call((init) => api().GET('/admin/v1/errors/{id}', { params: { path: { id } }, ...init }))

/** A request as an outside client of the engagement API sends it, answered with an error. */
async function engagement(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${TEST_ORIGIN}/engagement/v3${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': DEMO_API_KEY, ...headers },
    body: JSON.stringify(body),
  })
  const envelope = (await response.json()) as { status: { code: number; corrId: string } }
  expect(response.ok).toBe(false)
  return { status: response.status, ...envelope.status }
}

describe('recording every error answer', () => {
  it("keeps an engagement client's error with its request redacted and the envelope answered", async () => {
    const sent = await engagement(
      '/callbacks/create',
      { serviceName: 'Service 24x7 VQ_CB', phoneNumber: 'not a number', password: 'hunter2' },
      { 'x-correlation-id': 'shop-order-4711', cookie: 'visitor=abc123' },
    )
    expect(sent.corrId).toBe('shop-order-4711')
    await signInAs('developer')
    const page = await listErrors()
    expect(page.items[0]).toMatchObject({
      corrId: 'shop-order-4711',
      url: '/engagement/v3/callbacks/create',
      method: 'POST',
      timeStamp: new Date(TEST_NOW).toISOString(),
      httpStatus: sent.status,
      code: sent.code,
      withheld: false,
    })
    const detail = await getError(defined(page.items[0]).id)
    expect(detail.caller).toBe('api-key')
    const headers = Object.fromEntries(
      defined(detail.request).headers.map((h) => [h.name, h.value]),
    )
    expect(headers['x-api-key']).toBe(REDACTED)
    expect(headers.cookie).toBe(REDACTED)
    expect(headers['x-correlation-id']).toBe('shop-order-4711')
    expect(JSON.parse(defined(defined(detail.request).body))).toEqual({
      serviceName: 'Service 24x7 VQ_CB',
      phoneNumber: 'not a number',
      password: REDACTED,
    })
    const envelope = JSON.parse(defined(detail.response).envelope) as { status: { corrId: string } }
    expect(envelope.status).toMatchObject({ code: sent.code, corrId: 'shop-order-4711' })
    expect(detail.message).toBe((envelope.status as unknown as { message: string }).message)
    const stored = JSON.stringify(currentSimulator().tenant().state.errors)
    for (const secret of [DEMO_API_KEY, 'hunter2', 'abc123']) expect(stored).not.toContain(secret)
  })

  it('records the errors of the app itself with who made the request', async () => {
    await signInAs('developer')
    const refused = await failure(
      call((init) =>
        api().GET('/admin/v1/queues/{name}', { params: { path: { name: 'Nope VQ' } }, ...init }),
      ),
    )
    const [item] = (await listErrors({ corrId: defined(refused.corrId) })).items
    expect(item).toMatchObject({ url: '/admin/v1/queues/Nope%20VQ', httpStatus: 404 })
    expect((await getError(defined(item).id)).caller).toBe('developer')
  })

  it('uses a correlation ID the caller chose only when it has the form of one', async () => {
    const odd = await engagement('/callbacks/retrieve', { id: 'x' }, { 'x-correlation-id': '<b>' })
    expect(odd.corrId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it(`keeps the newest ${MAX_ERRORS} and says so`, async () => {
    const sim = currentSimulator()
    for (let n = 0; n < MAX_ERRORS + 5; n++) {
      recordError(
        sim,
        new Request(`${TEST_ORIGIN}/engagement/v3/x`),
        `bulk-${n}`,
        { httpStatus: 404, code: 40401, message: 'Not found', envelope: {} },
        '',
      )
    }
    await signInAs('developer')
    const first = await listErrors({ corrId: 'bulk-' })
    expect(first).toMatchObject({ total: MAX_ERRORS, page: 0, retained: MAX_ERRORS })
    expect(defined(first.items[0]).corrId).toBe(`bulk-${MAX_ERRORS + 4}`)
    const last = await listErrors({ corrId: 'bulk-', page: 9, pageSize: 100 })
    expect(defined(last.items.at(-1)).corrId).toBe('bulk-5')
    expect(await listErrors({ corrId: 'bulk-4' })).toMatchObject({ total: 10 + 100 }) // bulk-4 itself was dropped
  })
})

describe('searching and reading', () => {
  beforeEach(async () => {
    for (const id of ['Alpha-1', 'alpha-2', 'beta-1'])
      await engagement('/callbacks/retrieve', { id: 'none' }, { 'x-correlation-id': id })
    await signInAs('admin')
  })

  it('finds by a whole or leading correlation ID, any case, with spaces or quotes around it', async () => {
    const corrIds = async (corrId: string) =>
      (await listErrors({ corrId })).items.map((item) => item.corrId)
    expect(await corrIds('alpha')).toEqual(['alpha-2', 'Alpha-1'])
    expect(await corrIds(' "ALPHA-1" ')).toEqual(['Alpha-1'])
    expect(await corrIds('“beta-1”')).toEqual(['beta-1'])
    expect(await corrIds('gamma')).toEqual([])
  })

  it('pages newest first', async () => {
    const one = await listErrors({ pageSize: 1 })
    const two = await listErrors({ pageSize: 1, page: 1 })
    expect([defined(one.items[0]).corrId, defined(two.items[0]).corrId]).toEqual([
      'beta-1',
      'alpha-2',
    ])
    expect(one.total).toBeGreaterThanOrEqual(3)
  })

  it('refuses a malformed search or page with the field named, and an unknown error with 404', async () => {
    for (const query of [{ corrId: '<script>' }, { corrId: 'x'.repeat(65) }, { page: -1 }]) {
      const error = await failure(listErrors(query))
      expect([error.httpStatus, error.code]).toEqual([400, 40001])
    }
    expect((await failure(listErrors({ corrId: 'a b' }))).message).toMatch(/corrId/)
    expect((await failure(getError('nope'))).httpStatus).toBe(404)
  })
})

describe('who may read errors', () => {
  it.each(['supervisor', 'monitor', 'sales.supervisor'])('refuses %s with 403', async (who) => {
    await signInAs('admin')
    const any = (await listErrors()).items[0]
    await signInAs(who)
    expect((await failure(listErrors())).httpStatus).toBe(403)
    if (any) expect((await failure(getError(any.id))).httpStatus).toBe(403)
  })

  it('refuses anyone not signed in', async () => {
    expect((await failure(listErrors())).httpStatus).toBe(401)
  })

  it('withholds from a restricted developer the errors about queues and callbacks outside their lines of business', async () => {
    const service = await engagement(
      '/callbacks/create',
      { serviceName: 'Service 24x7 VQ_CB', phoneNumber: 'bad' },
      { 'x-correlation-id': 'lob-service' },
    )
    await engagement(
      '/callbacks/create',
      { serviceName: 'Sales VQ_CB', phoneNumber: 'bad' },
      { 'x-correlation-id': 'lob-sales' },
    )
    await engagement('/callbacks/retrieve', { id: 'unknown-id' }, { 'x-correlation-id': 'lob-id' })
    await engagement(
      '/callbacks/create',
      { serviceName: 'Made Up VQ', phoneNumber: 'bad' },
      { 'x-correlation-id': 'lob-made-up' },
    )
    await signInAs('sales.developer')
    const items = (await listErrors({ corrId: 'lob-' })).items
    const byId = Object.fromEntries(items.map((item) => [item.corrId, item]))
    expect(defined(byId['lob-sales']).withheld).toBe(false)
    for (const corrId of ['lob-service', 'lob-id', 'lob-made-up']) {
      expect(defined(byId[corrId]).withheld).toBe(true)
      const detail = await getError(defined(byId[corrId]).id)
      expect(detail.request).toBeUndefined()
      expect(detail.response).toBeUndefined()
      expect(JSON.stringify(detail)).not.toMatch(/Service 24x7|Made Up|unknown-id/)
    }
    expect(
      defined(defined((await getError(defined(byId['lob-sales']).id)).request).body),
    ).toContain('Sales VQ_CB')
    await signInAs('developer')
    const unrestricted = await getError(defined(byId['lob-service']).id)
    expect(unrestricted.withheld).toBe(false)
    expect(unrestricted.code).toBe(service.code)
  })

  it('shows the endpoint instead of a URL that names a queue the viewer may not read', async () => {
    await signInAs('admin')
    const refused = await failure(
      call((init) =>
        api().GET('/admin/v1/queues/{name}', {
          params: { path: { name: 'Claims Archive VQ' } },
          ...init,
        }),
      ),
    )
    await signInAs('sales.developer')
    const [row] = (await listErrors({ corrId: defined(refused.corrId) })).items
    expect(row).toMatchObject({ withheld: true, url: '/admin/v1/queues/:name', httpStatus: 404 })
  })
})
