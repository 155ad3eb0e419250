import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import {
  dayValue,
  DAYS_PER_WEEK,
  rowTime,
  rowValue,
  type CapacityGrid,
} from '@/domain/capacityRule'
import { useTranslation } from '@/i18n/i18n'
import { HeadingRow, SetDayRow, TimeRow } from './CalendarRows'
import { calendarSx } from './calendarStyles'
import { CORNER, HEADER_ROWS, isEditable, selectionAt } from './gridPosition'
import type { Notice } from './notice'
import { useCalendarClipboard } from './useCalendarClipboard'
import { useCellEditing } from './useCellEditing'
import { useGridNavigation } from './useGridNavigation'

interface CapacityCalendarProps {
  grid: CapacityGrid
  ruleName: string
  readOnly: boolean
  onChange: (next: CapacityGrid) => void
  onNotice: (notice: Notice) => void
}

const SUNDAY = Date.UTC(2026, 10, 15)

/**
 * The weekly capacity calendar as an ARIA grid (one tab stop, roving focus): arrows, Home/End,
 * Ctrl+Home/End and PageUp/PageDown move; a digit, Enter or F2 edit in a single input placed in the
 * focused cell; Enter commits, Escape cancels; Delete or Backspace clears. Escape outside an edit
 * (or the Timeslot corner) selects no cell, and then a paste replaces the whole rule and a copy
 * takes it as JSON; with a cell selected both work on that cell.
 */
export function CapacityCalendar({
  grid,
  ruleName,
  readOnly,
  onChange,
  onNotice,
}: CapacityCalendarProps) {
  const { t, language } = useTranslation('capacity')
  const hintId = useId()
  const [focused, setFocused] = useState(false)
  const { tableRef, position, selection, rows, goTo, refocus, navigate } = useGridNavigation(
    grid.duration,
  )
  const edit = useCellEditing({ grid, selection, onChange, onNotice, refocus })
  const copy = useCalendarClipboard({
    tableRef,
    grid,
    selection,
    readOnly,
    editing: edit.editing,
    onChange,
    onNotice,
  })

  const dayNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' })
    return Array.from({ length: DAYS_PER_WEEK }, (_, day) =>
      format.format(SUNDAY + day * 86_400_000),
    )
  }, [language])

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (edit.editing || navigate(event)) return
    const ctrl = event.ctrlKey || event.metaKey
    if (event.key === 'Escape') {
      if (position.r !== 0 || position.c !== 0) {
        event.preventDefault()
        goTo(CORNER)
        onNotice({ kind: 'info', text: t('calendar.noneSelected') })
      }
      return
    }
    if (ctrl && event.key.toLowerCase() === 'c') {
      copy()
      return
    }
    if (readOnly || !isEditable(position) || ctrl || event.altKey) return
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault()
      edit.editCurrent()
    } else if (/^\d$/.test(event.key)) {
      event.preventDefault()
      edit.editWith(event.key)
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      edit.clear()
    }
  }

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-c]')
    if (!cell || edit.editing) return
    const next = { r: Number(cell.dataset.r), c: Number(cell.dataset.c) }
    goTo(next)
    if (event.detail === 2 && !readOnly && isEditable(next)) edit.editCurrent(selectionAt(next))
  }

  const editorLabel =
    selection.kind === 'cell'
      ? t('calendar.editCell', {
          day: dayNames[selection.day] ?? '',
          time: rowTime(selection.row, grid.duration),
        })
      : selection.kind === 'row'
        ? t('calendar.editSetAll', { time: rowTime(selection.row, grid.duration) })
        : selection.kind === 'day'
          ? t('calendar.editSetDay', { day: dayNames[selection.day] ?? '' })
          : ''
  const editor = edit.input ? (
    <input
      aria-label={editorLabel}
      inputMode="numeric"
      autoComplete="off"
      maxLength={6}
      // The edit starts on a key press in this very cell.
      autoFocus
      {...edit.input}
    />
  ) : null

  const dayValues = useMemo(
    () => Array.from({ length: DAYS_PER_WEEK }, (_, day) => dayValue(grid, day)),
    [grid],
  )
  const headerActive = position.r < HEADER_ROWS ? position : null
  const whole = focused && position.r === 0 && position.c === 0

  return (
    <Box>
      <Typography
        id={hintId}
        variant="body2"
        color="text.secondary"
        sx={{ mb: 1, maxWidth: '80ch' }}
      >
        {readOnly ? t('calendar.hintReadOnly') : t('calendar.hint')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 0.5, fontWeight: 500 }} aria-hidden>
        {t('calendar.selected', {
          what: selection.kind === 'none' ? t('calendar.selectedNone') : editorLabel,
        })}
      </Typography>
      <Box sx={calendarSx} data-whole={whole || undefined}>
        <table
          ref={tableRef}
          role="grid"
          aria-label={t('calendar.label', { name: ruleName })}
          aria-describedby={hintId}
          aria-readonly={readOnly || undefined}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={() => setFocused(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
          }}
        >
          <thead>
            <HeadingRow
              dayNames={dayNames}
              corner={t('calendar.corner')}
              setAll={t('calendar.setAll')}
              active={headerActive}
            />
          </thead>
          <tbody>
            <SetDayRow
              label={t('calendar.setDay')}
              dayValues={dayValues}
              active={headerActive}
              editor={headerActive ? editor : null}
            />
            {Array.from({ length: rows }, (_, row) => {
              const r = row + HEADER_ROWS
              const here = position.r === r
              return (
                <TimeRow
                  key={row}
                  r={r}
                  row={row}
                  time={rowTime(row, grid.duration)}
                  cells={grid.cells}
                  setAll={rowValue(grid, row)}
                  activeCol={here ? position.c : -1}
                  editor={here ? editor : null}
                />
              )
            })}
          </tbody>
        </table>
      </Box>
    </Box>
  )
}
