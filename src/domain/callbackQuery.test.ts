import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CALLBACK_STATES,
  COMPLETION_REASONS,
  type CallbackState,
  type CompletionReason,
} from './callback'
import {
  callbackComparator,
  callbackMatcher,
  compareInstants,
  desiredTimeText,
  MAX_SEARCH_TERM,
  PAGE_SIZE,
  pageCount,
  SORT_FIELDS,
  type CallbackFilter,
  type ListedCallback,
  type SortField,
  type SortOrder,
} from './callbackQuery'

const at = (iso: string) => Date.parse(iso)

function callback(over: Partial<ListedCallback> & { id: string }): ListedCallback {
  return {
    state: 'SCHEDULED',
    desiredTime: '2026-11-21T14:30:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    phoneNumber: '+15065550100',
    serviceName: 'Billing',
    origin: 'SCHEDULED',
    ...over,
  }
}

const RECORDS: ListedCallback[] = [
  callback({
    id: 'cb-001',
    state: 'SCHEDULED',
    desiredTime: '2026-11-21T14:30:05.000Z',
    serviceName: 'Billing',
  }),
  callback({
    id: 'cb-002',
    state: 'QUEUED',
    phoneNumber: '+442079460958',
    serviceName: 'Sales UK',
  }),
  callback({
    id: 'cb-003',
    state: 'ROUTING',
    phoneNumber: '+33142685300',
    serviceName: 'Support FR',
  }),
  callback({ id: 'cb-004', state: 'PROCESSING', serviceName: 'Billing' }),
  callback({ id: 'cb-005', state: 'COMPLETED', reason: 'AGENT', serviceName: 'Billing' }),
  callback({ id: 'cb-006', state: 'COMPLETED', reason: 'CANCELLED', serviceName: 'Sales UK' }),
  callback({
    id: 'cb-007',
    state: 'COMPLETED',
    reason: 'CANCELLED_BY_ADMIN',
    serviceName: 'Support FR',
  }),
  callback({
    id: 'CB-XYZ',
    state: 'COMPLETED',
    reason: 'REDIAL_LIMIT_REACHED',
    phoneNumber: '+16502530000',
  }),
]

const DAY = {
  from: at('2026-11-21T00:00:00Z'),
  to: at('2026-11-22T00:00:00Z'),
  timeZone: 'UTC',
} satisfies CallbackFilter

const ids = (filter: CallbackFilter, records = RECORDS) =>
  records.filter(callbackMatcher(filter)).map((r) => r.id)

describe('callbackMatcher: time range', () => {
  const edge = (desiredTime: string) => callback({ id: desiredTime, desiredTime })

  it('is half open: [from, to)', () => {
    const records = [
      edge('2026-11-20T23:59:59.999Z'),
      edge('2026-11-21T00:00:00.000Z'),
      edge('2026-11-21T23:59:59.999Z'),
      edge('2026-11-22T00:00:00.000Z'),
    ]
    expect(ids(DAY, records)).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-21T23:59:59.999Z'])
  })

  it('compares instants, not text, for desired times written with an offset or without milliseconds', () => {
    const records = [
      edge('2026-11-20T19:00:00-05:00'), // 2026-11-21T00:00Z: in
      edge('2026-11-21T18:59:59-05:00'), // 23:59:59Z: in
      edge('2026-11-21T19:00:00-05:00'), // 2026-11-22T00:00Z: out
      edge('2026-11-21T12:00:00Z'), // in
      edge('2026-11-22T05:30:00+05:30'), // 2026-11-22T00:00Z: out
    ]
    expect(ids(DAY, records)).toEqual([
      '2026-11-20T19:00:00-05:00',
      '2026-11-21T18:59:59-05:00',
      '2026-11-21T12:00:00Z',
    ])
  })

  it('an empty range matches nothing', () => {
    expect(ids({ ...DAY, to: DAY.from })).toEqual([])
  })
})

