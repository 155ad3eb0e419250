import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pasteIntoGrid, type CapacitySelection } from './capacityPaste'
import {
  cellAt,
  emptyGrid,
  filledCells,
  rowCount,
  setCell,
  type CapacityGrid,
} from './capacityRule'

const base: CapacityGrid = setCell(setCell(emptyGrid(60), 9, 2, 5), 0, 0, 1)
const none: CapacitySelection = { kind: 'none' }
const cell = (row: number, day: number): CapacitySelection => ({ kind: 'cell', row, day })

describe('paste with no cell selected', () => {
  it('replaces the whole rule: what the statement leaves out becomes 0', () => {
    const result = pasteIntoGrid(base, none, '{"days":{"mon":{"08:00":4}},"duration":60}')
    expect(result).toMatchObject({ ok: true, mode: 'replace' })
    if (!result.ok) return
    expect(cellAt(result.grid, 8, 1)).toBe(4)
    expect(cellAt(result.grid, 9, 2)).toBe(0)
    expect(filledCells(result.grid)).toBe(1)
  })

  it('takes the Timeslot Length from the statement', () => {
    const result = pasteIntoGrid(base, none, '{"days":{"mon":{"08:30":4}},"duration":30}')
    expect(result.ok && result.grid.duration).toBe(30)
    expect(result.ok && cellAt(result.grid, 17, 1)).toBe(4)
  })

  it('refuses a plain number: a cell must be selected for it', () => {
    expect(pasteIntoGrid(base, none, '7')).toEqual({
      ok: false,
      problem: { code: 'numberNeedsCell' },
    })
    expect(pasteIntoGrid(base, none, '1\t2\n3\t4\n')).toMatchObject({
      problem: { code: 'numberNeedsCell' },
    })
  })

  it.each([
    ['{"days":{"fri2":{}},"duration":60}', 'unknownDay'],
    ['{"days":{},"duration":45}', 'badDuration'],
    ['{"days":{}', 'badJson'],
    ['hello', 'badJson'],
    ['', 'empty'],
  ])('refuses %s (%s)', (text, code) => {
    expect(pasteIntoGrid(base, none, text)).toMatchObject({ ok: false, problem: { code } })
  })
})

describe('paste with a cell selected', () => {
  it('fills that cell only', () => {
    const result = pasteIntoGrid(base, cell(3, 4), ' 12\n')
    expect(result).toMatchObject({ ok: true, mode: 'cell', cells: 1 })
    if (!result.ok) return
    expect(cellAt(result.grid, 3, 4)).toBe(12)
    expect(filledCells(result.grid)).toBe(filledCells(base) + 1)
  })

  it('fills a row from its Set All cell and a day from its Set Day cell', () => {
    const row = pasteIntoGrid(base, { kind: 'row', row: 10 }, '3')
    expect(row.ok && [0, 1, 2, 3, 4, 5, 6].map((d) => cellAt(row.grid, 10, d))).toEqual([
      3, 3, 3, 3, 3, 3, 3,
    ])
    const day = pasteIntoGrid(base, { kind: 'day', day: 6 }, '2')
    expect(day.ok && day.cells).toBe(rowCount(60))
    expect(day.ok && cellAt(day.grid, 23, 6)).toBe(2)
  })

  it('refuses a capacity statement, which needs no cell selected', () => {
    expect(pasteIntoGrid(base, cell(0, 0), '{"days":{},"duration":60}')).toEqual({
      ok: false,
      problem: { code: 'statementNeedsNoSelection' },
    })
  })

  it.each([
    ['-1', 'negative'],
    ['2.5', 'notInteger'],
    ['abc', 'notNumber'],
    ['100001', 'tooLarge'],
  ])('refuses %s (%s) and changes nothing', (text, reason) => {
    expect(pasteIntoGrid(base, cell(0, 0), text)).toMatchObject({
      ok: false,
      problem: { code: 'badCell', reason, line: 1, column: 1 },
    })
  })

  it('fills a spreadsheet block from the selected cell, blanks as 0, cut at the edges', () => {
    const result = pasteIntoGrid(base, cell(22, 5), '1\t2\t3\r\n\t4\t\r\n5\t6\t7\r\n')
    expect(result).toMatchObject({ ok: true, mode: 'block', cells: 4, clipped: true })
    if (!result.ok) return
    expect([cellAt(result.grid, 22, 5), cellAt(result.grid, 22, 6)]).toEqual([1, 2])
    expect([cellAt(result.grid, 23, 5), cellAt(result.grid, 23, 6)]).toEqual([0, 4])
  })

  it('names the block cell that is not a capacity', () => {
    expect(pasteIntoGrid(base, cell(0, 0), '1\t2\n3\tx')).toMatchObject({
      ok: false,
      problem: { code: 'badCell', value: 'x', line: 2, column: 2 },
    })
    expect(pasteIntoGrid(base, { kind: 'row', row: 0 }, '1\t2')).toMatchObject({
      problem: { code: 'blockNeedsDayCell' },
    })
  })

  it('changes only the selected cell for any number (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(23),
        fc.nat(6),
        fc.integer({ min: 0, max: 100_000 }),
        (row, day, value) => {
          const result = pasteIntoGrid(base, cell(row, day), String(value))
          expect(result.ok).toBe(true)
          if (!result.ok) return
          result.grid.cells.forEach((v, i) => {
            expect(v).toBe(i === row * 7 + day ? value : base.cells[i])
          })
        },
      ),
    )
  })
})
