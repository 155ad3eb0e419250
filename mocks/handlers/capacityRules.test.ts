import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import {
  createCapacityRule,
  deleteCapacityRule,
  updateCapacityRule,
  type CapacityRule,
} from '@/api/capacityRules'
import { createCallback } from '@/api/callbacks'
import { assignQueueRules } from '@/api/queues'
import { capacityAt } from '@/domain/capacityRule'
import { localDayBounds, wallClock, zonedInstant } from '@/domain/zonedTime'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { DEMO_API_KEY } from '../seed/tenant'
import { defined } from '@/test/defined'

keepsContract()

beforeEach(() => {
  resetTenant({ now: () => TEST_NOW })
})

const list = () => call((init) => api().GET('/admin/v1/capacity-rules', init))
const getRule = (id: string) =>
  call((init) => api().GET('/admin/v1/capacity-rules/{id}', { params: { path: { id } }, ...init }))
const usage = (name: string, weekStart: string) =>
  call((init) =>
    api().GET('/admin/v1/queues/{name}/capacity-usage', {
      params: { path: { name }, query: { weekStart } },
      ...init,
    }),
  )
const availability = (name: string, start: number, end: number, timezone = 'UTC') =>
  call((init) =>
    api().GET('/admin/v1/queues/{name}/availability', {
      params: {
        path: { name },
        query: {
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          timezone,
          reportBusy: true,
        },
      },
      ...init,
    }),
  )
const tenant = () => currentSimulator().tenant()
const queue = (name: string) => defined(tenant().state.queues.find((q) => q.name === name))

const WEST = 'Sales West VQ_CB' // Los Angeles, 07:00–19:00 weekdays, 30-minute slots, "Weekday hourly"
const EMEA = 'Service EMEA VQ_CB' // Paris, 09:00–17:30 weekdays, 30-minute slots, "Half-hour peak"
const SALES = 'Sales VQ_CB' // New York, no rule: slot capacity 5
const HOURLY = 'capacity-weekday-hourly'
const PEAK = 'capacity-half-hour-peak'
const UNASSIGNED = 'capacity-weekend-cover'
/** Thursday after the test clock (Wednesday 2026-11-18 15:00Z). */
const THURSDAY = '2026-11-19'

const seeded = async (id: string) => defined((await list()).find((r) => r.id === id))

describe('roles', () => {
  it.each(['admin', 'supervisor', 'developer'])(
    '%s reads the rules and their assignments',
    async (who) => {
      await signInAs(who)
      const rules = await list()
      expect(rules.map((r) => r.name)).toEqual([
        'Weekday hourly',
        'Half-hour peak',
        'March campaign',
        'Weekend cover',
      ])
      expect(rules.find((r) => r.id === PEAK)).toMatchObject({
        assignedQueues: [EMEA, 'Claims Motor VQ_CB'],
        assignedCount: 2,
        duration: 30,
      })
      expect((await getRule(UNASSIGNED)).assignedCount).toBe(0)
    },
  )

  it('shows a line-of-business user only the assignments of their own queues', async () => {
    await signInAs('sales.supervisor')
    const peak = await getRule(PEAK)
    expect(peak.assignedQueues).toEqual([])
    expect(peak.assignedCount).toBe(2)
    expect((await getRule(HOURLY)).assignedQueues).toEqual([WEST])
  })

  it('refuses a Monitor everything, even reading', async () => {
    await signInAs('monitor')
    for (const attempt of [
      list(),
      getRule(HOURLY),
      createCapacityRule({ name: 'x', days: {}, duration: 60 }),
      updateCapacityRule(HOURLY, { days: {}, duration: 60, version: 1 }),
      deleteCapacityRule(UNASSIGNED, 1),
      usage(WEST, '2026-11-15'),
    ]) {
      expect((await failure(attempt)).httpStatus).toBe(403)
    }
  })

  it.each(['supervisor', 'developer'])(
    'refuses a %s any change, and changes nothing',
    async (who) => {
      await signInAs(who)
      const before = JSON.stringify(tenant().state.capacityRules)
      for (const attempt of [
        createCapacityRule({ name: 'Mine', days: {}, duration: 60 }),
        updateCapacityRule(HOURLY, { days: {}, duration: 60, version: 1 }),
        deleteCapacityRule(UNASSIGNED, 1),
        // Even for a rule that does not exist: the role is checked first.
        updateCapacityRule('nope', { days: {}, duration: 60, version: 1 }),
      ]) {
        const error = await failure(attempt)
        expect([error.httpStatus, error.code]).toEqual([403, 40301])
        expect(error.message).toMatch(/Only an Administrator/)
      }
      expect(JSON.stringify(tenant().state.capacityRules)).toBe(before)
    },
  )
})