describe('callbackMatcher: states and services', () => {
  it('filters by state', () => {
    expect(ids({ ...DAY, states: ['QUEUED', 'ROUTING'] })).toEqual(['cb-002', 'cb-003'])
    expect(ids({ ...DAY, states: ['COMPLETED'] })).toEqual(['cb-005', 'cb-006', 'cb-007', 'CB-XYZ'])
  })

  it('no states, or an empty list, means all states', () => {
    expect(ids({ ...DAY, states: [] })).toHaveLength(RECORDS.length)
    expect(ids({ ...DAY, states: undefined })).toHaveLength(RECORDS.length)
  })

  it('filters by exact service name', () => {
    expect(ids({ ...DAY, services: ['Sales UK'] })).toEqual(['cb-002', 'cb-006'])
    expect(ids({ ...DAY, services: ['sales uk'] })).toEqual([])
    expect(ids({ ...DAY, services: [] })).toHaveLength(RECORDS.length)
  })

  it('combines state, service and range', () => {
    expect(ids({ ...DAY, states: ['COMPLETED'], services: ['Billing', 'Support FR'] })).toEqual([
      'cb-005',
      'cb-007',
      'CB-XYZ',
    ])
    expect(ids({ ...DAY, from: DAY.to, to: DAY.to + 86_400_000, states: ['COMPLETED'] })).toEqual(
      [],
    )
  })
})

