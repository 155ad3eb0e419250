import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { CALL_IN_PAGE_SIZE, type CallInSortField } from '@/domain/callInQuery'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { callInCreate, toFetchRequest, type WireRequest } from '../testing/officialClient'
import { TEST_ORIGIN } from '../testing/setup'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { DEMO_API_KEY } from '../seed/tenant'
import { defined } from '@/test/defined'

keepsContract()

interface Envelope {
  status: { code: number; message: string; corrId: string }
  data: Record<string, unknown> | null
}

/** Send a request exactly as the official client writes it: its status, headers and envelope. */
async function send(wire: WireRequest) {
  const response = await fetch(toFetchRequest(wire, TEST_ORIGIN))
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Envelope,
  }
}

/** A request with any body, as another client (or an attacker) might send it. */
function raw(body: string, apiKey = DEMO_API_KEY): WireRequest {
  return { ...callInCreate(apiKey, 'x'), body }
}

let clock = TEST_NOW
const tenant = () => currentSimulator().tenant()
const group = (name: string) => defined(tenant().state.callInGroups.find((g) => g.name === name))

beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

describe('POST /engagement/v3/call-in/requests/create', () => {
  it('answers the official client with a DNIS of the pool, a numeric code and the expiry', async () => {
    const answer = await send(callInCreate(DEMO_API_KEY, 'auto_insurance', '+1 415 555 0100'))
    expect([answer.status, answer.body.status.code]).toEqual([200, 0])
    const data = answer.body.data as Record<string, unknown>
    expect(Object.keys(data)).toEqual([
      'id',
      'toPhoneNumber',
      'groupName',
      'accessCode',
      'expirationTime',
      'fromPhoneNumber',
    ])
    expect(group('auto_insurance').dnis.map((d) => d.number)).toContain(data.toPhoneNumber)
    expect(data.groupName).toBe('auto_insurance')
    expect(typeof data.accessCode).toBe('number')
    expect(String(data.accessCode)).toMatch(/^[1-9]\d{5}$/)
    expect(data.expirationTime).toBe(TEST_NOW + 30_000)
    expect(data.fromPhoneNumber).toBe('+14155550100')
    const record = defined(tenant().callIns.get(data.id as string))
    expect(record).toMatchObject({ state: 'CREATED', accessCode: String(data.accessCode) })
  })

  it('sends no code for a group without codes, and echoes the callback it belongs to', async () => {
    const callback = defined(tenant().state.callbacks.find((c) => c.state === 'SCHEDULED'))
    const answer = await send(
      callInCreate(DEMO_API_KEY, 'Assistance FR', undefined, { callbackServiceId: callback.id }),
    )
    expect(answer.status).toBe(200)
    expect(answer.body.data).not.toHaveProperty('accessCode')
    expect(answer.body.data).not.toHaveProperty('fromPhoneNumber')
    expect(answer.body.data).toMatchObject({
      groupName: 'Assistance FR',
      callbackServiceId: callback.id,
      expirationTime: TEST_NOW + 120_000,
    })
  })

  it('finds the group whatever the case, and answers with its name as configured', async () => {
    const answer = await send(callInCreate(DEMO_API_KEY, 'AUTO_INSURANCE'))
    expect(answer.body.data?.groupName).toBe('auto_insurance')
  })

  it('keeps user data under valid identifiers and ignores the other keys', async () => {
    const answer = await send(
      callInCreate(DEMO_API_KEY, 'auto_insurance', undefined, {
        userData: {
          orderId: 'A-17',
          $total: 42.5,
          vip: true,
          'not-an-id': 1,
          '2fast': 2,
          class: 3,
        },
      }),
    )
    expect(answer.status).toBe(200)
    expect(defined(tenant().callIns.get(defined(answer.body.data).id as string)).userData).toEqual({
      orderId: 'A-17',
      $total: 42.5,
      vip: true,
    })
  })

  it.each([
    [
      'an unknown group',
      callInCreate(DEMO_API_KEY, 'No such group'),
      404,
      40403,
      /No Click-To-Call-In group named "No such group"/,
    ],
    [
      'an invalid number',
      callInCreate(DEMO_API_KEY, 'auto_insurance', '+1 555'),
      400,
      40004,
      /Invalid fromPhoneNumber: this is not a valid phone number/,
    ],
    [
      'letters in the number',
      callInCreate(DEMO_API_KEY, 'auto_insurance', 'call me'),
      400,
      40004,
      /Invalid fromPhoneNumber/,
    ],
    [
      'no group',
      raw('{"fromPhoneNumber":"+14155550100"}'),
      400,
      40001,
      /Invalid groupName: required/,
    ],
    [
      'an empty group',
      raw('{"groupName":"   "}'),
      400,
      40001,
      /Invalid groupName: must not be empty/,
    ],
    [
      'a huge group name',
      raw(JSON.stringify({ groupName: 'g'.repeat(100_000) })),
      400,
      40001,
      /at most 255/,
    ],
    ['a number as group', raw('{"groupName":42}'), 400, 40001, /Invalid groupName/],
    ['an array body', raw('[1,2]'), 400, 40001, /JSON object with groupName/],
    ['malformed JSON', raw('{"groupName":'), 400, 40001, /not valid JSON/],
    [
      'user data that is a list',
      raw('{"groupName":"auto_insurance","userData":[1]}'),
      400,
      40001,
      /Invalid userData/,
    ],
    [
      'an unknown callback',
      callInCreate(DEMO_API_KEY, 'auto_insurance', undefined, { callbackServiceId: 'nope' }),
      404,
      40401,
      /no callback with ID nope/,
    ],
    ['a wrong API key', callInCreate('wrong', 'auto_insurance'), 401, 40101, /Invalid API key/],
  ])('refuses %s with a clear code, creating nothing', async (_, wire, status, code, message) => {
    const before = tenant().state.callIns.length
    const answer = await send(wire)
    expect([answer.status, answer.body.status.code]).toEqual([status, code])
    expect(answer.body.status.message).toMatch(message)
    expect(tenant().state.callIns).toHaveLength(before)
    expect(tenant().state.errors[0]?.corrId).toBe(answer.body.status.corrId)
  })

  it('keeps hostile text as text, and refuses a control character in it', async () => {
    const hostile = '<img src=x onerror=alert(1)>"\'; DROP TABLE'
    const before = tenant().state.callIns.length
    const answer = await send(callInCreate(DEMO_API_KEY, hostile))
    expect(answer.status).toBe(404)
    expect(answer.body.status.message).toContain(hostile)
    expect(answer.headers.get('content-type')).toMatch(/application\/json/)
    const withNul = await send(callInCreate(DEMO_API_KEY, `${hostile}\u0000`))
    expect([withNul.status, withNul.body.status.code]).toEqual([400, 40001])
    expect(withNul.body.status.message).toMatch(/must not contain control characters \(U\+0000/)
    expect(tenant().state.callIns).toHaveLength(before)
  })

  it('refuses a callback that has ended', async () => {
    const done = defined(tenant().state.callbacks.find((c) => c.state === 'COMPLETED'))
    const answer = await send(
      callInCreate(DEMO_API_KEY, 'auto_insurance', undefined, { callbackServiceId: done.id }),
    )
    expect([answer.status, answer.body.status.code]).toEqual([409, 40901])
  })

  it('hands out each number of a Unique DNIS pool once, then says when one is free', async () => {
    tenant().state.simulatedCallers = false
    clock += 10 * 60_000 // the seed's last requests are over
    const pool = group('Sales unique DNIS').dnis.map((d) => d.number)
    const given: string[] = []
    for (let i = 0; i < pool.length; i++) {
      clock += 5_000
      const answer = await send(callInCreate(DEMO_API_KEY, 'Sales unique DNIS'))
      given.push(defined(answer.body.data).toPhoneNumber as string)
    }
    expect([...given].sort()).toEqual([...pool].sort())
    const refused = await send(callInCreate(DEMO_API_KEY, 'Sales unique DNIS'))
    expect([refused.status, refused.body.status.code]).toEqual([409, 40904])
    // The first was made 15 s before the last and lives 60 s.
    expect(refused.headers.get('retry-after')).toBe('45')
    expect(refused.body.status.message).toMatch(/in use \(Unique DNIS\).*45 s/)
    clock += 45_000
    const again = await send(callInCreate(DEMO_API_KEY, 'Sales unique DNIS'))
    expect(again.status).toBe(200)
    expect(defined(again.body.data).toPhoneNumber).toBe(
      given.find((n) => n === defined(again.body.data).toPhoneNumber),
    )
  })
})

async function list(query: Record<string, unknown> = {}) {
  return call((init) => api().GET('/admin/v1/call-ins', { params: { query }, ...init }))
}

describe('GET /admin/v1/call-ins', () => {
  it('lists the newest 500 first, with the total, the code masked', async () => {
    await signInAs('developer')
    const page = await list()
    const all = tenant().state.callIns
    expect(page.total).toBe(all.length)
    expect(page.items).toHaveLength(Math.min(CALL_IN_PAGE_SIZE, all.length))
    expect(defined(page.items[0]).id).toBe(defined(all.at(-1)).id)
    for (const item of page.items) {
      expect(item).not.toHaveProperty('accessCode')
      expect(item).not.toHaveProperty('next')
      if (item.maskedAccessCode) expect(item.maskedAccessCode).toMatch(/^•+\d{1,2}$/)
    }
  })

  it('pages without overlap or gap whatever the sort', async () => {
    await signInAs('admin')
    const all = tenant().state.callIns.length
    for (const sort of ['state', 'groupName', 'ani'] satisfies CallInSortField[]) {
      const seen = new Set<string>()
      for (let page = 0; page * 100 < all; page++) {
        const p = await list({ sort, order: 'asc', page, pageSize: 100 })
        for (const item of p.items) seen.add(item.id)
      }
      expect(seen.size).toBe(all)
    }
  })

  it('searches by one attribute and filters by creation time', async () => {
    await signInAs('admin')
    const completed = await list({ searchField: 'state', searchTerm: 'Completed', pageSize: 500 })
    expect(completed.total).toBe(
      tenant().state.callIns.filter((c) => c.state === 'COMPLETED').length,
    )
    expect(completed.items.every((i) => i.state === 'COMPLETED')).toBe(true)
    const hour = await list({ range: 'lastHour' })
    const since = new Date(TEST_NOW - 3_600_000).toISOString()
    expect(hour.total).toBe(tenant().state.callIns.filter((c) => c.createdAt >= since).length)
    expect(hour.total).toBeGreaterThan(0)
    expect(hour.total).toBeLessThan(tenant().state.callIns.length)
  })

  it('refuses Supervisor and Monitor with 403, and a bad query with 400', async () => {
    for (const username of ['supervisor', 'monitor']) {
      await signInAs(username)
      expect((await failure(list())).httpStatus).toBe(403)
    }
    await signInAs('admin')
    for (const query of [
      { sort: 'accessCode' },
      { range: 'forever' },
      { pageSize: 501 },
      { searchTerm: 'x'.repeat(101) },
      { timezone: 'Mars/Base' },
    ]) {
      const error = await failure(list(query))
      expect([error.httpStatus, error.code]).toEqual([400, 40001])
    }
  })
})

describe('playing the consumer on the demo tenant', () => {
  async function dial(body: { dnis: string; ani?: string; accessCode?: string }) {
    return call((init) => api().POST('/admin/v1/demo/call-in/dial', { body, ...init }))
  }

  it('completes the request a developer made, and says why a call did not match', async () => {
    await signInAs('developer')
    await call((init) =>
      api().PUT('/admin/v1/demo/call-in/simulation', {
        body: { simulatedCallers: false },
        ...init,
      }),
    )
    const made = (await send(callInCreate(DEMO_API_KEY, 'auto_insurance', '+14155550100'))).body
      .data as { id: string; toPhoneNumber: string; accessCode: number }
    clock += 5_000
    const code = String(made.accessCode)
    expect((await dial({ dnis: made.toPhoneNumber, ani: '+14155550100' })).outcome).toBe(
      'ACCESS_CODE_REQUIRED',
    )
    expect(
      (await dial({ dnis: made.toPhoneNumber, ani: '+14155550100', accessCode: '1' })).outcome,
    ).toBe('WRONG_ACCESS_CODE')
    expect(
      (await dial({ dnis: made.toPhoneNumber, ani: '+14155550199', accessCode: code })).outcome,
    ).toBe('ANI_MISMATCH')
    const done = await dial({ dnis: made.toPhoneNumber, ani: '+1 415 555 0100', accessCode: code })
    expect(done.outcome).toBe('COMPLETED')
    expect(done.record).toMatchObject({ id: made.id, state: 'COMPLETED', ani: '+14155550100' })
    // Dialled again: nothing waits, and the answer says how the newest request on it ended.
    const again = await dial({ dnis: made.toPhoneNumber, accessCode: code })
    expect(again.outcome).toBe('NO_PENDING_REQUEST')
    expect(again.lastRequest).toMatchObject({ id: made.id, state: 'COMPLETED' })
    const listed = await list({ searchField: 'callInId', searchTerm: made.id })
    expect(listed.items.map((i) => i.state)).toEqual(['COMPLETED'])
  })

  it('lets a request the consumer never calls for expire at its expiry time', async () => {
    await signInAs('admin')
    tenant().state.simulatedCallers = false
    const made = (await send(callInCreate(DEMO_API_KEY, 'nonUniqueGroup1'))).body.data as {
      id: string
      toPhoneNumber: string
    }
    clock += 29_999
    expect(
      defined((await list({ searchField: 'callInId', searchTerm: made.id })).items[0]).state,
    ).toBe('CREATED')
    clock += 1
    expect(
      defined((await list({ searchField: 'callInId', searchTerm: made.id })).items[0]).state,
    ).toBe('EXPIRED')
    // A caller too late hears that nothing waits, and why: the request expired.
    const late = await dial({ dnis: made.toPhoneNumber })
    expect(late.outcome).toBe('NO_PENDING_REQUEST')
    expect(late.lastRequest).toMatchObject({ id: made.id, state: 'EXPIRED' })
  })

  it('refuses bad calls with the field named, and Supervisor and Monitor with 403', async () => {
    await signInAs('admin')
    for (const [body, field] of [
      [{ dnis: '' }, 'dnis'],
      [{ dnis: 'call me' }, 'dnis'],
      [{ dnis: '+18005555554', accessCode: '12ab' }, 'accessCode'],
      [{ dnis: '+18005555554', accessCode: '1234567890123' }, 'accessCode'],
      [{ dnis: '+18005555554', ani: '+1 555' }, 'ani'],
    ] as const) {
      const error = await failure(dial(body))
      expect([error.httpStatus, error.detail?.field]).toEqual([400, field])
    }
    for (const username of ['supervisor', 'monitor']) {
      await signInAs(username)
      expect((await failure(dial({ dnis: '+18005555554' }))).httpStatus).toBe(403)
      const setting = failure(
        call((init) =>
          api().PUT('/admin/v1/demo/call-in/simulation', {
            body: { simulatedCallers: false },
            ...init,
          }),
        ),
      )
      expect((await setting).httpStatus).toBe(403)
    }
    expect(tenant().state.simulatedCallers).toBe(true)
  })
})
