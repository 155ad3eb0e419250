import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareNames, matchesName, pageOf, QUEUES_PAGE_SIZE, viewQueues } from './queueDisplay'
import { defined } from '@/test/defined'

const named = (...names: string[]) => names.map((name) => ({ name }))
const ALL = { text: '', shown: null, order: 'asc', page: 1 } as const

describe('matchesName', () => {
  it.each([
    ['Sales VQ_CB', '', true],
    ['Sales VQ_CB', '   ', true],
    ['Sales VQ_CB', 'sales', true],
    ['Sales West VQ_CB', 'WEST vq', true],
    ['Sales West VQ_CB', ' west ', true],
    ['Service VQ_CB', 'sales', false],
    ['Claims VQ_CB', 'claims  vq', false],
  ])('%s with "%s" → %s', (name, text, expected) => {
    expect(matchesName(name, text)).toBe(expected)
  })
})

describe('compareNames', () => {
  it('sorts as a person reads: case-insensitive, numbers by value', () => {
    const names = ['queue 10', 'Queue 2', 'alpha', 'Beta', 'queue 1']
    expect([...names].sort((a, b) => compareNames(a, b))).toEqual([
      'alpha',
      'Beta',
      'queue 1',
      'Queue 2',
      'queue 10',
    ])
    expect([...names].sort((a, b) => compareNames(a, b, 'desc'))).toEqual([
      'queue 10',
      'Queue 2',
      'queue 1',
      'Beta',
      'alpha',
    ])
  })

  it('is a total order: names that differ only in case still have a fixed place', () => {
    expect(compareNames('abc', 'ABC')).not.toBe(0)
    expect(Math.sign(compareNames('abc', 'ABC'))).toBe(-Math.sign(compareNames('ABC', 'abc')))
  })
})

describe('pageOf', () => {
  it.each([
    [0, 1, { page: 1, pageCount: 1, from: 0, to: 0, size: 0 }],
    [13, 1, { page: 1, pageCount: 1, from: 1, to: 13, size: 13 }],
    [50, 1, { page: 1, pageCount: 1, from: 1, to: 50, size: 50 }],
    [51, 2, { page: 2, pageCount: 2, from: 51, to: 51, size: 1 }],
    [120, 3, { page: 3, pageCount: 3, from: 101, to: 120, size: 20 }],
    [120, 9, { page: 3, pageCount: 3, from: 101, to: 120, size: 20 }],
    [120, 0, { page: 1, pageCount: 3, from: 1, to: 50, size: 50 }],
    [120, Number.NaN, { page: 1, pageCount: 3, from: 1, to: 50, size: 50 }],
  ])('%i queues, page %s', (count, page, expected) => {
    const result = pageOf(
      Array.from({ length: count }, (_, i) => i),
      page,
    )
    expect({
      page: result.page,
      pageCount: result.pageCount,
      from: result.from,
      to: result.to,
      size: result.items.length,
    }).toEqual(expected)
    expect(result.total).toBe(count)
  })

  it('shows every item exactly once over the pages, 50 at most per page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (count) => {
        const items = Array.from({ length: count }, (_, i) => i)
        const { pageCount } = pageOf(items, 1)
        const seen = Array.from({ length: pageCount }, (_, i) => pageOf(items, i + 1)).flatMap(
          (p) => {
            expect(p.items.length).toBeLessThanOrEqual(QUEUES_PAGE_SIZE)
            return p.items
          },
        )
        expect(seen).toEqual(items)
      }),
    )
  })
})

describe('viewQueues', () => {
  const queues = named('Sales VQ_CB', 'Service VQ_CB', 'claims VQ_CB', 'Sales West VQ_CB')

  it('sorts by name both ways', () => {
    expect(viewQueues(queues, ALL).items.map((q) => q.name)).toEqual([
      'claims VQ_CB',
      'Sales VQ_CB',
      'Sales West VQ_CB',
      'Service VQ_CB',
    ])
    expect(viewQueues(queues, { ...ALL, order: 'desc' }).items.map((q) => q.name)).toEqual([
      'Service VQ_CB',
      'Sales West VQ_CB',
      'Sales VQ_CB',
      'claims VQ_CB',
    ])
  })

  it('applies the name filter and the displayed-queues choice together', () => {
    const shown = new Set(['Sales VQ_CB', 'Service VQ_CB'])
    expect(viewQueues(queues, { ...ALL, text: 'sales' }).items.map((q) => q.name)).toEqual([
      'Sales VQ_CB',
      'Sales West VQ_CB',
    ])
    expect(viewQueues(queues, { ...ALL, shown }).total).toBe(2)
    expect(viewQueues(queues, { ...ALL, shown, text: 'sales' }).items.map((q) => q.name)).toEqual([
      'Sales VQ_CB',
    ])
    expect(viewQueues(queues, { ...ALL, shown: new Set() }).total).toBe(0)
  })

  it('pages 120 queues by 50 after filtering and sorting', () => {
    const many = named(...Array.from({ length: 120 }, (_, i) => `Queue ${i + 1}`))
    const last = viewQueues(many, { ...ALL, page: 3 })
    expect(last.items.map((q) => q.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Queue ${101 + i}`),
    )
    expect(defined(viewQueues(many, { ...ALL, order: 'desc' }).items[0]).name).toBe('Queue 120')
    expect(viewQueues(many, { ...ALL, text: 'queue 1', page: 1 }).total).toBe(32)
  })

  it('never mutates the list it is given', () => {
    const copy = [...queues]
    viewQueues(queues, { ...ALL, order: 'desc' })
    expect(queues).toEqual(copy)
  })
})
