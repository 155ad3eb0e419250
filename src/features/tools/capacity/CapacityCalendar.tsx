import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import { pasteIntoGrid, type CapacitySelection } from '@/domain/capacityPaste'
import {
  cellAt,
  convertRow,
  dayValue,
  DAYS_PER_WEEK,
  MAX_CAPACITY,
  rowCount,
  rowTime,
  rowValue,
  setCell,
  setDay,
  setRow,
  statementFromGrid,
  type CapacityGrid,
  type SlotLength,
} from '@/domain/capacityRule'
import { serializeCapacityStatement } from '@/domain/capacityStatement'
import { useTranslation } from '@/i18n/i18n'
import { HeadingRow, SetDayRow, TimeRow } from './CalendarRows'
import {
  CORNER,
  HEADER_ROWS,
  isEditable,
  move,
  selectionAt,
  type GridPosition,
} from './gridPosition'
import { problemText } from './problemText'
import { calendarSx } from './calendarStyles'

export type Notice = { kind: 'info' | 'error'; text: string } | null

interface CapacityCalendarProps {
  grid: CapacityGrid
  ruleName: string
  readOnly: boolean
  onChange: (next: CapacityGrid) => void
  onNotice: (notice: Notice) => void
}

interface Editing {
  value: string
  /** Started by Enter or F2 (select what is there) rather than by typing a digit. */
  selectAll: boolean
}

const SUNDAY = Date.UTC(2026, 10, 15)

