/** A binary min-heap keyed by a number: the simulator's agenda of planned events. */
export class MinHeap<T> {
  private items: Array<{ key: number; value: T }> = []

  get size(): number {
    return this.items.length
  }

  push(key: number, value: T): void {
    const items = this.items
    items.push({ key, value })
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (items[parent]!.key <= key) break
      items[i] = items[parent]!
      i = parent
    }
    items[i] = { key, value }
  }

  peekKey(): number | undefined {
    return this.items[0]?.key
  }

  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (!top || !last) return undefined
    if (items.length > 0) {
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        const right = left + 1
        let smallest = i
        const smallestKey = () => (smallest === i ? last.key : items[smallest]!.key)
        if (left < items.length && items[left]!.key < smallestKey()) smallest = left
        if (right < items.length && items[right]!.key < smallestKey()) smallest = right
        if (smallest === i) break
        items[i] = items[smallest]!
        i = smallest
      }
      items[i] = last
    }
    return top.value
  }

  clear(): void {
    this.items = []
  }
}