describe('create', () => {
  beforeEach(() => signInAs('admin'))

  it('creates a rule with a trimmed, unique name and version 1', async () => {
    const rule = await createCapacityRule({
      name: '  Christmas  ',
      days: { mon: { '09:30': 3, '09:00': 2 } },
      duration: 30,
    })
    expect(rule).toMatchObject({
      name: 'Christmas',
      version: 1,
      updatedBy: 'admin',
      assignedQueues: [],
      assignedCount: 0,
      days: { mon: { '09:00': 2, '09:30': 3 } },
    })
    expect(await getRule(rule.id)).toEqual(rule)
    const taken = await failure(createCapacityRule({ name: 'christmas', days: {}, duration: 60 }))
    expect([taken.httpStatus, taken.code]).toEqual([409, 40901])
    expect(taken.message).toMatch(/already exists/)
  })

  it.each([
    [{ name: ' ', days: {}, duration: 60 }, 'name', /a name is required/],
    [{ name: 'x'.repeat(65), days: {}, duration: 60 }, 'name', /at most 64/],
    [{ name: 'A', days: { fri2: {} }, duration: 60 }, 'days', /Unknown day "fri2"/],
    [
      { name: 'A', days: { mon: { '07:15': 1 } }, duration: 30 },
      'days.mon.07:15',
      /half-hour grid/,
    ],
    [
      { name: 'A', days: { mon: { '07:30': 1 } }, duration: 60 },
      'days.mon.07:30',
      /not on the hour/,
    ],
    [{ name: 'A', days: { mon: { '08:00': -1 } }, duration: 60 }, 'days.mon.08:00', /negative/],
    [{ name: 'A', days: { mon: { '08:00': 2.5 } }, duration: 60 }, 'days.mon.08:00', /whole/],
    [{ name: 'A', days: { mon: { '08:00': '3' } }, duration: 60 }, 'days.mon.08:00', /Value "3"/],
    [{ name: 'A', days: {}, duration: 45 }, 'duration', /Duration 45/],
    [{ name: 'A', days: {} }, 'duration', /"duration" is missing/],
  ])('refuses %j, naming the problem', async (body, field, message) => {
    const error = await failure(createCapacityRule(body as never))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.message).toMatch(message)
    expect(error.detail?.field).toBe(field)
    expect(tenant().state.capacityRules).toHaveLength(4)
  })
})

describe('save', () => {
  beforeEach(() => signInAs('admin'))

  it('saves with the version read, and answers the next version', async () => {
    const saved = await updateCapacityRule(UNASSIGNED, {
      days: { sat: { '10:00': 7 } },
      duration: 60,
      version: 1,
    })
    expect(saved).toMatchObject({
      version: 2,
      name: 'Weekend cover',
      days: { sat: { '10:00': 7 } },
    })
  })

  it('refuses a stale version with the saved rule, so the editor can offer a choice', async () => {
    await updateCapacityRule(UNASSIGNED, { days: {}, duration: 30, version: 1 })
    const error = await failure(
      updateCapacityRule(UNASSIGNED, { days: { sun: { '09:00': 1 } }, duration: 60, version: 1 }),
    )
    expect([error.httpStatus, error.code]).toEqual([409, 40903])
    const current = (error.detail as unknown as { current: CapacityRule }).current
    expect(current).toMatchObject({ id: UNASSIGNED, version: 2, duration: 30, days: {} })
  })

  it('keeps the name fixed and answers 404 for an unknown rule', async () => {
    const renamed = await failure(
      updateCapacityRule(UNASSIGNED, {
        days: {},
        duration: 60,
        version: 1,
        name: 'Other',
      } as never),
    )
    expect([renamed.httpStatus, renamed.message]).toEqual([
      400,
      'Invalid name: the name of a capacity rule is fixed when it is created',
    ])
    const missing = await failure(
      updateCapacityRule('nope', { days: {}, duration: 60, version: 1 }),
    )
    expect([missing.httpStatus, missing.code]).toEqual([404, 40401])
  })
})

