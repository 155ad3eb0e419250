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
    await viewDrawn(table)
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

/**
 * Waits until the rows in view of the frame are drawn. The list draws them on the frame's scroll
 * event, which a busy browser sends a frame or more late: read before then, the rows of the last
 * view would be taken for this one's, and a step of the scroll never seen.
 */
async function viewDrawn(table: Locator): Promise<void> {
  await nextFrame(table.page())
  await expect
    .poll(() =>
      table.evaluate((element) => {
        const frame = element.parentElement
        if (!frame) return false
        const view = frame.getBoundingClientRect()
        const header = element.querySelector('thead')?.getBoundingClientRect().bottom ?? view.top
        const rows = [...element.querySelectorAll('tbody tr[aria-rowindex]')]
        const boxes = rows.map((row) => row.getBoundingClientRect())
        const last = boxes.at(-1)
        if (!last) return true
        const drawnAt = (y: number) => boxes.some((box) => box.top <= y && box.bottom >= y)
        // The page's last row drawn: the rows may end above the view's bottom edge.
        const end =
          rows.at(-1)?.getAttribute('aria-rowindex') === element.getAttribute('aria-rowcount')
            ? last.bottom
            : Infinity
        const bottom = Math.min(view.top + frame.clientTop + frame.clientHeight, end) - 1
        // Drawn rows at the view's top edge (under the sticky header) and at its bottom edge.
        return drawnAt(Math.max(header, view.top) + 1) && drawnAt(bottom)
      }),
    )
    .toBe(true)
}
