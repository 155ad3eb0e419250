import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { DAY_MS, zonedInstant } from '@/domain/zonedTime'
import '../testing/setup'
import { keepsContract } from '../testing/expectations'
import {
  availability,
  create,
  DEFAULT_CB_OFFER_TYPE,
  demoRequests,
  estimatedWaitTime,
  openFor,
  toFetchRequest,
  type WireRequest,
} from '../testing/officialClient'
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

/** Send a request exactly as the official client writes it; the answer's status and envelope. */
async function send(wire: WireRequest): Promise<{ status: number; body: Envelope }> {
  const response = await fetch(toFetchRequest(wire, TEST_ORIGIN))
  return { status: response.status, body: (await response.json()) as Envelope }
}

async function created(wire: WireRequest): Promise<string> {
  const { status, body } = await send(wire)
  expect([status, body.status.message]).toEqual([200, 'Successful'])
  return (body.data as { id: string }).id
}

const requests = () => demoRequests(DEMO_API_KEY, TEST_NOW, 'none')
const tenant = () => currentSimulator().tenant()

beforeEach(() => {
  resetTenant()
})

describe('the official client, unchanged', () => {
  it('sends its prototype defaults with a create that set only service and number', () => {
    expect(JSON.parse(defined(requests().createWithDefaults.body))).toEqual({
      serviceName: 'Service 24x7 VQ_CB',
      phoneNumber: '+442079460123',
      cbOfferType: DEFAULT_CB_OFFER_TYPE,
      language: 'en-US',
    })
  })

  it('books an immediate callback from the default create and records what was sent', async () => {
    const id = await created(requests().createWithDefaults)
    const record = defined(tenant().get(id))
    expect([record.origin, record.state, record.desiredTime]).toEqual([
      'IMMEDIATE',
      'QUEUED',
      new Date(TEST_NOW).toISOString(),
    ])
    expect(record.parameters).toEqual({ cbOfferType: DEFAULT_CB_OFFER_TYPE, language: 'en-US' })
  })

  it('books a scheduled callback at the desired time it sends', async () => {
    const wire = requests().createScheduled
    const id = await created(wire)
    const record = defined(tenant().get(id))
    expect([record.origin, record.state]).toEqual(['SCHEDULED', 'SCHEDULED'])
    expect(record.desiredTime).toBe(
      (JSON.parse(defined(wire.body)) as { desiredTime: string }).desiredTime,
    )
  })

  it('retrieves and cancels by ID, and answers the other operations', async () => {
    const id = await created(requests().createWithDefaults)
    const r = demoRequests(DEMO_API_KEY, TEST_NOW, id)
    const retrieved = await send(r.retrieve)
    expect(retrieved.body.data).toMatchObject({ id, callbackState: 'QUEUED', positionInQueue: 1 })
    expect((await send(r.cancel)).body.data).toEqual({ id })
    expect(defined(tenant().get(id)).reason).toBe('CANCELLED')

    const byDate = await send(r.availabilityStartEnd)
    const byEpoch = await send(r.availabilityStartMsEndMs)
    expect(byDate.status).toBe(200)
    expect((byDate.body.data as { slots: unknown[] }).slots.length).toBeGreaterThan(0)
    expect(byEpoch.body.data).toEqual(byDate.body.data)

    // 16:00 in Paris on a Wednesday; the queue closes at 17:30.
    expect((await send(r.openFor)).body.data).toEqual({ openFor: 5400 })
    expect((await send(r.queueStatus)).body.data).toMatchObject({ offerImmediateCallback: true })
    const waits = (await send(r.estimatedWaitTime)).body.data as unknown as Array<{
      resultCode: number
    }>
    expect(waits.map((w) => w.resultCode)).toEqual([0, 0])
  })

  it('books a call-in with CallInApi as the client sends it: numbers where the client reads numbers', async () => {
    const { status, body } = await send(requests().callInCreate)
    expect(status).toBe(200)
    const data = body.data as Record<string, unknown>
    expect(data).toMatchObject({ groupName: 'auto_insurance', fromPhoneNumber: '+442079460125' })
    expect(typeof data.toPhoneNumber).toBe('string')
    expect(typeof data.accessCode).toBe('number')
    expect(typeof data.expirationTime).toBe('number')
    expect(tenant().callIns.get(data.id as string)?.state).toBe('CREATED')
  })

  it('asks for GWS credentials on its bodiless statistics request, after the key check', async () => {
    const r = requests()
    const answer = await send(r.statistics)
    expect([answer.status, answer.body.status.code]).toEqual([401, 40111])
    expect(answer.body.status.message).toMatch(/GWS Credentials/)
    const badKey = await send({
      ...r.statistics,
      headers: { ...r.statistics.headers, 'x-api-key': 'nope' },
    })
    expect([badKey.status, badKey.body.status.code]).toEqual([401, 40101])
  })
})

