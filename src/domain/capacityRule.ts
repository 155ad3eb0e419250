import { wallClock, addDays } from './zonedTime'

/**
 * Capacity rules (product.md §5.4): per weekday and per hour or half hour of the day, the most
 * scheduled callbacks a queue takes in each of its slots that starts in that hour or half hour. A
 * missing value is 0. Rules carry no time zone: they are read in the queue's business-hours zone.
 *
 * Two shapes: the statement (the JSON of the contract and of copy/paste, sparse) and the grid (a
 * dense array the editor works on, cheap to copy and compare: 336 numbers at most).
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Weekday = (typeof WEEKDAYS)[number]
/** Timeslot Length in minutes. */
export type SlotLength = 60 | 30
/** The contract's upper bound for one cell. */
export const MAX_CAPACITY = 100_000

export type CapacityDays = Partial<Record<Weekday, Record<string, number>>>
export interface CapacityStatement {
  days: CapacityDays
  duration: SlotLength
}

export interface CapacityGrid {
  readonly duration: SlotLength
  /** rowCount(duration) × 7 values, row-major: cells[row * 7 + day], day 0 = Sunday. */
  readonly cells: readonly number[]
}

export const DAYS_PER_WEEK = 7

export function rowCount(duration: SlotLength): number {
  return (24 * 60) / duration
}

/** "HH:MM" at which a row of the calendar starts. */
export function rowTime(row: number, duration: SlotLength): string {
  const minutes = row * duration
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export function emptyGrid(duration: SlotLength): CapacityGrid {
  return { duration, cells: new Array<number>(rowCount(duration) * DAYS_PER_WEEK).fill(0) }
}

export function cellAt(grid: CapacityGrid, row: number, day: number): number {
  return grid.cells[row * DAYS_PER_WEEK + day] ?? 0
}

/** A statement that has passed validation (capacityStatement.ts) as a grid. */
export function gridFromStatement(statement: CapacityStatement): CapacityGrid {
  const { duration } = statement
  const cells = new Array<number>(rowCount(duration) * DAYS_PER_WEEK).fill(0)
  WEEKDAYS.forEach((name, day) => {
    const times = statement.days[name]
    if (!times) return
    for (const [time, value] of Object.entries(times)) {
      const row = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) / duration
      if (Number.isInteger(row) && row >= 0 && row < rowCount(duration)) {
        cells[row * DAYS_PER_WEEK + day] = value
      }
    }
  })
  return { duration, cells }
}

/** The sparse statement of a grid: days in order Sunday first, times in order, zeros left out. */
export function statementFromGrid(grid: CapacityGrid): CapacityStatement {
  const days: CapacityDays = {}
  WEEKDAYS.forEach((name, day) => {
    let times: Record<string, number> | undefined
    for (let row = 0; row < rowCount(grid.duration); row++) {
      const value = cellAt(grid, row, day)
      if (value > 0) (times ??= {})[rowTime(row, grid.duration)] = value
    }
    if (times) days[name] = times
  })
  return { days, duration: grid.duration }
}

/**
 * Switch the Timeslot Length: an hourly rule becomes half-hourly with each hour's value copied into
 * its :30 slot; a half-hourly rule becomes hourly keeping the :00 values and dropping the :30 ones.
 */
export function convertGrid(grid: CapacityGrid, to: SlotLength): CapacityGrid {
  if (grid.duration === to) return grid
  const cells = new Array<number>(rowCount(to) * DAYS_PER_WEEK)
  for (let row = 0; row < rowCount(to); row++) {
    const from = to === 30 ? Math.floor(row / 2) : row * 2
    for (let day = 0; day < DAYS_PER_WEEK; day++) {
      cells[row * DAYS_PER_WEEK + day] = cellAt(grid, from, day)
    }
  }
  return { duration: to, cells }
}

/** The row a time lands on after converting the calendar (keeps the editor's place). */
export function convertRow(row: number, from: SlotLength, to: SlotLength): number {
  if (from === to) return row
  return to === 30 ? row * 2 : Math.floor(row / 2)
}

