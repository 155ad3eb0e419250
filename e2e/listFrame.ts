import type { Locator } from '@playwright/test'
import { expect, nextFrame } from './fixtures'

/**
 * The Callback and Call-In lists draw only the rows in view of their scrolling frame
 * (src/components/ListTable.tsx): the table tells assistive technology how many rows the page has,
 * and a person scrolls to see the others. These helpers do the same.
 */

/** The page has `rows` body rows, drawn or not (the header row is the table's first). */
export async function expectPageRows(table: Locator, rows: number): Promise<void> {
  await expect(table).toHaveAttribute('aria-rowcount', String(rows + 1))
}

/**
 * Scrolls the table's frame from the top, most of a frame at a time, until `done` says it has what
 * it looked for (true) or the end is reached (false).
 */
export async function scrollThrough(
  table: Locator,
  done: () => Promise<boolean>,
): Promise<boolean> {
  await table.evaluate((element) => element.parentElement?.scrollTo({ top: 0 }))
  for (;;) {
    await nextFrame(table.page())
    if (await done()) return true
    const moved = await table.evaluate((element) => {
      const frame = element.parentElement
      if (!frame || frame.scrollTop + frame.clientHeight >= frame.scrollHeight - 1) return false
      // Overlapping steps: the row cut by the frame's edge is seen whole on the next one.
      frame.scrollTo({ top: frame.scrollTop + Math.max(frame.clientHeight - 60, 20) })
      return true
    })
    if (!moved) return false
  }
}