describe('delete', () => {
  beforeEach(() => signInAs('admin'))

  it('refuses while the rule is assigned, saying to how many queues', async () => {
    const error = await failure(deleteCapacityRule(PEAK, 1))
    expect([error.httpStatus, error.code]).toEqual([409, 40901])
    expect(error.message).toBe(
      '"Half-hour peak" is assigned to 2 queue(s). Assign another rule to those queues first.',
    )
    expect(await getRule(PEAK)).toBeDefined()
  })

  it('deletes an unassigned rule with the version read, not a stale one', async () => {
    const stale = await failure(deleteCapacityRule(UNASSIGNED, 5))
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])
    await deleteCapacityRule(UNASSIGNED, 1)
    expect((await failure(getRule(UNASSIGNED))).httpStatus).toBe(404)
  })

  it('deletes a rule once its last queue has another one', async () => {
    await assignQueueRules(WEST, { capacityRuleId: null })
    await deleteCapacityRule(HOURLY, 1)
    expect((await list()).map((r) => r.id)).not.toContain(HOURLY)
  })
})

describe('effect on availability and bookings', () => {
  const day = localDayBounds(THURSDAY, 'America/Los_Angeles')
  const laTime = (slot: { utcTime: string }) => {
    const { minutes } = wallClock(Date.parse(slot.utcTime), 'America/Los_Angeles')
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  }

  it('gives each slot the value of its hour in the queue zone', async () => {
    await signInAs('admin')
    const { slots } = await availability(WEST, day.start, day.end, 'Asia/Tokyo')
    const totals = Object.fromEntries(slots.map((s) => [laTime(s), s.total]))
    expect(totals).toMatchObject({
      '07:00': 6,
      '07:30': 6,
      '11:30': 6,
      '12:00': 4,
      '12:30': 4,
      '18:30': 6,
    })
    expect(defined(slots[0]).localTime).toMatch(/\+09:00$/)
  })

  it('applies a saved rule at once, in the admin and the public availability', async () => {
    await signInAs('admin')
    const rule = await seeded(HOURLY)
    await updateCapacityRule(HOURLY, {
      days: { ...rule.days, thu: { ...rule.days.thu, '10:00': 0, '11:00': 2 } },
      duration: 60,
      version: rule.version,
    })
    const { slots } = await availability(WEST, day.start, day.end)
    const totals = Object.fromEntries(slots.map((s) => [laTime(s), s.total]))
    expect([totals['10:00'], totals['10:30'], totals['11:00'], totals['11:30']]).toEqual([
      0, 0, 2, 2,
    ])

    const response = await fetch(
      `http://localhost/engagement/v3/callbacks/availability/${encodeURIComponent(WEST)}?start=${new Date(day.start).toISOString()}&end=${new Date(day.end).toISOString()}`,
      { headers: { 'x-api-key': DEMO_API_KEY } },
    )
    const body = (await response.json()) as { data: { slots: Array<{ utcTime: string }> } }
    const offered = body.data.slots.map(laTime)
    expect(offered).not.toContain('10:00')
    expect(offered).toContain('11:00')
  })

  it('applies a rule as soon as it is assigned, and the slot capacity once removed', async () => {
    await signInAs('admin')
    const monday = localDayBounds('2026-11-23', 'America/New_York')
    const before = await availability(SALES, monday.start, monday.end)
    expect(new Set(before.slots.map((s) => s.total))).toEqual(new Set([5]))
    await assignQueueRules(SALES, { capacityRuleId: 'capacity-march-campaign' })
    const after = await availability(SALES, monday.start, monday.end)
    for (const slot of after.slots) {
      expect(slot.total).toBe(
        capacityAt(
          await seeded('capacity-march-campaign'),
          'America/New_York',
          Date.parse(slot.utcTime),
        ),
      )
    }
    expect(new Set(after.slots.map((s) => s.total))).toEqual(new Set([0, 10, 15]))
    await assignQueueRules(SALES, { capacityRuleId: null })
    const removed = await availability(SALES, monday.start, monday.end)
    expect(new Set(removed.slots.map((s) => s.total))).toEqual(new Set([5]))
  })

  it('books up to the rule value and then answers "full" with proposals', async () => {
    await signInAs('admin')
    const rule = await seeded(HOURLY)
    await updateCapacityRule(HOURLY, {
      days: { thu: { '09:00': 1 } },
      duration: 60,
      version: rule.version,
    })
    const nine = new Date(zonedInstant(THURSDAY, 9 * 60, 'America/Los_Angeles')).toISOString()
    const ten = new Date(zonedInstant(THURSDAY, 10 * 60, 'America/Los_Angeles')).toISOString()
    const book = (desiredTime: string) =>
      createCallback(
        { type: 'SCHEDULED', serviceName: WEST, phoneNumber: '+14155550123', desiredTime },
        crypto.randomUUID(),
      )
    const taken = tenant()
      .state.callbacks.filter((c) => c.serviceName === WEST && c.desiredTime === nine)
      .filter((c) => c.state === 'SCHEDULED').length
    if (taken === 0) await book(nine)
    const full = await failure(book(nine))
    expect([full.httpStatus, full.code]).toEqual([429, 42901])
    // The hour's value holds for each of its slots: 09:30 still has its place.
    expect(full.slots?.[0]?.utcTime).toBe(new Date(Date.parse(nine) + 30 * 60_000).toISOString())
    const zero = await failure(book(ten))
    expect(zero.httpStatus).toBe(429)
  })
})

