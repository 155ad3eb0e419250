/** A binary min-heap keyed by a number: the simulator's agenda of planned events. */
export class MinHeap<T> {
  private items: Array<{ key: number; value: T }> = []

  get size(): number {
    return this.items.length
  }

  push(key: number, value: T): void {
    const items = this.items
    const entry = { key, value }
    let i = items.length
    items.push(entry)
    while (i > 0) {
      const parentIndex = (i - 1) >> 1
      const parent = items[parentIndex]
      if (!parent || parent.key <= key) break
      items[i] = parent
      i = parentIndex
    }
    items[i] = entry
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
      // Sift `last` down from the root: move the smaller child up while it is smaller than `last`.
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        let childIndex = left
        let child = items[left]
        const right = items[left + 1]
        if (right && (!child || right.key < child.key)) {
          child = right
          childIndex = left + 1
        }
        if (!child || child.key >= last.key) break
        items[i] = child
        i = childIndex
      }
      items[i] = last
    }
    return top.value
  }

  clear(): void {
    this.items = []
  }
}
