import { beforeEach, describe, expect, it } from 'vitest'
import { createCallback, recreateCallback, rescheduleCallback } from '@/api/callbacks'
import { api, call } from '@/api/client'
import {
  createNumberRule,
  deleteNumberRule,
  testNumberRule,
  updateNumberRule,
  type NumberRule,
} from '@/api/numberRules'
import { countryOfNumber, testNumber } from '@/domain/numberRule'
import { DAY_MS } from '@/domain/zonedTime'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { NUMBER_RULE_IDS } from '../seed/numberRules'
import { DEMO_API_KEY } from '../seed/tenant'
import { defined } from '@/test/defined'

keepsContract()

beforeEach(() => {
  resetTenant({ now: () => TEST_NOW })
})

const listRules = () => call((init) => api().GET('/admin/v1/number-rules', init))
const getRule = (id: string) =>
  call((init) => api().GET('/admin/v1/number-rules/{id}', { params: { path: { id } }, ...init }))

async function seeded(id: string): Promise<NumberRule> {
  return getRule(id)
}

const NEW_RULE = {
  name: 'Australia and India',
  permittedCountries: ['AU', 'IN'],
  blockedPatterns: ['^\\+6119'],
}

describe('number rules: roles', () => {
  it('lets Administrators, Supervisors and Developers read and write', async () => {
    for (const username of ['admin', 'supervisor', 'developer']) {
      await signInAs(username)
      const created = await createNumberRule({ ...NEW_RULE, name: `Rule of ${username}` })
      expect(created).toMatchObject({ version: 1, updatedBy: username, assignedQueues: [] })
      const saved = await updateNumberRule(created.id, {
        ...NEW_RULE,
        name: `Rule of ${username}`,
        permittedCountries: ['AU'],
        version: 1,
      })
      expect(saved).toMatchObject({ version: 2, permittedCountries: ['AU'] })
      expect((await listRules()).map((r) => r.name)).toContain(`Rule of ${username}`)
      await deleteNumberRule(created.id, 2)
      expect((await listRules()).map((r) => r.name)).not.toContain(`Rule of ${username}`)
    }
  })

  it('answers 403 to a Monitor for every request, reads included', async () => {
    await signInAs('monitor')
    const id = NUMBER_RULE_IDS.ukAndIreland
    const attempts = [
      listRules(),
      getRule(id),
      createNumberRule(NEW_RULE),
      updateNumberRule(id, { ...NEW_RULE, version: 1 }),
      deleteNumberRule(id, 1),
      testNumberRule(id, '+442079460123'),
    ]
    for (const attempt of attempts) {
      const error = await failure(attempt)
      expect([error.httpStatus, error.code]).toEqual([403, 40301])
    }
    expect(currentSimulator().tenant().state.numberRules).toHaveLength(3)
  })

  it('shows a Sales supervisor only the Sales queues a rule is assigned to, and the full count', async () => {
    await signInAs('sales.supervisor')
    const rules = await listRules()
    const europe = defined(rules.find((r) => r.id === NUMBER_RULE_IDS.europe))
    expect(europe).toMatchObject({ assignedQueues: [], assignedCount: 2 })
    const northAmerica = defined(rules.find((r) => r.id === NUMBER_RULE_IDS.northAmerica))
    expect(northAmerica.assignedQueues).toEqual([
      'Sales West VQ_CB',
      'Sales Premium VQ_CB',
      'Sales Renewals VQ_CB',
    ])
  })
})

