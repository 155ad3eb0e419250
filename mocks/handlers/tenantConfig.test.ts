import { beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { ApiError } from '@/api/errors'
import { refetchTenantConfig } from '@/api/tenantConfig'
import '../testing/setup'
import { keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'

keepsContract()

let clock = TEST_NOW
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

const read = () => call((init) => api().GET('/admin/v1/tenant-config', init))

describe('tenant configuration', () => {
  it('says when it was last fetched, and a refetch moves that to now', async () => {
    await signInAs('admin')
    expect(await read()).toEqual({
      lastFetchedAt: new Date(TEST_NOW).toISOString(),
      refreshIntervalSeconds: 1800,
    })
    clock += 17 * 60_000
    expect((await read()).lastFetchedAt).toBe(new Date(TEST_NOW).toISOString())
    const refetched = await refetchTenantConfig()
    expect(refetched.lastFetchedAt).toBe(new Date(clock).toISOString())
    expect(currentSimulator().tenant().state.tenantConfigFetchedAt).toBe(clock)
    expect((await read()).lastFetchedAt).toBe(refetched.lastFetchedAt)
  })

  it.each(['supervisor', 'developer', 'sales.supervisor'])('lets a %s refetch', async (user) => {
    await signInAs(user)
    clock += 60_000
    expect((await refetchTenantConfig()).lastFetchedAt).toBe(new Date(clock).toISOString())
  })

  it('refuses a monitor both reads and refetches with 403', async () => {
    await signInAs('monitor')
    clock += 60_000
    for (const attempt of [read(), refetchTenantConfig()]) {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(ApiError)
      expect([(error as ApiError).httpStatus, (error as ApiError).code]).toEqual([403, 40301])
    }
    expect(currentSimulator().tenant().state.tenantConfigFetchedAt).toBe(TEST_NOW)
  })
})
