import { describe, expect, it } from 'vitest'
import type { CallInGroup } from '../store/types'
import { seedTenant } from '../seed/seedTenant'
import { Tenant } from './tenant'
import { defined } from '@/test/defined'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')

function group(over: Partial<CallInGroup> = {}): CallInGroup {
  return {
    name: 'Test group',
    dnis: [{ number: '+18005550900' }, { number: '+18005550901' }, { number: '18005550902' }],
    generateAccessCode: true,
    accessCodeLength: 6,
    expirySeconds: 30,
    uniqueDnis: true,
    version: 1,
    updatedAt: new Date(NOW).toISOString(),
    updatedBy: 'admin',
    ...over,
  }
}

/** A small tenant whose clock the test moves; its own requests only (the seed's are elsewhere). */
function tenantAt(now = NOW, callers = false): { tenant: Tenant; clock: { now: number } } {
  const tenant = seedTenant({ now, size: 20 })
  tenant.state.simulatedCallers = callers
  return { tenant, clock: { now } }
}

function advance(tenant: Tenant, clock: { now: number }, ms: number) {
  clock.now += ms
  tenant.advanceTo(clock.now)
}

describe('the call-in desk', () => {
  it('hands out each number of a unique pool once until its request ends', () => {
    const { tenant, clock } = tenantAt()
    const g = group()
    const first = [0, 1, 2].map(() => defined(tenant.callIns.create(g, {}, clock.now)))
    expect(new Set(first.map((r) => r.dnis)).size).toBe(3)
    expect(tenant.callIns.create(g, {}, clock.now)).toBeNull()
    expect(tenant.callIns.nextFreeAt(g)).toBe(NOW + 30_000)
    // A completed request frees its number at once.
    const done = tenant.callIns.call(
      { dnis: defined(first[1]).dnis, accessCode: defined(first[1]).accessCode },
      clock.now + 1000,
    )
    expect(done.match?.id).toBe(defined(first[1]).id)
    expect(tenant.callIns.create(g, {}, clock.now)?.dnis).toBe(defined(first[1]).dnis)
    // The others free theirs when they expire.
    advance(tenant, clock, 30_000)
    expect(defined(first[0]).state).toBe('EXPIRED')
    expect(tenant.callIns.inUse(defined(first[0]).dnis)).toBe(false)
    expect(tenant.callIns.create(g, {}, clock.now)).not.toBeNull()
  })

  it('hands out any number of a non-unique pool, however many requests wait', () => {
    const { tenant, clock } = tenantAt()
    const g = group({ uniqueDnis: false, dnis: [{ number: '+18005550900' }] })
    for (let i = 0; i < 20; i++)
      expect(tenant.callIns.create(g, {}, clock.now)?.dnis).toBe('+18005550900')
  })

  it('gives codes of the group length only when the group generates them', () => {
    const { tenant, clock } = tenantAt()
    expect(
      tenant.callIns.create(group({ accessCodeLength: 9 }), {}, clock.now)?.accessCode,
    ).toMatch(/^[1-9]\d{8}$/)
    expect(
      tenant.callIns.create(group({ generateAccessCode: false }), {}, clock.now)?.accessCode,
    ).toBeUndefined()
  })

  it('completes a request on a matching call, recording the caller, and expires the rest on time', () => {
    const { tenant, clock } = tenantAt()
    const g = group({ uniqueDnis: false })
    const named = defined(tenant.callIns.create(g, { fromPhoneNumber: '+14155550100' }, clock.now))
    const anonymous = defined(tenant.callIns.create(g, {}, clock.now))
    advance(tenant, clock, 10_000)
    const wrong = tenant.callIns.call(
      { dnis: named.dnis, ani: '+14155550100', accessCode: '000000' },
      clock.now,
    )
    expect(wrong.outcome).toBe('WRONG_ACCESS_CODE')
    const right = tenant.callIns.call(
      { dnis: anonymous.dnis, ani: '+33142685300', accessCode: anonymous.accessCode },
      clock.now,
    )
    expect(right.outcome).toBe('COMPLETED')
    expect(anonymous).toMatchObject({
      state: 'COMPLETED',
      ani: '+33142685300',
      completedAt: new Date(clock.now).toISOString(),
    })
    advance(tenant, clock, 19_999)
    expect(named.state).toBe('CREATED')
    advance(tenant, clock, 1)
    expect(named.state).toBe('EXPIRED')
    expect(named.ani).toBe('+14155550100')
    expect(named.next).toBeUndefined()
  })

  it('reports every change to the store', () => {
    const { tenant, clock } = tenantAt()
    tenant.changes.take()
    const record = defined(tenant.callIns.create(group(), {}, clock.now))
    expect(tenant.changes.take().get('callIns')?.get(record.id)).toBe(record)
    advance(tenant, clock, 30_000)
    expect(tenant.changes.take().get('callIns')?.get(record.id)).toBe(record)
  })
})

