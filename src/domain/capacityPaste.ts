import {
  DAYS_PER_WEEK,
  gridFromStatement,
  rowCount,
  setCell,
  setDay,
  setRow,
  type CapacityGrid,
} from './capacityRule'
import {
  MAX_STATEMENT_CHARS,
  parseCapacityStatement,
  preview,
  valueProblem,
  type CapacityProblem,
  type ValueReason,
} from './capacityStatement'

/**
 * What a paste does to the calendar (product.md §5.4). With no cell selected, a capacity JSON
 * statement replaces the whole rule (not a merge: what it leaves out becomes 0, and its duration
 * becomes the Timeslot Length). With a cell selected, a number fills that cell (a Set All or Set Day
 * cell fills its row or day), and a block copied from a spreadsheet (tab-separated columns, one line
 * per row) fills the calendar from that cell rightwards and downwards, cut at its edges. Anything
 * else is refused with the problem named, and the calendar is left as it was.
 */
export type CapacitySelection =
  | { kind: 'none' }
  | { kind: 'cell'; row: number; day: number }
  /** The Set All cell of a time row. */
  | { kind: 'row'; row: number }
  /** The Set Day cell of a day column. */
  | { kind: 'day'; day: number }

export type PasteProblem =
  | CapacityProblem
  | { code: 'statementNeedsNoSelection' }
  | { code: 'numberNeedsCell' }
  | { code: 'blockNeedsDayCell' }
  /** A cell of a pasted number or block; line and column count from 1 within the block. */
  | { code: 'badCell'; value: string; reason: ValueReason; line: number; column: number }

export type PasteResult =
  | {
      ok: true
      grid: CapacityGrid
      mode: 'replace' | 'cell' | 'block'
      /** Cells written. */
      cells: number
      /** Part of a block fell outside the calendar and was left out. */
      clipped: boolean
    }
  | { ok: false; problem: PasteProblem }

const NUMBER_LIKE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i
const BLOCK_LIKE = /^[\d\s.,+-]*$/

type CellRead = { ok: true; value: number } | { ok: false; reason: ValueReason }

/** One spreadsheet cell: blank is 0 (an empty calendar cell means 0 too). */
function readCell(text: string): CellRead {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: 0 }
  if (!NUMBER_LIKE.test(trimmed)) return { ok: false, reason: 'notNumber' }
  const value = Number(trimmed)
  const reason = valueProblem(value)
  return reason ? { ok: false, reason } : { ok: true, value }
}

/** Rows of cells, or the first cell that is not a capacity. */
function readBlock(
  text: string,
): { ok: true; rows: number[][] } | { ok: false; problem: PasteProblem } {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/)
  const rows: number[][] = []
  for (const [line, text] of lines.entries()) {
    const row: number[] = []
    for (const [column, cell] of text.split('\t').entries()) {
      const read = readCell(cell)
      if (!read.ok) {
        return {
          ok: false,
          problem: {
            code: 'badCell',
            value: preview(cell.trim()),
            reason: read.reason,
            line: line + 1,
            column: column + 1,
          },
        }
      }
      row.push(read.value)
    }
    rows.push(row)
  }
  return { ok: true, rows }
}

export function pasteIntoGrid(
  grid: CapacityGrid,
  selection: CapacitySelection,
  text: string,
): PasteResult {
  if (text.length > MAX_STATEMENT_CHARS) {
    return {
      ok: false,
      problem: { code: 'tooLarge', size: text.length, limit: MAX_STATEMENT_CHARS },
    }
  }
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problem: { code: 'empty' } }
  const isStatement = trimmed.startsWith('{')

  if (selection.kind === 'none') {
    if (!isStatement && BLOCK_LIKE.test(trimmed)) {
      return { ok: false, problem: { code: 'numberNeedsCell' } }
    }
    const parsed = parseCapacityStatement(text)
    if (!parsed.ok) return parsed
    const next = gridFromStatement(parsed.value)
    return { ok: true, grid: next, mode: 'replace', cells: next.cells.length, clipped: false }
  }

  if (isStatement) return { ok: false, problem: { code: 'statementNeedsNoSelection' } }
  const block = readBlock(text)
  if (!block.ok) return block
  const { rows } = block
  const value = rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : undefined
  if (value !== undefined) {
    const next =
      selection.kind === 'cell'
        ? setCell(grid, selection.row, selection.day, value)
        : selection.kind === 'row'
          ? setRow(grid, selection.row, value)
          : setDay(grid, selection.day, value)
    const cells =
      selection.kind === 'cell'
        ? 1
        : selection.kind === 'row'
          ? DAYS_PER_WEEK
          : rowCount(grid.duration)
    return { ok: true, grid: next, mode: 'cell', cells, clipped: false }
  }
  if (selection.kind !== 'cell') return { ok: false, problem: { code: 'blockNeedsDayCell' } }

  const cells = grid.cells.slice()
  let written = 0
  let clipped = false
  rows.forEach((values, r) => {
    const row = selection.row + r
    values.forEach((value, d) => {
      const day = selection.day + d
      if (row >= rowCount(grid.duration) || day >= DAYS_PER_WEEK) {
        clipped = true
        return
      }
      cells[row * DAYS_PER_WEEK + day] = value
      written++
    })
  })
  return {
    ok: true,
    grid: { duration: grid.duration, cells },
    mode: 'block',
    cells: written,
    clipped,
  }
}
