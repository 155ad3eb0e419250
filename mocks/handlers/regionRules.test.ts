import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { createCallback } from '@/api/callbacks'
import {
  createRegionRule,
  deleteRegionRule,
  setRegionHealth,
  updateRegionRule,
  type RegionRule,
} from '@/api/regionRules'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { defined } from '@/test/defined'

keepsContract()

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

const listRules = () => call((init) => api().GET('/admin/v1/region-rules', init))
const listRegions = () => call((init) => api().GET('/admin/v1/regions', init))
const getRule = (id: string) =>
  call((init) => api().GET('/admin/v1/region-rules/{id}', { params: { path: { id } }, ...init }))
const byName = async (name: string) => defined((await listRules()).find((r) => r.name === name))

const WEST = 'region-west-coast-first'
const EU = 'region-eu-data-residency'
const UNASSIGNED = 'region-north-america-resilient'

describe('reading rules and regions', () => {
  it('lists the seeded rules with the queues using them and the regional nodes', async () => {
    await signInAs('admin')
    const rules = await listRules()
    expect(rules.map((r) => r.name)).toEqual([
      'West Coast first',
      'EU data residency',
      'North America, any node',
    ])
    expect(await byName('West Coast first')).toMatchObject({
      id: WEST,
      preferred: ['us-west-2'],
      fallback: ['us-west-1'],
      version: 1,
      assignedQueues: ['Sales West VQ_CB', 'Sales Renewals VQ_CB'],
      assignedCount: 2,
    })
    expect((await byName('North America, any node')).assignedQueues).toEqual([])
    const regions = await listRegions()
    expect(regions.map((r) => `${r.id} ${r.name}`)).toContain('us-west-1 N. California')
    expect(regions.length).toBeGreaterThanOrEqual(6)
    expect(regions.every((r) => r.healthy)).toBe(true)
  })

  it('lets every Tools role read; a restricted user sees only its own queues among the assignments', async () => {
    for (const username of ['supervisor', 'developer']) {
      await signInAs(username)
      expect(await listRules()).toHaveLength(3)
      expect((await getRule(WEST)).name).toBe('West Coast first')
      expect((await listRegions()).length).toBeGreaterThan(0)
    }
    await signInAs('sales.supervisor')
    const eu = defined((await listRules()).find((r) => r.id === EU))
    expect(eu.assignedQueues).toEqual([])
    expect(eu.assignedCount).toBe(2)
  })

  it('refuses the Monitor, who has no Tools tab', async () => {
    await signInAs('monitor')
    for (const attempt of [listRules(), listRegions(), getRule(WEST)]) {
      expect((await failure(attempt)).httpStatus).toBe(403)
    }
  })

  it('answers 404 for a rule that does not exist', async () => {
    await signInAs('admin')
    const error = await failure(getRule('nope'))
    expect([error.httpStatus, error.code]).toEqual([404, 40401])
  })
})

describe('writing rules: Administrator only', () => {
  it('refuses every write and health change to the other roles, and changes nothing', async () => {
    for (const username of ['supervisor', 'developer', 'monitor', 'sales.supervisor']) {
      await signInAs(username)
      const attempts = [
        createRegionRule({ name: `By ${username}`, preferred: ['us-east-1'], fallback: [] }),
        updateRegionRule(
          UNASSIGNED,
          { name: 'Renamed', preferred: ['us-east-1'], fallback: [] },
          1,
        ),
        deleteRegionRule(UNASSIGNED, 1),
        setRegionHealth('us-west-2', false),
      ]
      for (const attempt of attempts) {
        const error = await failure(attempt)
        expect([error.httpStatus, error.code]).toEqual([403, 40301])
      }
    }
    const state = currentSimulator().tenant().state
    expect(state.regionRules.map((r) => [r.name, r.version])).toEqual([
      ['West Coast first', 1],
      ['EU data residency', 1],
      ['North America, any node', 1],
    ])
    expect(state.regions.every((r) => r.healthy)).toBe(true)
  })
})

