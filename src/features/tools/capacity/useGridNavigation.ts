import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { convertRow, rowCount, type SlotLength } from '@/domain/capacityRule'
import { CORNER, HEADER_ROWS, move, selectionAt, type GridPosition } from './gridPosition'

/**
 * Where the capacity calendar's focus is (roving tab stop) and how keys move it. A move puts the
 * browser focus on the cell after rendering; so does `refocus`, after an edit closes in place.
 */
export function useGridNavigation(duration: SlotLength) {
  const tableRef = useRef<HTMLTableElement>(null)
  const [position, setPosition] = useState<GridPosition>(CORNER)
  const [shownDuration, setShownDuration] = useState(duration)
  // Asks for the focus on the current cell once the render is on screen (the tick makes a request
  // for the same cell render again).
  const wantFocus = useRef(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const rows = rowCount(duration)

  // After a Timeslot Length switch (or a pasted statement of the other length) stay on the same time.
  if (shownDuration !== duration) {
    setShownDuration(duration)
    if (position.r >= HEADER_ROWS) {
      setPosition({
        r: convertRow(position.r - HEADER_ROWS, shownDuration, duration) + HEADER_ROWS,
        c: position.c,
      })
    }
  }

  useLayoutEffect(() => {
    if (!wantFocus.current) return
    wantFocus.current = false
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-r="${position.r}"][data-c="${position.c}"]`,
    )
    cell?.focus()
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [position, focusRequest])

  const refocus = useCallback(() => {
    wantFocus.current = true
    setFocusRequest((n) => n + 1)
  }, [])
  const goTo = useCallback(
    (next: GridPosition) => {
      setPosition(next)
      refocus()
    },
    [refocus],
  )

  /** Moves for a navigation key (arrows, Home/End, PageUp/PageDown); false for any other key. */
  const navigate = (event: KeyboardEvent) => {
    const next = move(position, event.key, event.ctrlKey || event.metaKey, rows)
    if (!next) return false
    event.preventDefault()
    goTo(next)
    return true
  }

  return { tableRef, position, selection: selectionAt(position), rows, goTo, refocus, navigate }
}
