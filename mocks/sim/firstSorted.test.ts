import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SORT_FIELDS } from '@/domain/callbackQuery'
import { firstSorted, sortedPage } from './firstSorted'
import { Simulator } from './simulator'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')
/** A total order on pairs (ties on the key fall back to the tag), like the list's comparators. */
type Item = readonly [key: number, tag: number]
const byKey = (a: Item, b: Item) => a[0] - b[0] || a[1] - b[1]
const items = fc
  .array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 })
  .map((keys) => keys.map((key, tag): Item => [key, tag]))

describe('firstSorted and sortedPage: a page of a sort without sorting everything', () => {
  it('firstSorted is the first count of a full sort', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: -1, max: 320 }), (list, count) => {
        const before = [...list]
        expect(firstSorted(list, count, byKey)).toEqual(
          [...list].sort(byKey).slice(0, Math.max(0, count)),
        )
        expect(list).toEqual(before)
      }),
    )
  })

  it('sortedPage is the same slice of a full sort, at the start, the middle and the end', () => {
    fc.assert(
      fc.property(
        items,
        fc.integer({ min: 0, max: 320 }),
        fc.integer({ min: 1, max: 60 }),
        (list, start, count) => {
          expect(sortedPage(list, start, count, byKey)).toEqual(
            [...list].sort(byKey).slice(start, start + count),
          )
        },
      ),
    )
  })
})

describe('Tenant.selectPage', () => {
  const tenant = Simulator.fresh({ now: () => NOW, seedSize: 2_000, seed: 7 }).tenant()
  const permitted = new Set(tenant.state.queues.map((queue) => queue.name))
  const filter = { from: NOW - 30 * 86_400_000, to: NOW + 30 * 86_400_000, timeZone: 'UTC' }

  it('answers every page of every sort as select() sliced, with the total', () => {
    const pageSize = 250
    const total = tenant.select(filter, permitted).length
    expect(total).toBeGreaterThan(3 * pageSize)
    for (const sort of SORT_FIELDS) {
      for (const order of ['asc', 'desc'] as const) {
        const all = tenant.select(filter, permitted, sort, order)
        for (let start = 0; start < total + pageSize; start += pageSize) {
          const page = tenant.selectPage(filter, permitted, {
            sort,
            order,
            start,
            count: pageSize,
          })
          expect(page.total).toBe(total)
          expect(page.rows.map((r) => r.id)).toEqual(
            all.slice(start, start + pageSize).map((r) => r.id),
          )
        }
      }
    }
  })
})