describe('the simulated consumers', () => {
  /** 600 requests in a non-unique group, then time enough for all of them to end. */
  function traffic(seedNow: number) {
    const { tenant, clock } = tenantAt(seedNow, true)
    const g = group({ uniqueDnis: false, dnis: [{ number: '+18005550900' }] })
    let n = 0
    tenant.newId = () => `request-${String(n++).padStart(4, '0')}`
    const records = Array.from({ length: 600 }, (_, i) => {
      advance(tenant, clock, 7_000)
      return defined(
        tenant.callIns.create(g, i % 3 ? { fromPhoneNumber: '+14155550100' } : {}, clock.now),
      )
    })
    advance(tenant, clock, 60_000)
    return records
  }

  it('complete most requests before expiry and let the others expire', () => {
    const records = traffic(NOW)
    const completed = records.filter((r) => r.state === 'COMPLETED')
    const expired = records.filter((r) => r.state === 'EXPIRED')
    expect(completed.length + expired.length).toBe(records.length)
    // 80% call; of those, some mistype or call from another phone and do not retry in time.
    expect(completed.length / records.length).toBeGreaterThan(0.65)
    expect(completed.length / records.length).toBeLessThan(0.85)
    for (const r of completed) {
      expect(Date.parse(defined(r.completedAt))).toBeLessThan(Date.parse(r.expiresAt))
      expect(Date.parse(defined(r.completedAt))).toBeGreaterThanOrEqual(
        Date.parse(r.createdAt) + 3000,
      )
    }
  })

  it('play the same calls from the same requests and clock', () => {
    const once = traffic(NOW).map((r) => [r.id, r.state, r.completedAt, r.ani])
    const again = traffic(NOW).map((r) => [r.id, r.state, r.completedAt, r.ani])
    expect(again).toEqual(once)
  })

  it('carry on after a restart with the plans the tenant saved', () => {
    const { tenant, clock } = tenantAt(NOW, true)
    const g = group({ uniqueDnis: false })
    const records = Array.from({ length: 40 }, () =>
      defined(tenant.callIns.create(g, {}, clock.now)),
    )
    const restarted = new Tenant(
      JSON.parse(JSON.stringify(tenant.state)) as Tenant['state'],
      clock.now,
    )
    advance(tenant, clock, 60_000)
    restarted.advanceTo(clock.now)
    expect(records.map((r) => restarted.callIns.get(r.id))).toEqual(
      JSON.parse(JSON.stringify(records)),
    )
  })

  it('stay away from requests made while they are switched off', () => {
    const { tenant, clock } = tenantAt(NOW, false)
    const records = Array.from({ length: 50 }, () =>
      defined(tenant.callIns.create(group({ uniqueDnis: false }), {}, clock.now)),
    )
    advance(tenant, clock, 29_999)
    expect(records.every((r) => r.state === 'CREATED')).toBe(true)
    advance(tenant, clock, 1)
    expect(records.every((r) => r.state === 'EXPIRED')).toBe(true)
  })
})