function withCells(grid: CapacityGrid, change: (cells: number[]) => void): CapacityGrid {
  const cells = grid.cells.slice()
  change(cells)
  return { duration: grid.duration, cells }
}

export function setCell(grid: CapacityGrid, row: number, day: number, value: number): CapacityGrid {
  if (cellAt(grid, row, day) === value) return grid
  return withCells(grid, (cells) => {
    cells[row * DAYS_PER_WEEK + day] = value
  })
}

/** Set All: the same value on every day for one time row. */
export function setRow(grid: CapacityGrid, row: number, value: number): CapacityGrid {
  return withCells(grid, (cells) =>
    cells.fill(value, row * DAYS_PER_WEEK, (row + 1) * DAYS_PER_WEEK),
  )
}

/** Set Day: the same value in every time row of one day. */
export function setDay(grid: CapacityGrid, day: number, value: number): CapacityGrid {
  return withCells(grid, (cells) => {
    for (let row = 0; row < rowCount(grid.duration); row++) cells[row * DAYS_PER_WEEK + day] = value
  })
}

/** The value every day of a row shares, or null when they differ (what the Set All cell shows). */
export function rowValue(grid: CapacityGrid, row: number): number | null {
  const first = cellAt(grid, row, 0)
  for (let day = 1; day < DAYS_PER_WEEK; day++) if (cellAt(grid, row, day) !== first) return null
  return first
}

/** The value every row of a day shares, or null when they differ (what the Set Day cell shows). */
export function dayValue(grid: CapacityGrid, day: number): number | null {
  const first = cellAt(grid, 0, day)
  for (let row = 1; row < rowCount(grid.duration); row++) {
    if (cellAt(grid, row, day) !== first) return null
  }
  return first
}

export function gridsEqual(a: CapacityGrid, b: CapacityGrid): boolean {
  if (a === b) return true
  if (a.duration !== b.duration || a.cells.length !== b.cells.length) return false
  for (let i = 0; i < a.cells.length; i++) if (a.cells[i] !== b.cells[i]) return false
  return true
}

/** Cells holding a value (not 0). */
export function filledCells(grid: CapacityGrid): number {
  let count = 0
  for (const value of grid.cells) if (value > 0) count++
  return count
}

/**
 * What a rule allows in the queue's slot starting at `slotStart`: the value of the hour or half hour
 * that contains the slot's start on the wall clock of the queue's business-hours zone. Reading the
 * wall clock (not adding hours to a midnight) keeps it right on 23- and 25-hour days: 01:30 on a
 * fall-back night is read twice, 02:00–03:00 on a spring-forward night never.
 */
export function capacityAt(rule: CapacityStatement, timeZone: string, slotStart: number): number {
  const { weekday, minutes } = wallClock(slotStart, timeZone)
  const day = WEEKDAYS[weekday]
  const times = day === undefined ? undefined : rule.days[day]
  if (!times) return 0
  const time = rowTime(Math.floor(minutes / rule.duration), rule.duration)
  return Object.hasOwn(times, time) ? (times[time] ?? 0) : 0
}

/** The Sunday (YYYY-MM-DD, in the zone) that starts the week containing `instant`. */
export function weekStartOf(instant: number, timeZone: string): string {
  const { date, weekday } = wallClock(instant, timeZone)
  return addDays(date, -weekday)
}

/** A real calendar date written YYYY-MM-DD that falls on a Sunday. */
export function isSundayDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  if (Number.isNaN(time)) return false
  const date = new Date(time)
  return date.toISOString().slice(0, 10) === value && date.getUTCDay() === 0
}

export const MAX_RULE_NAME_LENGTH = 64

/** Why a new rule's name (trimmed) is refused, or null. Uniqueness is the store's to check. */
export function ruleNameProblem(name: string): 'empty' | 'tooLong' | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'empty'
  if (trimmed.length > MAX_RULE_NAME_LENGTH) return 'tooLong'
  return null
}