describe('number rules: lines of business on writes', () => {
  const bodyOf = ({ name, permittedCountries, blockedPatterns }: NumberRule) => ({
    name,
    permittedCountries,
    blockedPatterns,
  })
  const stored = (id: string) =>
    currentSimulator()
      .tenant()
      .state.numberRules.find((r) => r.id === id)

  it('refuses a Sales supervisor a change or a delete of a rule serving another line (403)', async () => {
    await signInAs('sales.supervisor')
    const europe = await getRule(NUMBER_RULE_IDS.europe)
    expect(europe).toMatchObject({ assignedQueues: [], assignedCount: 2 })
    const put = await failure(
      updateNumberRule(europe.id, { ...bodyOf(europe), permittedCountries: ['FR'], version: 1 }),
    )
    expect([put.httpStatus, put.code]).toEqual([403, 40301])
    expect(put.message).toMatch(/line of business you cannot read/)
    // Nothing of the other line's queues is named.
    expect(put.message).not.toMatch(/Service|Claims/)
    const del = await failure(deleteNumberRule(europe.id, 1))
    expect(del.httpStatus).toBe(403)
    expect(stored(europe.id)).toMatchObject({
      version: 1,
      permittedCountries: europe.permittedCountries,
    })
  })

  it('lets a Sales supervisor change a rule serving only Sales queues, and one of their own', async () => {
    await signInAs('sales.supervisor')
    const sales = await getRule(NUMBER_RULE_IDS.northAmerica)
    expect(sales.assignedCount).toBe(sales.assignedQueues.length)
    const saved = await updateNumberRule(sales.id, {
      ...bodyOf(sales),
      name: 'North America (Sales)',
      version: 1,
    })
    expect(saved.version).toBe(2)
    const own = await createNumberRule(NEW_RULE)
    expect((await updateNumberRule(own.id, { ...NEW_RULE, version: 1 })).version).toBe(2)
    await deleteNumberRule(own.id, 2)
  })

  it('lets an unrestricted supervisor change a rule whatever queues it serves', async () => {
    await signInAs('supervisor')
    const europe = await getRule(NUMBER_RULE_IDS.europe)
    const saved = await updateNumberRule(europe.id, {
      ...bodyOf(europe),
      name: 'Europe',
      version: 1,
    })
    expect(saved.version).toBe(2)
  })
})