describe('the create fields', () => {
  const everything = create(DEMO_API_KEY, 'Service 24x7 VQ_CB', '+442079460130', {
    cbOfferType: 'COMBINED_SCHEDULED_AND_ASAP',
    language: 'fr-CA',
    inboundVQ: 'Service_Inbound_VQ',
    offerThreshold: 240,
    channel: 'IVR',
    offerTiming: 'ON-HOURS',
    cbOriginationIxnId: '00A1B2C3D4E5F607',
    surveyRP: '7001',
    priority: 5,
    routePoint: '5001',
    userData: {
      orderId: 'A-1042',
      vip: true,
      basket: 129.5,
      'order-id': 'ignored',
      class: 'ignored',
      ['__proto__']: 'ignored',
      'not valid': 'ignored',
    },
    captchaToken: 'token-from-recaptcha',
    pushTargets: [{ channel: 'FCM', target: 'fcm-registration-token' }],
  })

  it('keeps every field, ignores user-data keys that are not variable names, and shows them to the admin', async () => {
    const id = await created(everything)
    const expected = {
      cbOfferType: 'COMBINED_SCHEDULED_AND_ASAP',
      language: 'fr-CA',
      priority: 5,
      offerThreshold: 240,
      routePoint: '5001',
      inboundVQ: 'Service_Inbound_VQ',
      channel: 'IVR',
      offerTiming: 'ON-HOURS',
      cbOriginationIxnId: '00A1B2C3D4E5F607',
      surveyRP: '7001',
      userData: { orderId: 'A-1042', vip: true, basket: 129.5 },
      pushTargets: [{ channel: 'FCM', target: 'fcm-registration-token' }],
    }
    const record = defined(tenant().get(id))
    expect(record.parameters).toEqual(expected)
    expect(Object.getPrototypeOf(defined(record.parameters).userData)).toBe(Object.prototype)
    expect(record.channel).toBe('IVR')
    expect(JSON.stringify(record)).not.toContain('token-from-recaptcha')

    await signInAs('supervisor')
    const detail = await call((init) =>
      api().GET('/admin/v1/callbacks/{id}', { params: { path: { id } }, ...init }),
    )
    expect(detail.parameters).toEqual(expected)
  })

  it('keeps them with the callback a supervisor reschedules or recreates', async () => {
    const scheduled = create(DEMO_API_KEY, 'Service 24x7 VQ_CB', '+442079460134', {
      desiredTime: new Date(TEST_NOW + DAY_MS),
      userData: { orderId: 'A-7' },
    })
    const id = await created(scheduled)
    const parameters = defined(tenant().get(id)).parameters
    expect(parameters?.userData).toEqual({ orderId: 'A-7' })
    await signInAs('supervisor')
    const moved = await call((init) =>
      api().POST('/admin/v1/callbacks/{id}/reschedule', {
        params: { path: { id } },
        body: { desiredTime: new Date(TEST_NOW + DAY_MS + 3_600_000).toISOString() },
        ...init,
      }),
    )
    expect(defined(tenant().get(moved.id)).parameters).toEqual(parameters)
    await call((init) =>
      api().POST('/admin/v1/callbacks/{id}/cancel', {
        params: { path: { id: moved.id } },
        ...init,
      }),
    )
    const again = await call((init) =>
      api().POST('/admin/v1/callbacks/{id}/recreate', {
        params: {
          path: { id: moved.id },
          header: { 'Idempotency-Key': 'recreate-with-parameters' },
        },
        body: { type: 'IMMEDIATE' },
        ...init,
      }),
    )
    expect(defined(tenant().get(again.id)).parameters).toEqual(parameters)
  })

  it('records an offer type it does not know instead of refusing the booking', async () => {
    const id = await created(
      create(DEMO_API_KEY, 'Service 24x7 VQ_CB', '+442079460131', { cbOfferType: 'WEB_CHAT' }),
    )
    expect(defined(tenant().get(id)).parameters?.cbOfferType).toBe('WEB_CHAT')
  })

  it('keeps a callback lean when the request carries nothing more', async () => {
    const wire = create(DEMO_API_KEY, 'Service 24x7 VQ_CB', '+442079460132')
    const body = JSON.stringify({ serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460132' })
    const id = await created({ ...wire, body })
    expect(tenant().get(id)).not.toHaveProperty('parameters')
  })

  const long = (n: number) => 'x'.repeat(n)
  const manyKeys = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]))
  it.each([
    ['language', 'must be a language code such as en-US', { language: 'english please' }],
    ['language', 'must be text', { language: 42 }],
    ['priority', 'must be 0 or more', { priority: -1 }],
    ['priority', 'must be a whole number', { priority: 1.5 }],
    ['priority', 'must be a number', { priority: '5' }],
    ['offerThreshold', 'must be at most 604800 seconds (a week)', { offerThreshold: 1e9 }],
    ['routePoint', 'must be at most 128 characters', { routePoint: long(129) }],
    ['surveyRP', 'must not contain control characters', { surveyRP: 'a\u0000b' }],
    ['cbOfferType', 'must be at most 256 characters', { cbOfferType: long(257) }],
    ['userData', 'must be an object of keys and values', { userData: ['a'] }],
    [
      'userData.note',
      'values must be text, numbers or true/false',
      { userData: { note: { nested: 1 } } },
    ],
    [
      'userData.note',
      'text values must be at most 4096 characters',
      { userData: { note: long(4097) } },
    ],
    ['userData', 'keys must be at most 128 characters', { userData: { [long(129)]: 1 } }],
    ['userData', 'at most 100 keys are kept', { userData: manyKeys }],
    [
      'userData',
      'must be at most 16 KB as JSON',
      { userData: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, long(4000)])) },
    ],
    [
      'pushTargets.0.channel',
      'the only push channel is FCM',
      { pushTargets: [{ channel: 'APNS', target: 't' }] },
    ],
    [
      'pushTargets.0.target',
      'must not be empty',
      { pushTargets: [{ channel: 'FCM', target: '' }] },
    ],
  ])('refuses a bad %s with a 400 saying so: %s', async (field, reason, fields) => {
    const wire = create(DEMO_API_KEY, 'Service 24x7 VQ_CB', '+442079460133')
    const body = JSON.stringify({ ...(JSON.parse(defined(wire.body)) as object), ...fields })
    const before = tenant().state.callbacks.length
    const { status, body: answer } = await send({ ...wire, body })
    expect([status, answer.status.code]).toEqual([400, 40001])
    // A control character's message adds where it is: "(U+0000 at position 2)".
    expect(answer.status.message.replace(/ \(U\+[0-9A-F]{4,} at position \d+\)$/, '')).toBe(
      `Invalid ${field}: ${reason}`,
    )
    expect(answer.data).toEqual({ field, reason })
    expect(tenant().state.callbacks.length).toBe(before)
  })
})

