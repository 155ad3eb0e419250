import type { CapacitySelection } from '@/domain/capacityPaste'
import {
  cellAt,
  dayValue,
  rowValue,
  setCell,
  setDay,
  setRow,
  type CapacityGrid,
} from '@/domain/capacityRule'

/** The value a selection shows: a cell's, or the common value of a row or a day (null if mixed). */
export function valueAt(grid: CapacityGrid, selection: CapacitySelection): number | null {
  switch (selection.kind) {
    case 'cell':
      return cellAt(grid, selection.row, selection.day)
    case 'row':
      return rowValue(grid, selection.row)
    case 'day':
      return dayValue(grid, selection.day)
    case 'none':
      return null
  }
}

/** The grid with the selection (a cell, every cell of a row or of a day) set to `value`. */
export function applyValue(
  grid: CapacityGrid,
  selection: CapacitySelection,
  value: number,
): CapacityGrid {
  switch (selection.kind) {
    case 'cell':
      return setCell(grid, selection.row, selection.day, value)
    case 'row':
      return setRow(grid, selection.row, value)
    case 'day':
      return setDay(grid, selection.day, value)
    case 'none':
      return grid
  }
}