describe('creating, saving and deleting a rule', () => {
  it('creates a rule with version 1 and who made it', async () => {
    await signInAs('admin')
    clock += 60_000
    const rule = await createRegionRule({
      name: '  Pacific  ',
      preferred: ['ap-southeast-2', 'ap-northeast-1'],
      fallback: ['us-west-2'],
    })
    expect(rule).toMatchObject({
      name: 'Pacific',
      preferred: ['ap-southeast-2', 'ap-northeast-1'],
      fallback: ['us-west-2'],
      version: 1,
      updatedBy: 'admin',
      updatedAt: new Date(clock).toISOString(),
      assignedQueues: [],
      assignedCount: 0,
    })
    expect((await getRule(rule.id)).name).toBe('Pacific')
  })

  it.each([
    [{ name: 'No preferred', preferred: [], fallback: ['us-west-2'] }, /Preferred region required/],
    [{ name: '', preferred: ['us-west-2'], fallback: [] }, /name/],
    [{ name: 'x'.repeat(65), preferred: ['us-west-2'], fallback: [] }, /64/],
    [
      { name: 'Twice', preferred: ['us-west-2'], fallback: ['us-west-2'] },
      /us-west-2.*more than once/,
    ],
    [{ name: 'Mars', preferred: ['mars-1'], fallback: [] }, /no region "mars-1"/],
    [{ name: 'Script', preferred: ['<script>alert(1)</script>'], fallback: [] }, /no region/],
  ])('refuses %j with a 400 naming the problem', async (body, message) => {
    await signInAs('admin')
    const error = await failure(createRegionRule(body))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.message).toMatch(message)
    expect(currentSimulator().tenant().state.regionRules).toHaveLength(3)
  })

  it('refuses a malformed body', async () => {
    await signInAs('admin')
    const error = await failure(
      call((init) =>
        api().POST('/admin/v1/region-rules', {
          body: { name: 'Bad', preferred: 'us-west-2', fallback: [] } as never,
          ...init,
        }),
      ),
    )
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
  })

  it('refuses a name already taken, whatever its case', async () => {
    await signInAs('admin')
    const error = await failure(
      createRegionRule({ name: 'west coast FIRST', preferred: ['us-east-1'], fallback: [] }),
    )
    expect([error.httpStatus, error.code]).toEqual([409, 40901])
    const rename = await failure(
      updateRegionRule(
        UNASSIGNED,
        { name: 'EU Data Residency', preferred: ['us-east-1'], fallback: [] },
        1,
      ),
    )
    expect([rename.httpStatus, rename.code]).toEqual([409, 40901])
  })

  it('saves over the version read, and answers a stale save with the saved rule', async () => {
    await signInAs('admin')
    clock += 1000
    const saved = await updateRegionRule(
      WEST,
      { name: 'West Coast first', preferred: ['us-west-1', 'us-west-2'], fallback: ['us-east-1'] },
      1,
    )
    expect(saved).toMatchObject({
      version: 2,
      preferred: ['us-west-1', 'us-west-2'],
      updatedBy: 'admin',
    })
    expect(saved.assignedQueues).toEqual(['Sales West VQ_CB', 'Sales Renewals VQ_CB'])

    const stale = await failure(
      updateRegionRule(
        WEST,
        { name: 'West Coast first', preferred: ['us-west-2'], fallback: [] },
        1,
      ),
    )
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])
    expect((stale.detail as unknown as { current: RegionRule }).current).toEqual(saved)
    expect((await getRule(WEST)).preferred).toEqual(['us-west-1', 'us-west-2'])
  })

  it('refuses to delete a rule still assigned, or with a stale version; deletes otherwise', async () => {
    await signInAs('admin')
    const assigned = await failure(deleteRegionRule(WEST, 1))
    expect([assigned.httpStatus, assigned.code]).toEqual([409, 40901])
    expect(assigned.message).toMatch(/assigned to 2 queue/)

    const stale = await failure(deleteRegionRule(UNASSIGNED, 7))
    expect([stale.httpStatus, stale.code]).toEqual([409, 40903])

    await deleteRegionRule(UNASSIGNED, 1)
    expect((await failure(getRule(UNASSIGNED))).httpStatus).toBe(404)
    expect((await failure(deleteRegionRule(UNASSIGNED, 1))).httpStatus).toBe(404)
  })
})

describe('region health', () => {
  it('marks a node down and up again; an unknown node is 404', async () => {
    await signInAs('admin')
    expect(await setRegionHealth('us-west-2', false)).toMatchObject({
      id: 'us-west-2',
      healthy: false,
    })
    expect(defined((await listRegions()).find((r) => r.id === 'us-west-2')).healthy).toBe(false)
    expect((await setRegionHealth('us-west-2', true)).healthy).toBe(true)
    expect((await failure(setRegionHealth('mars-1', false))).httpStatus).toBe(404)
    const bad = await failure(
      call((init) =>
        api().PUT('/admin/v1/regions/{id}/health', {
          params: { path: { id: 'us-west-2' } },
          body: { healthy: 'no' } as never,
          ...init,
        }),
      ),
    )
    expect([bad.httpStatus, bad.code]).toEqual([400, 40001])
  })
})