describe('a full slot', () => {
  it('proposes free slots as a map the client reads as text, never "[object Object]"', async () => {
    const queue = 'Sales Premium VQ_CB'
    const free = await send(
      availability(DEMO_API_KEY, queue, { start: new Date(TEST_NOW + DAY_MS), numberOfDays: 2 }),
    )
    const slot = defined(
      (free.body.data as { slots: Array<{ utcTime: string; capacity: number }> }).slots[0],
    )
    const book = (n: number) =>
      create(DEMO_API_KEY, queue, `+1212555${1000 + n}`, {
        desiredTime: new Date(slot.utcTime),
        alwaysCheckCapacity: true,
      })
    for (let i = 0; i < slot.capacity; i++) await created(book(i))
    const full = await send(book(99))
    expect([full.status, full.body.status.code]).toEqual([429, 42901])
    const slots = (full.body.data as { slots: Record<string, number> }).slots
    // What the client's HashData model does with data.slots: every value through String().
    const asRead = Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, String(v)]))
    const times = Object.keys(asRead)
    expect(times.length).toBeGreaterThan(0)
    expect(times.length).toBeLessThanOrEqual(5)
    for (const time of times) {
      expect(new Date(time).toISOString()).toBe(time)
      expect(time > slot.utcTime).toBe(true)
      expect(asRead[time]).toMatch(/^[1-9]\d*$/)
    }
    expect([...times].sort()).toEqual(times)
  })
})