describe('number rules: saving', () => {
  beforeEach(async () => {
    await signInAs('admin')
  })

  it('lists the seeded rules with their queues', async () => {
    const rules = await listRules()
    expect(rules.map((r) => [r.name, r.assignedQueues])).toEqual([
      ['North America only', ['Sales West VQ_CB', 'Sales Premium VQ_CB', 'Sales Renewals VQ_CB']],
      ['UK and Ireland', []],
      ['Europe — no premium', ['Service VQ_CB', 'Service EMEA VQ_CB']],
    ])
  })

  it('stores names and patterns trimmed, and refuses a name already taken (any case)', async () => {
    const created = await createNumberRule({
      ...NEW_RULE,
      name: '  Pacific  ',
      blockedPatterns: [' ^\\+6119 '],
    })
    expect(created).toMatchObject({ name: 'Pacific', blockedPatterns: ['^\\+6119'] })
    const taken = await failure(createNumberRule({ ...NEW_RULE, name: 'north america ONLY' }))
    expect([taken.httpStatus, taken.code]).toEqual([409, 40901])
    expect(taken.message).toBe(
      'A rule named "north america ONLY" already exists. Choose another name.',
    )
    const renamed = await failure(
      updateNumberRule(created.id, { ...NEW_RULE, name: 'UK and Ireland', version: 1 }),
    )
    expect([renamed.httpStatus, renamed.code]).toEqual([409, 40901])
  })

  it.each([
    {
      body: { ...NEW_RULE, name: ' ' },
      field: 'name',
      reason: 'a name is required',
    },
    {
      body: { ...NEW_RULE, name: 'x'.repeat(65) },
      field: 'name',
      reason: 'at most 64 characters',
    },
    {
      body: { ...NEW_RULE, permittedCountries: [] },
      field: 'permittedCountries',
      reason: 'permit at least one country',
    },
    {
      body: { ...NEW_RULE, permittedCountries: ['AU', 'ZZ'] },
      field: 'permittedCountries',
      reason: '"ZZ" is not a known ISO 3166-1 country code',
    },
    {
      body: { ...NEW_RULE, blockedPatterns: ['^\\+6119', '(abc'] },
      field: 'blockedPatterns.1',
      reason: 'not a valid regular expression (RE2 syntax): missing closing ): `(abc`',
    },
    {
      body: { ...NEW_RULE, blockedPatterns: ['(?=1)'] },
      field: 'blockedPatterns.0',
      reason:
        'not a valid regular expression (RE2 syntax): invalid or unsupported Perl syntax: `(?=`',
    },
    {
      body: { ...NEW_RULE, blockedPatterns: ['(\\d+)+$'.repeat(1500)] },
      field: 'blockedPatterns.0',
      reason: 'a pattern has at most 256 characters',
    },
    {
      body: { ...NEW_RULE, blockedPatterns: ['1|'] },
      field: 'blockedPatterns.0',
      reason: 'the pattern matches every number',
    },
  ])('refuses $field: $reason', async ({ body, field, reason }) => {
    const error = await failure(createNumberRule(body))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.message).toBe(`Invalid ${field}: ${reason}`)
    expect(error.detail).toEqual({ field, reason })
    expect(currentSimulator().tenant().state.numberRules).toHaveLength(3)
  })

  it('refuses a save from a stale version with the saved rule, then accepts one from it', async () => {
    const read = await seeded(NUMBER_RULE_IDS.ukAndIreland)
    const first = await updateNumberRule(read.id, {
      name: read.name,
      permittedCountries: ['GB'],
      blockedPatterns: read.blockedPatterns,
      version: read.version,
    })
    expect(first.version).toBe(2)
    await signInAs('supervisor')
    const stale = await failure(
      updateNumberRule(read.id, {
        name: read.name,
        permittedCountries: ['IE'],
        blockedPatterns: [],
        version: read.version,
      }),
    )
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])
    expect(stale.message).toMatch(
      /^"UK and Ireland" was changed by admin at .* after you opened it/,
    )
    expect((stale.detail as unknown as { current: NumberRule }).current).toEqual(first)
    const overwritten = await updateNumberRule(read.id, {
      name: read.name,
      permittedCountries: ['IE'],
      blockedPatterns: [],
      version: first.version,
    })
    expect(overwritten).toMatchObject({ version: 3, updatedBy: 'supervisor' })
  })

  it('refuses to delete a rule while a queue uses it, or from a stale version', async () => {
    const assigned = await seeded(NUMBER_RULE_IDS.northAmerica)
    const refused = await failure(deleteNumberRule(assigned.id, assigned.version))
    expect([refused.httpStatus, refused.code]).toEqual([409, 40901])
    expect(refused.message).toBe(
      '"North America only" is assigned to 3 queue(s). Assign another rule to those queues first.',
    )
    const free = await seeded(NUMBER_RULE_IDS.ukAndIreland)
    const stale = await failure(deleteNumberRule(free.id, free.version + 1))
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])
    await deleteNumberRule(free.id, free.version)
    const gone = await failure(getRule(free.id))
    expect([gone.httpStatus, gone.code]).toEqual([404, 40401])
  })

  it('tests a number against a saved rule: verdict and reason', async () => {
    const id = NUMBER_RULE_IDS.northAmerica
    expect(await testNumberRule(id, '+1 212 555 0123')).toEqual({
      verdict: 'PASS',
      e164: '+12125550123',
      country: 'US',
      message:
        '+12125550123 passes: callbacks to United States (US) are permitted and no blocked pattern matches.',
    })
    expect(await testNumberRule(id, '+1 900 555 0100')).toMatchObject({
      verdict: 'BLOCKED_PATTERN',
      pattern: '^\\+1900',
    })
    expect(await testNumberRule(id, '+44 1481 712345')).toMatchObject({
      verdict: 'COUNTRY_NOT_PERMITTED',
      country: 'GG',
      message: 'Callbacks to Guernsey (GG) are not permitted by this rule.',
    })
    expect(await testNumberRule(id, '+800 1234 5678')).toEqual({
      verdict: 'COUNTRY_NOT_PERMITTED',
      e164: '+80012345678',
      message:
        '+80012345678 belongs to no country (+800 is an international service), so it is not permitted.',
    })
    expect(await testNumberRule(id, 'call me')).toMatchObject({ verdict: 'INVALID_NUMBER' })
  })
})

