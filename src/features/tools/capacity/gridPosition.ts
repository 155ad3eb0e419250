import type { CapacitySelection } from '@/domain/capacityPaste'

/**
 * Positions in the capacity calendar grid, headers included, and where each key moves to. Rows: 0
 * the day headings, 1 the Set Day cells, then one per time slot. Columns: 0 the times, 1 the Set All
 * cells, then Sunday to Saturday. The top-left corner is the "whole calendar": focus there means no
 * cell is selected, so a paste replaces the whole rule.
 */
export interface GridPosition {
  r: number
  c: number
}

export const HEADER_ROWS = 2
export const HEADER_COLS = 2
export const CORNER: GridPosition = { r: 0, c: 0 }
const PAGE_ROWS = 8

export function lastRow(timeRows: number): number {
  return timeRows + HEADER_ROWS - 1
}
export const LAST_COL = HEADER_COLS + 6

/** What a paste or an edit at this position applies to. */
export function selectionAt(position: GridPosition): CapacitySelection {
  const { r, c } = position
  if (r >= HEADER_ROWS && c >= HEADER_COLS)
    return { kind: 'cell', row: r - HEADER_ROWS, day: c - HEADER_COLS }
  if (r >= HEADER_ROWS && c === 1) return { kind: 'row', row: r - HEADER_ROWS }
  if (r === 1 && c >= HEADER_COLS) return { kind: 'day', day: c - HEADER_COLS }
  return { kind: 'none' }
}

export function isEditable(position: GridPosition): boolean {
  return selectionAt(position).kind !== 'none'
}

/** Where a navigation key moves focus, or null when the key is not a navigation key. */
export function move(
  position: GridPosition,
  key: string,
  ctrl: boolean,
  timeRows: number,
): GridPosition | null {
  const bottom = lastRow(timeRows)
  const clampRow = (r: number) => Math.min(bottom, Math.max(0, r))
  const { r, c } = position
  switch (key) {
    case 'ArrowUp':
      return { r: clampRow(r - 1), c }
    case 'ArrowDown':
      return { r: clampRow(r + 1), c }
    case 'ArrowLeft':
      return { r, c: Math.max(0, c - 1) }
    case 'ArrowRight':
      return { r, c: Math.min(LAST_COL, c + 1) }
    case 'Home':
      return ctrl ? CORNER : { r, c: 0 }
    case 'End':
      return ctrl ? { r: bottom, c: LAST_COL } : { r, c: LAST_COL }
    case 'PageUp':
      return { r: clampRow(r - PAGE_ROWS), c }
    case 'PageDown':
      return { r: clampRow(r + PAGE_ROWS), c }
    default:
      return null
  }
}
