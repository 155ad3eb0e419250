import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CALL_IN_STATES } from './callIn'
import {
  CALL_IN_SORT_FIELDS,
  callInComparator,
  callInMatcher,
  resolveCallInRange,
  type CallInRange,
  type ListedCallIn,
} from './callInQuery'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const iso = (t: number) => new Date(t).toISOString()

function record(over: Partial<ListedCallIn> & { id: string }): ListedCallIn {
  return {
    state: 'CREATED',
    createdAt: iso(NOW),
    expiresAt: iso(NOW + 30_000),
    groupName: 'auto_insurance',
    dnis: '+18005555554',
    ...over,
  }
}

const RECORDS = [
  record({ id: 'a1', state: 'COMPLETED', ani: '+14155550100', createdAt: iso(NOW - 60_000) }),
  record({ id: 'b2', state: 'EXPIRED', groupName: 'Claims', dnis: '18005550001' }),
  record({ id: 'c3', createdAt: iso(NOW - 3_600_000), ani: '+33142685300' }),
  record({ id: 'd4', state: 'COMPLETED', groupName: 'nonUniqueGroup1', createdAt: iso(NOW - 1) }),
]

const ids = (filter: Parameters<typeof callInMatcher>[0]) =>
  RECORDS.filter(callInMatcher(filter)).map((r) => r.id)

describe('finding call-in records', () => {
  it.each([
    [{ searchField: 'state', searchTerm: 'Completed' }, ['a1', 'd4']],
    [{ searchField: 'state', searchTerm: 'EXPIRED' }, ['b2']],
    [{ searchField: 'callInId', searchTerm: 'C3' }, ['c3']],
    [{ searchField: 'groupName', searchTerm: 'claims' }, ['b2']],
    [{ searchField: 'ani', searchTerm: '415 555' }, ['a1']],
    [{ searchField: 'ani', searchTerm: '+' }, []],
    [{ searchField: 'dnis', searchTerm: '+1 800 555 0001' }, ['b2']],
    [{ searchField: 'dnis', searchTerm: '   ' }, ['a1', 'b2', 'c3', 'd4']],
  ] as const)('%o → %o', (filter, expected) => {
    expect(ids(filter)).toEqual(expected)
  })

  it('keeps the creation times in [from, to)', () => {
    expect(ids({ from: NOW - 60_000, to: NOW })).toEqual(['a1', 'd4'])
    expect(ids({ from: NOW })).toEqual(['b2'])
    expect(ids({ to: NOW - 60_000 })).toEqual(['c3'])
  })

  it('never freezes on a hostile term', () => {
    const term = `${'(a+)+'.repeat(5000)}\u0000<script>`
    for (const field of ['state', 'callInId', 'ani', 'dnis', 'groupName'] as const)
      expect(ids({ searchField: field, searchTerm: term })).toEqual([])
  })
})

describe('sorting call-in records', () => {
  it('orders by each column, then creation time and ID, and reverses exactly', () => {
    const arbitrary = fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        state: fc.constantFrom(...CALL_IN_STATES),
        createdAt: fc.integer({ min: 0, max: 100 }).map((n) => iso(NOW + n * 1000)),
        expiresAt: fc.integer({ min: 0, max: 100 }).map((n) => iso(NOW + n * 1000)),
        ani: fc.option(fc.constantFrom('+1415', '+3314'), { nil: undefined }),
        groupName: fc.constantFrom('A', 'b', 'C'),
        dnis: fc.constantFrom('+1800', '1800', '+1900'),
      }),
      { maxLength: 30 },
    )
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...CALL_IN_SORT_FIELDS), (records, field) => {
        const unique = [...new Map(records.map((r) => [r.id, r])).values()]
        const asc = [...unique].sort(callInComparator(field, 'asc'))
        const desc = [...unique].sort(callInComparator(field, 'desc'))
        expect(desc).toEqual([...asc].reverse())
      }),
    )
  })

  it('puts states in their life order', () => {
    const sorted = [...RECORDS].sort(callInComparator('state', 'asc')).map((r) => r.state)
    expect(sorted).toEqual(['CREATED', 'COMPLETED', 'COMPLETED', 'EXPIRED'])
  })
})

describe('time ranges', () => {
  it('resolve recent windows from now, days in the viewer zone, all as unbounded', () => {
    const window = (range: CallInRange, zone = 'UTC') => resolveCallInRange(range, NOW, zone)
    expect(window('last15Minutes')).toEqual({ from: NOW - 15 * 60_000 })
    expect(window('lastHour')).toEqual({ from: NOW - 3_600_000 })
    expect(window('last24Hours')).toEqual({ from: NOW - 86_400_000 })
    expect(window('today')).toEqual({
      from: Date.parse('2026-11-18T00:00:00Z'),
      to: Date.parse('2026-11-19T00:00:00Z'),
    })
    expect(window('yesterday', 'America/New_York')).toEqual({
      from: Date.parse('2026-11-17T05:00:00Z'),
      to: Date.parse('2026-11-18T05:00:00Z'),
    })
    expect(window('last7Days')).toEqual({ from: Date.parse('2026-11-11T00:00:00Z') })
    expect(window('all')).toEqual({})
  })
})