describe('query parameters', () => {
  const service = 'Service EMEA VQ_CB'

  it('reads start and end as epoch milliseconds, or as wall times in the timezone', async () => {
    const start = zonedInstant('2026-11-19', 9 * 60, 'Europe/Paris')
    const end = start + 4 * 3_600_000
    const byDate = await send(
      availability(DEMO_API_KEY, service, { start: new Date(start), end: new Date(end) }),
    )
    const byEpoch = await send(availability(DEMO_API_KEY, service, { startMS: start, endMS: end }))
    const wall = await send({
      ...availability(DEMO_API_KEY, service),
      path: `/engagement/v3/callbacks/availability/Service%20EMEA%20VQ_CB?start=2026-11-19T09%3A00%3A00.000&end=2026-11-19T13%3A00%3A00.000&timezone=Europe%2FParis`,
    })
    const slots = (byDate.body.data as { slots: Array<{ utcTime: string }> }).slots
    const durationMin = (byDate.body.data as { durationMin: number }).durationMin
    expect(defined(slots[0]).utcTime).toBe(new Date(start).toISOString())
    expect(slots.length).toBe((4 * 60) / durationMin)
    expect(byEpoch.body.data).toEqual({ ...byDate.body.data })
    expect((wall.body.data as { slots: unknown[] }).slots).toEqual(
      defined(
        (
          await send(
            availability(DEMO_API_KEY, service, {
              start: new Date(start),
              end: new Date(end),
              timezone: 'Europe/Paris',
            }),
          )
        ).body.data,
      ).slots,
    )
  })

  it('reads open-for start in the timezone sent with it', async () => {
    const at = (start: string, timezone?: string) =>
      send(openFor(DEMO_API_KEY, service, { start, ...(timezone ? { timezone } : {}) }))
    // Thursday 10:00 in Paris: open until 17:30. The same wall time read as UTC is 11:00 in Paris.
    expect((await at('2026-11-19T10:00:00.000', 'Europe/Paris')).body.data).toEqual({
      openFor: 27_000,
    })
    expect((await at('2026-11-19T10:00:00.000')).body.data).toEqual({ openFor: 23_400 })
    expect((await at('2026-11-19T10:00:00.000Z', 'Europe/Paris')).body.data).toEqual({
      openFor: 23_400,
    })
  })

  it.each([
    [openFor(DEMO_API_KEY, service, { start: 'tomorrow' }), 'start'],
    [openFor(DEMO_API_KEY, service, { start: '2026-02-30T10:00:00.000' }), 'start'],
    [openFor(DEMO_API_KEY, service, { timezone: 'Mars/Olympus' }), 'timezone'],
    [
      availability(DEMO_API_KEY, service, { startMS: TEST_NOW, start: new Date(TEST_NOW) }),
      'startMS',
    ],
    [availability(DEMO_API_KEY, service, { endMS: -5 }), 'endMS'],
    [availability(DEMO_API_KEY, service, { startMS: TEST_NOW, endMS: TEST_NOW - 1 }), 'endMS'],
    [
      availability(DEMO_API_KEY, service, { reportBusy: 'yes' as unknown as boolean }),
      'reportBusy',
    ],
    [availability(DEMO_API_KEY, service, { numberOfDays: 1.5 }), 'numberOfDays'],
    [availability(DEMO_API_KEY, service, { maxTimeSlots: 0 }), 'maxTimeSlots'],
    [estimatedWaitTime(DEMO_API_KEY, service, { mode: 'bogus' }), 'mode'],
    [
      estimatedWaitTime(DEMO_API_KEY, service, {
        includeCallsOnHold: 'maybe' as unknown as boolean,
      }),
      'include-calls-on-hold',
    ],
    [estimatedWaitTime(DEMO_API_KEY, ' , '), 'virtual-queues'],
  ])('names the query parameter it refuses: %#', async (wire, field) => {
    const { status, body } = await send(wire)
    expect([status, body.status.code]).toEqual([400, 40001])
    expect(body.status.message).toMatch(new RegExp(`^Invalid query parameter ${field}: `))
    expect(body.data).toMatchObject({ field })
  })

  it('names a missing virtual-queues parameter', async () => {
    const wire = estimatedWaitTime(DEMO_API_KEY, 'x')
    const { body } = await send({ ...wire, path: '/engagement/v3/estimated-wait-time' })
    expect(body.status.message).toBe(
      'Invalid query parameter virtual-queues: required: one or more queue names, separated by commas',
    )
  })
})