describe('callbackMatcher: search', () => {
  const search = (
    searchField: CallbackFilter['searchField'],
    searchTerm: string,
    timeZone = 'UTC',
  ) => ids({ ...DAY, searchField, searchTerm, timeZone })

  it('state: case-insensitive substring', () => {
    expect(search('state', 'sched')).toEqual(['cb-001'])
    expect(search('state', 'ING')).toEqual(['cb-003', 'cb-004'])
    expect(search('state', '  queued  ')).toEqual(['cb-002'])
  })

  it('completed reason: only completed records have one', () => {
    expect(search('completedReason', 'cancel')).toEqual(['cb-006', 'cb-007'])
    expect(search('completedReason', 'by_admin')).toEqual(['cb-007'])
    expect(search('completedReason', 'agent')).toEqual(['cb-005'])
    expect(search('completedReason', 'd')).not.toContain('cb-001')
  })

  it('phone number: digits of the term against digits of the number', () => {
    expect(search('phoneNumber', '+1 (506) 555')).toEqual([
      'cb-001',
      'cb-004',
      'cb-005',
      'cb-006',
      'cb-007',
    ])
    expect(search('phoneNumber', '555-0100')).toEqual([
      'cb-001',
      'cb-004',
      'cb-005',
      'cb-006',
      'cb-007',
    ])
    expect(search('phoneNumber', '20 7946')).toEqual(['cb-002'])
    expect(search('phoneNumber', '(650) 253-0000')).toEqual(['CB-XYZ'])
  })

  it('phone number: a term without digits matches nothing', () => {
    expect(search('phoneNumber', 'abc')).toEqual([])
    expect(search('phoneNumber', '+')).toEqual([])
  })

  it('service name and callback ID: case-insensitive substring', () => {
    expect(search('serviceName', 'sales')).toEqual(['cb-002', 'cb-006'])
    expect(search('serviceName', 'SUPPORT fr')).toEqual(['cb-003', 'cb-007'])
    expect(search('callbackId', 'cb-00')).toHaveLength(7)
    expect(search('callbackId', 'xyz')).toEqual(['CB-XYZ'])
    expect(search('callbackId', '007')).toEqual(['cb-007'])
  })

  it('desired time: the text the viewer sees in their zone', () => {
    // cb-001 is due at 14:30:05Z: 09:30:05 in New York, 20:00:05 in Kolkata.
    expect(search('desiredTime', '2026-11-21 14:30:05')).toEqual(['cb-001'])
    expect(search('desiredTime', '09:30:05', 'America/New_York')).toEqual(['cb-001'])
    expect(search('desiredTime', '09:30', 'UTC')).toEqual([])
    expect(search('desiredTime', '20:00:05', 'Asia/Kolkata')).toEqual(['cb-001'])
    expect(search('desiredTime', '14:30', 'UTC')).toHaveLength(RECORDS.length)
  })

  it.each(['', '   ', '\t'])('an empty term (%j) matches everything', (term) => {
    for (const field of ['state', 'phoneNumber', 'desiredTime', 'callbackId'] as const) {
      expect(search(field, term)).toHaveLength(RECORDS.length)
    }
  })

  it('a term with no field, or a field with no term, matches everything', () => {
    expect(ids({ ...DAY, searchTerm: 'nothing matches this' })).toHaveLength(RECORDS.length)
    expect(ids({ ...DAY, searchField: 'callbackId' })).toHaveLength(RECORDS.length)
  })

  it(`only the first ${MAX_SEARCH_TERM} characters of the term count`, () => {
    const long = 'x'.repeat(MAX_SEARCH_TERM)
    const records = [
      callback({ id: 'long', serviceName: `Queue ${long}` }),
      callback({ id: 'short', serviceName: 'x' }),
    ]
    // Whatever follows the 100th character is ignored...
    expect(
      ids({ ...DAY, searchField: 'serviceName', searchTerm: `${long}NOT IN ANY NAME` }, records),
    ).toEqual(['long'])
    // ... but all of the first 100 count.
    expect(
      ids({ ...DAY, searchField: 'serviceName', searchTerm: `${'x'.repeat(99)}y` }, records),
    ).toEqual([])
  })

  it('a hostile 10,000-character term is cheap', () => {
    const started = performance.now()
    const matcher = callbackMatcher({
      ...DAY,
      searchField: 'serviceName',
      searchTerm: 'a'.repeat(10_000),
    })
    for (let i = 0; i < 10_000; i++) matcher(RECORDS[i % RECORDS.length] as ListedCallback)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('desiredTimeText and compareInstants', () => {
  it.each([
    { iso: '2026-11-21T14:30:05.000Z', zone: 'UTC', text: '2026-11-21 14:30:05' },
    { iso: '2026-11-21T14:30:05.000Z', zone: 'America/New_York', text: '2026-11-21 09:30:05' },
    { iso: '2026-11-21T14:30:05.000Z', zone: 'Asia/Kolkata', text: '2026-11-21 20:00:05' },
    { iso: '2026-11-21T14:30:05.000Z', zone: 'Australia/Sydney', text: '2026-11-22 01:30:05' },
    { iso: '2026-11-21T09:30:05-05:00', zone: 'UTC', text: '2026-11-21 14:30:05' },
  ])('$iso in $zone reads $text', ({ iso, zone, text }) => {
    expect(desiredTimeText(iso, zone)).toBe(text)
  })

  it.each([
    ['2026-11-21T14:30:00.000Z', '2026-11-21T14:30:00.001Z', -1],
    ['2026-11-21T14:30:00.000Z', '2026-11-21T14:30:00.000Z', 0],
    ['2026-11-21T14:30:00.000Z', '2026-11-21T09:30:00-05:00', 0],
    ['2026-11-21T14:30:00Z', '2026-11-21T14:29:59.999Z', 1],
    ['2026-11-21T15:00:00+01:00', '2026-11-21T14:30:00.000Z', -1],
  ])('compareInstants(%s, %s) has sign %i', (a, b, sign) => {
    expect(Math.sign(compareInstants(a, b))).toBe(sign)
    expect(Math.sign(compareInstants(b, a))).toBe(-sign || 0)
  })
})

describe('callbackComparator', () => {
  const sorted = (field: SortField, order: SortOrder, records = RECORDS) =>
    [...records].sort(callbackComparator(field, order)).map((r) => r.id)

  it('state sorts by lifecycle order, then completion reason', () => {
    expect(sorted('state', 'asc')).toEqual([
      'cb-001', // SCHEDULED
      'cb-002', // QUEUED
      'cb-003', // ROUTING
      'cb-004', // PROCESSING
      'cb-005', // COMPLETED AGENT
      'cb-006', // COMPLETED CANCELLED
      'cb-007', // COMPLETED CANCELLED_BY_ADMIN
      'CB-XYZ', // COMPLETED REDIAL_LIMIT_REACHED
    ])
  })

  it('ties fall back to desired time, then ID', () => {
    // All but cb-001 share a desired time; by service they tie within Billing, Sales UK, Support FR.
    expect(sorted('serviceName', 'asc')).toEqual([
      'CB-XYZ', // Billing, 14:30:00, "CB-XYZ" < "cb-…" in code-unit order
      'cb-004',
      'cb-005',
      'cb-001', // Billing, 14:30:05: later
      'cb-002',
      'cb-006',
      'cb-003',
      'cb-007',
    ])
  })

  it('descending is the exact reverse of ascending, tie-breaks included', () => {
    for (const field of SORT_FIELDS) {
      expect(sorted(field, 'desc')).toEqual(sorted(field, 'asc').reverse())
    }
  })

  it('desired time sorts by instant whatever the notation', () => {
    const records = [
      callback({ id: 'a', desiredTime: '2026-11-21T15:00:00+01:00' }), // 14:00Z
      callback({ id: 'b', desiredTime: '2026-11-21T14:30:00.000Z' }),
      callback({ id: 'c', desiredTime: '2026-11-21T09:00:00-05:00' }), // 14:00Z, ties with a
      callback({ id: 'd', desiredTime: '2026-11-21T13:59:59.999Z' }),
    ]
    expect(sorted('desiredTime', 'asc', records)).toEqual(['d', 'a', 'c', 'b'])
  })

  it('is zero only for the same record', () => {
    const compare = callbackComparator('serviceName', 'asc')
    const a = RECORDS[0] as ListedCallback
    expect(compare(a, a)).toBe(0)
    expect(compare(a, { ...a, id: `${a.id}-copy` })).not.toBe(0)
  })
})

/* Random lists: few distinct values per field, so ties are common. */
const arbState = fc.constantFrom<CallbackState>(...CALLBACK_STATES)
const arbInstantText = fc.constantFrom(
  '2026-11-21T14:30:00.000Z',
  '2026-11-21T14:30:00Z',
  '2026-11-21T09:30:00-05:00',
  '2026-11-21T14:45:00.000Z',
  '2026-11-20T08:00:00.000Z',
  '2026-11-22T23:59:59.999Z',
)
const arbRecordFields = fc.record({
  state: arbState,
  reason: fc.constantFrom<CompletionReason>(...COMPLETION_REASONS),
  desiredTime: arbInstantText,
  updatedAt: arbInstantText,
  phoneNumber: fc.constantFrom('+15065550100', '+15065550101', '+442079460958'),
  serviceName: fc.constantFrom('Billing', 'Sales UK', 'billing', 'Support FR'),
  origin: fc.constantFrom('IMMEDIATE' as const, 'SCHEDULED' as const),
})
const arbRecords = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 })
  .chain((idList) =>
    fc.tuple(...idList.map(() => arbRecordFields)).map((fields) => ({ idList, fields })),
  )
  .map(({ idList, fields }) =>
    idList.map((id, i): ListedCallback => {
      const f = fields[i] as (typeof fields)[number]
      return { id, ...f, reason: f.state === 'COMPLETED' ? f.reason : undefined }
    }),
  )

describe('callbackComparator: properties', () => {
  const arbField = fc.constantFrom(...SORT_FIELDS)
  const arbOrder = fc.constantFrom<SortOrder>('asc', 'desc')

  it('sorting is deterministic: any input order gives the same result', () => {
    fc.assert(
      fc.property(arbRecords, arbField, arbOrder, fc.nat(), (records, field, order, seed) => {
        const compare = callbackComparator(field, order)
        const shuffled = [...records]
        let s = seed
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2 ** 31
          const j = s % (i + 1)
          ;[shuffled[i], shuffled[j]] = [
            shuffled[j] as ListedCallback,
            shuffled[i] as ListedCallback,
          ]
        }
        expect([...shuffled].sort(compare).map((r) => r.id)).toEqual(
          [...records].sort(compare).map((r) => r.id),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('is a strict total order: antisymmetric, transitive, zero only for the same ID', () => {
    fc.assert(
      fc.property(arbRecords, arbField, arbOrder, (records, field, order) => {
        const compare = callbackComparator(field, order)
        const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0)
        for (const a of records) {
          for (const b of records) {
            const ab = sign(compare(a, b))
            expect(ab).toBe(-sign(compare(b, a)) || 0)
            expect(ab === 0).toBe(a.id === b.id)
          }
        }
        const list = [...records].sort(compare)
        for (let i = 1; i < list.length; i++) {
          expect(compare(list[i - 1] as ListedCallback, list[i] as ListedCallback)).toBeLessThan(0)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('pages never overlap or skip: their union is the input, without duplicates', () => {
    fc.assert(
      fc.property(
        arbRecords,
        arbField,
        arbOrder,
        fc.integer({ min: 1, max: 9 }),
        (records, field, order, size) => {
          const compare = callbackComparator(field, order)
          const pages: ListedCallback[][] = []
          const total = pageCount(records.length, size)
          for (let page = 0; page < total; page++) {
            // Each page is computed on its own from a fresh sort, as the server does per request.
            const fresh = [...records].reverse().sort(compare)
            pages.push(fresh.slice(page * size, (page + 1) * size))
          }
          const seen = pages.flat().map((r) => r.id)
          expect(new Set(seen).size).toBe(seen.length)
          expect([...seen].sort()).toEqual(records.map((r) => r.id).sort())
          expect(pages.every((p, i) => i === pages.length - 1 || p.length === size)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('pageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [PAGE_SIZE, 1],
    [PAGE_SIZE + 1, 2],
    [1000, 4],
    [100_000, 400],
  ])('%i records → %i pages of 250', (total, pages) => {
    expect(PAGE_SIZE).toBe(250)
    expect(pageCount(total)).toBe(pages)
  })

  it('honours a custom page size', () => {
    expect(pageCount(10, 3)).toBe(4)
    expect(pageCount(9, 3)).toBe(3)
  })
})