describe('routing a callback through the region rule', () => {
  /** An immediate callback in a queue open around the clock, run until it leaves the queue. */
  async function routedCallback(queueName: string, key: string) {
    const queue = defined(currentSimulator().tenant().queue(queueName))
    // No customer gives up while waiting: every callback of these tests reaches routing.
    queue.model.abandonRate = 0
    const { id } = await createCallback(
      { type: 'IMMEDIATE', serviceName: queueName, phoneNumber: '+442079460123' },
      key,
    )
    for (let step = 0; step < 240; step++) {
      const record = defined(currentSimulator().tenant().get(id))
      if (record.state !== 'QUEUED') return record
      clock += 30_000
    }
    return defined(currentSimulator().tenant().get(id))
  }

  async function assignWest(queueName: string) {
    await call((init) =>
      api().PUT('/admin/v1/queues/{name}/rules', {
        params: { path: { name: queueName } },
        body: { regionRuleId: WEST },
        ...init,
      }),
    )
  }

  it('records the serving region in the seeded history too', () => {
    const served = (queue: string) =>
      new Set(
        currentSimulator()
          .tenant()
          .state.callbacks.filter((c) => c.serviceName === queue && c.metrics.servedRegion)
          .map((c) => c.metrics.servedRegion),
      )
    expect(served('Sales West VQ_CB')).toEqual(new Set(['Oregon (us-west-2)']))
    expect(served('Service EMEA VQ_CB')).toEqual(new Set(['Ireland (eu-west-1)']))
    expect(served('Claims VQ_CB')).toEqual(new Set(['Sydney (ap-southeast-2)']))
  })

  it('serves by the first preferred region while it is up', async () => {
    await signInAs('admin')
    await assignWest('Service 24x7 VQ_CB')
    const record = await routedCallback('Service 24x7 VQ_CB', 'region-key-0001')
    expect(record.state).not.toBe('QUEUED')
    expect(record.metrics.servedRegion).toBe('Oregon (us-west-2)')
    expect(record.metrics.regionDecision).toBe(
      'Served by preferred Oregon (us-west-2), first in the region affinity order.',
    )
  })

  it('falls back when the preferred region is down, and the detail API shows it', async () => {
    await signInAs('admin')
    await assignWest('Service 24x7 VQ_CB')
    await setRegionHealth('us-west-2', false)
    const record = await routedCallback('Service 24x7 VQ_CB', 'region-key-0002')
    expect(record.state).not.toBe('QUEUED')
    const detail = await call((init) =>
      api().GET('/admin/v1/callbacks/{id}', { params: { path: { id: record.id } }, ...init }),
    )
    expect(detail.metrics.servedRegion).toBe('N. California (us-west-1)')
    expect(detail.metrics.regionDecision).toBe(
      'Preferred Oregon (us-west-2) was down; served by fallback N. California (us-west-1).',
    )
  })

  it('keeps the callback queued while every region of the rule is down, and routes it once one is back', async () => {
    await signInAs('admin')
    await assignWest('Service 24x7 VQ_CB')
    await setRegionHealth('us-west-2', false)
    await setRegionHealth('us-west-1', false)
    defined(currentSimulator().tenant().queue('Service 24x7 VQ_CB')).model.abandonRate = 0
    const { id } = await createCallback(
      { type: 'IMMEDIATE', serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460124' },
      'region-key-0003',
    )
    clock += 20 * 60_000
    const waiting = defined(currentSimulator().tenant().get(id))
    expect(waiting.state).toBe('QUEUED')
    expect(waiting.metrics.servedRegion).toBeUndefined()
    expect(waiting.metrics.regionDecision).toMatch(/^No region available: preferred Oregon/)

    await setRegionHealth('us-west-1', true)
    // Callbacks queued ahead of this one are served first; how many depends on the random IDs.
    let routed = defined(currentSimulator().tenant().get(id))
    for (let minute = 0; routed.state === 'QUEUED' && minute < 120; minute++) {
      clock += 60_000
      routed = defined(currentSimulator().tenant().get(id))
    }
    expect(routed.state).not.toBe('QUEUED')
    expect(routed.metrics.servedRegion).toBe('N. California (us-west-1)')
  })

  it('serves a queue without a rule from its default node, or the next healthy one', async () => {
    await signInAs('admin')
    const first = await routedCallback('Service 24x7 VQ_CB', 'region-key-0004')
    expect(first.metrics.servedRegion).toBe('Ireland (eu-west-1)')
    expect(first.metrics.regionDecision).toMatch(
      /No region affinity rule; served by the queue's default node Ireland/,
    )
    await setRegionHealth('eu-west-1', false)
    const second = await routedCallback('Service 24x7 VQ_CB', 'region-key-0005')
    expect(second.metrics.servedRegion).toBe('Virginia (us-east-1)')
  })
})
