import { memo, type ReactNode } from 'react'
import { DAYS_PER_WEEK } from '@/domain/capacityRule'
import { HEADER_COLS, HEADER_ROWS } from './gridPosition'

/**
 * The rows of the capacity calendar as plain table cells: the calendar repaints all 336 of them on
 * a paste, so no MUI component per cell, no handlers per cell (the table listens for all of them)
 * and each row re-renders only when one of its own values, its focus or its editor changes.
 */
const DAYS = Array.from({ length: DAYS_PER_WEEK }, (_, day) => day)
const shown = (value: number | null) => (value ? String(value) : '')

interface CellProps {
  r: number
  c: number
  active: boolean
  value: string
  editor: ReactNode
  header?: 'row' | 'column'
}

function Cell({ r, c, active, value, editor, header }: CellProps) {
  const props = {
    'data-r': r,
    'data-c': c,
    tabIndex: active ? 0 : -1,
    'data-active': active || undefined,
    'data-filled': (!header && value !== '') || undefined,
  }
  if (header === 'column') {
    return (
      <th role="columnheader" scope="col" {...props}>
        {value}
      </th>
    )
  }
  if (header === 'row') {
    return (
      <th role="rowheader" scope="row" {...props}>
        {value}
      </th>
    )
  }
  return (
    <td role="gridcell" {...props}>
      {active && editor ? editor : value}
    </td>
  )
}

interface TimeRowProps {
  r: number
  row: number
  time: string
  cells: readonly number[]
  setAll: number | null
  /** Column of the focused cell when it is in this row, else -1. */
  activeCol: number
  editor: ReactNode
}

function TimeRowView({ r, row, time, cells, setAll, activeCol, editor }: TimeRowProps) {
  const base = row * DAYS_PER_WEEK
  return (
    <tr role="row">
      <Cell r={r} c={0} active={activeCol === 0} value={time} editor={null} header="row" />
      <Cell
        r={r}
        c={1}
        active={activeCol === 1}
        value={shown(setAll)}
        editor={activeCol === 1 ? editor : null}
      />
      {DAYS.map((day) => {
        const c = day + HEADER_COLS
        return (
          <Cell
            key={day}
            r={r}
            c={c}
            active={activeCol === c}
            value={shown(cells[base + day] ?? 0)}
            editor={activeCol === c ? editor : null}
          />
        )
      })}
    </tr>
  )
}

function sameRow(a: TimeRowProps, b: TimeRowProps): boolean {
  if (
    a.r !== b.r ||
    a.time !== b.time ||
    a.setAll !== b.setAll ||
    a.activeCol !== b.activeCol ||
    a.editor !== b.editor
  ) {
    return false
  }
  const base = a.row * DAYS_PER_WEEK
  for (let i = base; i < base + DAYS_PER_WEEK; i++) if (a.cells[i] !== b.cells[i]) return false
  return true
}

export const TimeRow = memo(TimeRowView, sameRow)

type Active = { r: number; c: number } | null

/** The day headings: the Timeslot corner (the whole calendar), Set All, Sunday to Saturday. */
export function HeadingRow({
  dayNames,
  corner,
  setAll,
  active,
}: {
  dayNames: readonly string[]
  corner: string
  setAll: string
  active: Active
}) {
  const on = (c: number) => active?.r === 0 && active.c === c
  return (
    <tr role="row">
      <Cell r={0} c={0} active={on(0)} value={corner} editor={null} header="column" />
      <Cell r={0} c={1} active={on(1)} value={setAll} editor={null} header="column" />
      {DAYS.map((day) => (
        <Cell
          key={day}
          r={0}
          c={day + HEADER_COLS}
          active={on(day + HEADER_COLS)}
          value={dayNames[day] ?? ''}
          editor={null}
          header="column"
        />
      ))}
    </tr>
  )
}

/** The Set Day row: one cell per day that sets every time slot of that day. */
export function SetDayRow({
  label,
  dayValues,
  active,
  editor,
}: {
  label: string
  dayValues: readonly (number | null)[]
  active: Active
  editor: ReactNode
}) {
  const r = HEADER_ROWS - 1
  const on = (c: number) => active?.r === r && active.c === c
  return (
    <tr role="row" data-set-day>
      <Cell r={r} c={0} active={on(0)} value={label} editor={null} header="row" />
      <Cell r={r} c={1} active={on(1)} value="" editor={null} />
      {DAYS.map((day) => (
        <Cell
          key={day}
          r={r}
          c={day + HEADER_COLS}
          active={on(day + HEADER_COLS)}
          value={shown(dayValues[day] ?? null)}
          editor={on(day + HEADER_COLS) ? editor : null}
        />
      ))}
    </tr>
  )
}
