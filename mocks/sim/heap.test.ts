import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MinHeap } from './heap'

describe('MinHeap', () => {
  it('pops in key order whatever the insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), (keys) => {
        const heap = new MinHeap<number>()
        keys.forEach((k) => heap.push(k, k))
        const out: number[] = []
        for (let v = heap.pop(); v !== undefined; v = heap.pop()) out.push(v)
        expect(out).toEqual([...keys].sort((a, b) => a - b))
      }),
    )
  })
})
