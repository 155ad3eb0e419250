import { beforeEach, describe, expect, it } from 'vitest'
import { defined } from '@/test/defined'
import { api, call } from '@/api/client'
import { saveGwsCredentials } from '@/api/credentials'
import type { components } from '@/api/schema.gen'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { agentsAt } from '../sim/queueFigures'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { DEMO_API_KEY } from '../seed/tenant'

keepsContract()

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

type StatisticsRequest = components['schemas']['StatisticsRequest']

const statistics = (body?: StatisticsRequest, cacheControl?: string) =>
  call((init) =>
    api().POST('/engagement/v3/statistics/operations/get-statistic-ex', {
      ...(body ? { body } : {}),
      params: { header: cacheControl ? { 'cache-control': cacheControl } : {} },
      headers: { 'x-api-key': DEMO_API_KEY },
      ...init,
    }),
  ).then((data) => data.statistics)

async function registerGws() {
  await signInAs('developer')
  await saveGwsCredentials({ username: 'stats.reader', password: 'secret', version: 0 })
}

describe('the Statistics API proxy', () => {
  it('refuses until GWS credentials are registered, and the refusal is recorded', async () => {
    const error = await failure(statistics())
    expect([error.httpStatus, error.code]).toEqual([401, 40111])
    expect(error.message).toMatch(
      /register them on Developer > Credential Management > GWS Credentials/,
    )
    expect(currentSimulator().tenant().state.errors[0]).toMatchObject({
      corrId: error.corrId,
      code: 40111,
    })
  })

  it('answers every queue’s figures, computed from the simulated queues, in the GWS shape', async () => {
    await registerGws()
    const answer = await statistics()
    const tenant = currentSimulator().tenant()
    expect(answer).toHaveLength(tenant.state.queues.length * 3)
    for (const queue of tenant.state.queues) {
      const of = (name: string) => answer.find((s) => s.objectId === queue.name && s.name === name)
      expect(of('CurrNumberWaitingCallbacks')).toEqual({
        name: 'CurrNumberWaitingCallbacks',
        objectId: queue.name,
        objectType: 'Queue',
        timestamp: TEST_NOW,
        value: { value: tenant.queuedCount(queue.name) },
      })
      expect(of('ExpectedWaitTime')?.value.value).toBe(tenant.queueWait(queue))
      expect(of('CurrNumberLoggedInAgents')?.value.value).toBe(agentsAt(queue, TEST_NOW))
    }
    // The demo tenant has callbacks waiting somewhere, so the figures are not all zero.
    expect(answer.some((s) => s.name === 'CurrNumberWaitingCallbacks' && s.value.value > 0)).toBe(
      true,
    )
  })

  it('answers the statistics asked for, and names what it cannot answer', async () => {
    await registerGws()
    const one = await statistics({
      statistics: [{ objectId: 'Service 24x7 VQ_CB', name: 'CurrNumberLoggedInAgents' }],
    })
    expect(one.map((s) => [s.objectId, s.name])).toEqual([
      ['Service 24x7 VQ_CB', 'CurrNumberLoggedInAgents'],
    ])
    const unknown = await failure(
      statistics({ statistics: [{ objectId: 'Nowhere VQ', name: 'ExpectedWaitTime' }] }),
    )
    expect([unknown.httpStatus, unknown.detail?.field]).toEqual([400, 'statistics.objectId'])
    const badName = await failure(
      statistics({
        statistics: [{ objectId: 'Service 24x7 VQ_CB', name: 'Bogus' as 'ExpectedWaitTime' }],
      }),
    )
    expect([badName.httpStatus, badName.detail?.field]).toEqual([400, 'statistics.0.name'])
  })

  it('serves a cached answer within max-age (at least 15 s), and reads again after', async () => {
    await registerGws()
    const first = await statistics(undefined, 'max-age=60')
    expect(defined(first[0]).timestamp).toBe(TEST_NOW)
    clock += 30_000
    expect(defined((await statistics(undefined, 'max-age=60'))[0]).timestamp).toBe(TEST_NOW)
    expect(defined((await statistics())[0]).timestamp).toBe(clock)
    clock += 10_000
    // max-age=5 counts as 15: the answer read 10 s ago is still good.
    expect(defined((await statistics(undefined, 'max-age=5'))[0]).timestamp).toBe(clock - 10_000)
    clock += 20_000
    expect(defined((await statistics(undefined, 'max-age=5'))[0]).timestamp).toBe(clock)
  })
})