function valueAt(grid: CapacityGrid, selection: CapacitySelection): number | null {
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

function applyValue(grid: CapacityGrid, selection: CapacitySelection, value: number): CapacityGrid {
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
  const tableRef = useRef<HTMLTableElement>(null)
  const [position, setPosition] = useState<GridPosition>(CORNER)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [focused, setFocused] = useState(false)
  const [duration, setDuration] = useState<SlotLength>(grid.duration)
  const wantFocus = useRef(false)
  const rows = rowCount(grid.duration)

  // After a Timeslot Length switch (or a pasted statement of the other length) stay on the same time.
  if (duration !== grid.duration) {
    setDuration(grid.duration)
    if (position.r >= HEADER_ROWS) {
      setPosition({
        r: convertRow(position.r - HEADER_ROWS, duration, grid.duration) + HEADER_ROWS,
        c: position.c,
      })
    }
    setEditing(null)
  }

  const dayNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' })
    return Array.from({ length: DAYS_PER_WEEK }, (_, day) =>
      format.format(SUNDAY + day * 86_400_000),
    )
  }, [language])

  useLayoutEffect(() => {
    if (!wantFocus.current) return
    wantFocus.current = false
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-r="${position.r}"][data-c="${position.c}"]`,
    )
    cell?.focus()
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }, [position, editing])

  const goTo = useCallback((next: GridPosition) => {
    wantFocus.current = true
    setPosition(next)
  }, [])

  const selection = selectionAt(position)

  // Set at once (state updates are not): the blur that follows Escape or Enter must not commit again.
  const editOpen = useRef(false)
  const startEditing = (next: Editing) => {
    editOpen.current = true
    setEditing(next)
  }

  /** From Enter: a bad value keeps the editor open. From a blur: focus has gone elsewhere, so the
   * value is committed without taking the focus back, and a bad one is dropped. */
  const commit = (text: string, from: 'enter' | 'blur') => {
    const value = text === '' ? 0 : Number(text)
    if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY) {
      onNotice({ kind: 'error', text: t('calendar.enterNumber') })
      if (from === 'blur') {
        editOpen.current = false
        setEditing(null)
      }
      return
    }
    onNotice(null)
    editOpen.current = false
    if (from === 'enter') wantFocus.current = true
    setEditing(null)
    onChange(applyValue(grid, selection, value))
  }

  const cancel = () => {
    editOpen.current = false
    wantFocus.current = true
    setEditing(null)
  }

  const ruleJson = () => serializeCapacityStatement(statementFromGrid(grid))
  const copyText = () => {
    const value = valueAt(grid, selection)
    return selection.kind === 'none' ? ruleJson() : value ? String(value) : ''
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return
    const ctrl = event.ctrlKey || event.metaKey
    const next = move(position, event.key, ctrl, rows)
    if (next) {
      event.preventDefault()
      goTo(next)
      return
    }
    if (event.key === 'Escape') {
      if (position.r !== 0 || position.c !== 0) {
        event.preventDefault()
        goTo(CORNER)
        onNotice({ kind: 'info', text: t('calendar.noneSelected') })
      }
      return
    }
    if (ctrl && event.key.toLowerCase() === 'c' && navigator.clipboard) {
      // The copy event below fills the clipboard too; this also works where the browser does not
      // send a copy event with nothing selected on the page.
      const text = copyText()
      void navigator.clipboard.writeText(text).then(
        () =>
          onNotice({
            kind: 'info',
            text: selection.kind === 'none' ? t('calendar.copiedRule') : t('calendar.copiedCell'),
          }),
        () => undefined,
      )
      return
    }
    if (readOnly || !isEditable(position) || ctrl || event.altKey) return
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault()
      const value = valueAt(grid, selection)
      startEditing({ value: value ? String(value) : '', selectAll: true })
    } else if (/^\d$/.test(event.key)) {
      event.preventDefault()
      startEditing({ value: event.key, selectAll: false })
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      onNotice(null)
      onChange(applyValue(grid, selection, 0))
    }
  }

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-c]')
    if (!cell || editing) return
    const next = { r: Number(cell.dataset.r), c: Number(cell.dataset.c) }
    goTo(next)
    if (event.detail === 2 && !readOnly && isEditable(next)) {
      const value = valueAt(grid, selectionAt(next))
      startEditing({ value: value ? String(value) : '', selectAll: true })
    }
  }

  // Clipboard events go to the page's selection, not always to the focused cell: listen on the
  // document and act when the focus is in this calendar.
  const latest = useRef({ grid, selection, readOnly, editing, copyText })
  useLayoutEffect(() => {
    latest.current = { grid, selection, readOnly, editing, copyText }
  })
  useEffect(() => {
    const inside = () => tableRef.current?.contains(document.activeElement) ?? false
    const onPaste = (event: ClipboardEvent) => {
      const now = latest.current
      if (!inside() || now.editing) return
      event.preventDefault()
      if (now.readOnly) {
        onNotice({ kind: 'error', text: t('calendar.readOnlyPaste') })
        return
      }
      const result = pasteIntoGrid(
        now.grid,
        now.selection,
        event.clipboardData?.getData('text/plain') ?? '',
      )
      if (!result.ok) {
        onNotice({ kind: 'error', text: problemText(t, result.problem) })
        return
      }
      onChange(result.grid)
      onNotice({
        kind: 'info',
        text:
          result.mode === 'replace'
            ? t('calendar.pastedReplace')
            : result.clipped
              ? t('calendar.pastedClipped', { count: result.cells })
              : t('calendar.pastedCells', { count: result.cells }),
      })
    }
    const onCopy = (event: ClipboardEvent) => {
      const now = latest.current
      if (!inside() || now.editing || !event.clipboardData) return
      event.preventDefault()
      event.clipboardData.setData('text/plain', now.copyText())
    }
    document.addEventListener('paste', onPaste)
    document.addEventListener('copy', onCopy)
    return () => {
      document.removeEventListener('paste', onPaste)
      document.removeEventListener('copy', onCopy)
    }
  }, [onChange, onNotice, t])

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
  const editor = editing ? (
    <input
      aria-label={editorLabel}
      inputMode="numeric"
      autoComplete="off"
      maxLength={6}
      value={editing.value}
      // The edit starts on a key press in this very cell.
      autoFocus
      onFocus={(event) => {
        if (editing.selectAll) event.currentTarget.select()
      }}
      onChange={(event) =>
        setEditing({ value: event.currentTarget.value.replace(/\D/g, ''), selectAll: false })
      }
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter') {
          event.preventDefault()
          commit(editing.value, 'enter')
        } else if (event.key === 'Escape') {
          event.preventDefault()
          onNotice(null)
          cancel()
        }
      }}
      onBlur={() => {
        if (editOpen.current) commit(editing.value, 'blur')
      }}
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