describe('GET /admin/v1/queues/{name}/capacity-usage', () => {
  it('lists each bookable slot of the week with its capacity and bookings, in the queue zone', async () => {
    await signInAs('supervisor')
    const week = await usage(EMEA, '2026-11-15')
    expect(week).toMatchObject({
      queue: EMEA,
      timeZone: 'Europe/Paris',
      weekStart: '2026-11-15',
      slotDurationMin: 30,
      capacityRuleId: PEAK,
    })
    // 09:00–17:30 on five weekdays, 30-minute slots; closed at the weekend.
    expect(week.slots).toHaveLength(5 * 17)
    expect(new Set(week.slots.map((s) => s.date))).toEqual(
      new Set(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']),
    )
    expect(week.slots[0]).toMatchObject({ date: '2026-11-16', time: '09:00', capacity: 5 })
    expect(week.slots.find((s) => s.time === '12:30')?.capacity).toBe(9)
    expect(week.slots.find((s) => s.time === '17:00')?.capacity).toBe(8)
    const q = queue(EMEA)
    for (const slot of week.slots) {
      const start = Date.parse(slot.utcTime)
      const holding = tenant().state.callbacks.filter(
        (c) =>
          c.serviceName === EMEA &&
          c.origin === 'SCHEDULED' &&
          Date.parse(c.desiredTime) >= start &&
          Date.parse(c.desiredTime) < start + q.slotDurationMin * 60_000 &&
          !(
            c.state === 'COMPLETED' &&
            ['CANCELLED', 'CANCELLED_BY_ADMIN', 'RESCHEDULED'].includes(c.reason ?? '')
          ),
      ).length
      expect(slot.booked).toBe(holding)
    }
    expect(week.slots.some((s) => s.booked > 0)).toBe(true)
  })

  it('uses the slot capacity for a queue without a rule', async () => {
    await signInAs('admin')
    const week = await usage(SALES, '2026-11-15')
    expect(week.capacityRuleId).toBeUndefined()
    expect(new Set(week.slots.map((s) => s.capacity))).toEqual(new Set([5]))
    // Saturday 09:00–17:00 is open in New York.
    expect(week.slots.filter((s) => s.date === '2026-11-21')[0]?.time).toBe('09:00')
  })

  it.each(['2026-11-16', '2026-13-01', 'next week', '', '1999-12-26'])(
    'refuses weekStart "%s"',
    async (weekStart) => {
      await signInAs('admin')
      const error = await failure(usage(SALES, weekStart))
      expect([error.httpStatus, error.detail?.field]).toEqual([400, 'weekStart'])
    },
  )

  it('answers 404 for a queue the user may not read, as for one that does not exist', async () => {
    await signInAs('sales.supervisor')
    const hidden = await failure(usage(EMEA, '2026-11-15'))
    const missing = await failure(usage('Nowhere VQ_CB', '2026-11-15'))
    expect([hidden.httpStatus, hidden.message]).toEqual([404, `No callback queue named "${EMEA}".`])
    expect(missing.httpStatus).toBe(404)
    expect((await usage(WEST, '2026-11-15')).slots.length).toBeGreaterThan(0)
  })
})