describe('number rules: enforced before a callback is created', () => {
  beforeEach(async () => {
    await signInAs('admin')
  })

  const immediate = (serviceName: string, phoneNumber: string, key: string) =>
    createCallback({ type: 'IMMEDIATE', serviceName, phoneNumber }, key)

  const engagement = (serviceName: string, phoneNumber: string) =>
    call((init) =>
      api().POST('/engagement/v3/callbacks/create', {
        body: { serviceName, phoneNumber },
        headers: { 'x-api-key': DEMO_API_KEY },
        ...init,
      }),
    )

  it('refuses, in the UI and the public API, a number the queue rule rejects, with the reason', async () => {
    const before = currentSimulator().tenant().state.callbacks.length
    for (const attempt of [
      () => immediate('Sales West VQ_CB', '+44 20 7946 0123', 'number-rules-k-1'),
      () => engagement('Sales West VQ_CB', '+442079460123'),
    ]) {
      const error = await failure(attempt())
      expect([error.httpStatus, error.code]).toEqual([400, 40002])
      expect(error.message).toBe(
        'Sales West VQ_CB does not accept this number (number validation rule "North America only"): Callbacks to United Kingdom (GB) are not permitted by this rule.',
      )
      expect(error.detail).toEqual({
        field: 'phoneNumber',
        reason: 'Callbacks to United Kingdom (GB) are not permitted by this rule.',
      })
    }
    const blocked = await failure(engagement('Sales West VQ_CB', '+1 900 555 0100'))
    expect(blocked.detail?.reason).toBe('+19005550100 matches the blocked pattern ^\\+1900.')
    expect(currentSimulator().tenant().state.callbacks.length).toBe(before)

    // Numbers the rule permits go through; a queue without a rule takes any valid number.
    await immediate('Sales West VQ_CB', '+1 212 555 0123', 'number-rules-k-2')
    await engagement('Sales West VQ_CB', '+1 416 555 0123')
    await engagement('Sales VQ_CB', '+1 900 555 0100')
    expect(currentSimulator().tenant().state.callbacks.length).toBe(before + 3)
  })

  it('applies a saved change at once, and refuses to recreate a callback the rule now rejects', async () => {
    const tenant = currentSimulator().tenant()
    const completed = defined(
      tenant.state.callbacks.find(
        (c) =>
          c.serviceName === 'Sales West VQ_CB' &&
          c.state === 'COMPLETED' &&
          countryOfNumber(c.phoneNumber).resolved &&
          (countryOfNumber(c.phoneNumber) as { country: string }).country === 'US',
      ),
    )
    const rule = await seeded(NUMBER_RULE_IDS.northAmerica)
    await updateNumberRule(rule.id, {
      name: rule.name,
      permittedCountries: ['CA', 'GB'],
      blockedPatterns: rule.blockedPatterns,
      version: rule.version,
    })
    const refused = await failure(
      recreateCallback(completed.id, { type: 'IMMEDIATE' }, 'number-rules-k-3'),
    )
    expect([refused.httpStatus, refused.code]).toEqual([400, 40002])
    expect(refused.detail?.reason).toBe(
      'Callbacks to United States (US) are not permitted by this rule.',
    )
    // The number refused a moment ago is now permitted.
    await immediate('Sales West VQ_CB', '+44 20 7946 0123', 'number-rules-k-4')
  })

  it('still lets a supervisor move a booked callback to another time: the number was accepted when booked', async () => {
    const tenant = currentSimulator().tenant()
    const booked = defined(
      tenant.state.callbacks.find(
        (c) =>
          c.serviceName === 'Sales Premium VQ_CB' &&
          c.state === 'SCHEDULED' &&
          Date.parse(c.desiredTime) > TEST_NOW + DAY_MS,
      ),
    )
    const rule = await seeded(NUMBER_RULE_IDS.northAmerica)
    await updateNumberRule(rule.id, {
      name: rule.name,
      permittedCountries: ['GB'],
      blockedPatterns: [],
      version: rule.version,
    })
    const { slots } = await call((init) =>
      api().GET('/admin/v1/queues/{name}/availability', {
        params: {
          path: { name: 'Sales Premium VQ_CB' },
          query: {
            start: new Date(TEST_NOW + 2 * DAY_MS).toISOString(),
            end: new Date(TEST_NOW + 5 * DAY_MS).toISOString(),
            timezone: 'UTC',
          },
        },
        ...init,
      }),
    )
    const moved = await rescheduleCallback(booked.id, defined(slots[0]).utcTime)
    expect(tenant.get(moved.id)).toMatchObject({
      state: 'SCHEDULED',
      phoneNumber: booked.phoneNumber,
      desiredTime: defined(slots[0]).utcTime,
    })
  })

  it('left every seeded callback within its queue rule', () => {
    const tenant = currentSimulator().tenant()
    const rules = new Map(tenant.state.numberRules.map((r) => [r.id, r]))
    let checked = 0
    for (const record of tenant.state.callbacks) {
      const ruleId = tenant.queue(record.serviceName)?.numberRuleId
      if (!ruleId) continue
      checked++
      expect([
        record.phoneNumber,
        testNumber(defined(rules.get(ruleId)), record.phoneNumber).verdict,
      ]).toEqual([record.phoneNumber, 'PASS'])
    }
    expect(checked).toBeGreaterThan(100)
  })
})
