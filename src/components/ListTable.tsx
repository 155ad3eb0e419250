import TableCell from '@mui/material/TableCell'
import TableContainer, { type TableContainerProps } from '@mui/material/TableContainer'
import TableSortLabel from '@mui/material/TableSortLabel'
import { alpha, lighten, type Theme } from '@mui/material/styles'
import {
  defaultRangeExtractor,
  measureElement,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type MouseEventHandler, type Ref } from 'react'
import { flushSync } from 'react-dom'

/**
 * The pieces every server-paged list shares (the Callback and Call-In tabs): a bordered frame that
 * scrolls sideways on a narrow screen and keeps its header in view, body cells styled once by the
 * table rather than one MUI cell each (hundreds of MUI cells cost as much as the rest of a page
 * change), and sortable column headers.
 */
export function ListTableContainer(
  props: Omit<TableContainerProps, 'sx'> & { ref?: Ref<HTMLDivElement> },
) {
  return (
    <TableContainer
      {...props}
      sx={{
        overflow: 'auto',
        // The rows scroll inside the frame at every width: only those in view are drawn.
        maxHeight: { xs: '75vh', md: 'calc(100vh - 290px)' },
        // On paper the frame holds the whole page of rows (all drawn for printing, see below).
        '@media print': { maxHeight: 'none', overflow: 'visible' },
        minHeight: 200,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    />
  )
}

/** Body rows are plain `<tr class="cb-row">` and `<td>`s, with MUI's TableRow and TableCell look. */
export function listTableSx(theme: Theme) {
  return {
    // A width given to a column counts its padding.
    '& th': { whiteSpace: 'nowrap', fontWeight: 600, boxSizing: 'border-box' },
    '& tbody td': {
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      ...theme.typography.body2,
      color: theme.palette.text.primary,
      padding: '6px 16px',
      borderBottom: `1px solid ${lighten(alpha(theme.palette.divider, 1), 0.88)}`,
      whiteSpace: 'nowrap',
    },
    '& .cb-row:hover': { backgroundColor: theme.palette.action.hover },
  } as const
}

interface SortHeaderCellProps {
  label: string
  /** Pixels, padding included, in a table of fixed layout. */
  width?: number | undefined
  /** How the list is sorted by this column, or false. */
  sorted: false | 'asc' | 'desc'
  /** Absent for a column the list cannot be sorted by. */
  onSort?: MouseEventHandler | undefined
}

/** A column header: a sort button when the column sorts, `aria-sort` on the sorted one. */
export function SortHeaderCell({ label, width, sorted, onSort }: SortHeaderCellProps) {
  return (
    <TableCell
      style={{ width }}
      sortDirection={sorted}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {onSort ? (
        <TableSortLabel
          active={sorted !== false}
          direction={sorted === false ? 'asc' : sorted}
          onClick={onSort}
        >
          {label}
        </TableSortLabel>
      ) : (
        label
      )}
    </TableCell>
  )
}

/** Rows kept drawn on each side of the row that holds the focus, beyond the overscan. */
const FOCUS_REACH = 10

/**
 * Widens the drawn range to the rows around the focused one, while that row is near the view. The
 * frame draws new rows on its scroll event, which a busy browser sends a frame late; Tab presses
 * move focus at once, and with nothing drawn below the focus, it would leave the table for the
 * pager. A focused row far from the view (the user scrolled away) is let go, so the drawn rows
 * stay one run with no gap for the spacers to miss.
 */
export function aroundFocus(range: Range, focused: number | undefined): Range {
  if (focused === undefined) return range
  const reach = range.overscan + FOCUS_REACH
  if (focused < range.startIndex - reach || focused > range.endIndex + reach) return range
  return {
    ...range,
    startIndex: Math.max(Math.min(range.startIndex, focused - FOCUS_REACH), 0),
    endIndex: Math.min(Math.max(range.endIndex, focused + FOCUS_REACH), range.count - 1),
  }
}

/** Every row of the page, drawn while it is printed. */
function everyRow(range: Range): number[] {
  return Array.from({ length: range.count }, (_, index) => index)
}

/** The index of the drawn row group (`data-index`) that holds an element, if any. */
function rowIndexOf(target: EventTarget | null): number | undefined {
  const group = target instanceof Element ? target.closest('[data-index]') : null
  const index = Number(group?.getAttribute('data-index'))
  return Number.isInteger(index) ? index : undefined
}

/**
 * Draws only the rows in and near the frame's view (a page is up to 500 rows): a page or sort
 * change then lays out a few dozen rows instead of hundreds. Each drawn group is measured, so an
 * opened row's details take their real height. `before` and `after` are the heights of the rows
 * not drawn, kept by spacer rows so the scroll bar stays true to the whole page. The rows around
 * the focused one are drawn too (see `aroundFocus`), and every row while the page is printed: a
 * printed list is the whole page a supervisor sees by scrolling, not the rows in view.
 */
export function useVirtualRows(count: number, rowHeight: number) {
  const scroller = useRef<HTMLDivElement>(null)
  const [focused, setFocused] = useState<number>()
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    // The browser lays the page out for print when this event returns: the rows must be in it by
    // then, so React draws them at once rather than on its next turn.
    const onBeforePrint = () => flushSync(() => setPrinting(true))
    const onAfterPrint = () => setPrinting(false)
    window.addEventListener('beforeprint', onBeforePrint)
    window.addEventListener('afterprint', onAfterPrint)
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint)
      window.removeEventListener('afterprint', onAfterPrint)
    }
  }, [])
  useEffect(() => {
    const frame = scroller.current
    if (!frame) return
    // Focus events are discrete: React draws the widened range before the next key press.
    const onFocusIn = (event: FocusEvent) => setFocused(rowIndexOf(event.target))
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && frame.contains(event.relatedTarget)))
        setFocused(undefined)
    }
    frame.addEventListener('focusin', onFocusIn)
    frame.addEventListener('focusout', onFocusOut)
    return () => {
      frame.removeEventListener('focusin', onFocusIn)
      frame.removeEventListener('focusout', onFocusOut)
    }
  }, [])
  // The compiler leaves this hook uncompiled, as it must: the virtualizer answers new rows from the
  // same object as the frame scrolls. The hook returns a new object each render, so its callers
  // draw the rows it gives.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // A group not laid out (none is in jsdom) keeps its estimate: at 0 pixels every row would
    // start at the same place and the frame would draw from the middle of the page.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || rowHeight,
    overscan: 5,
    rangeExtractor: (range) =>
      printing ? everyRow(range) : defaultRangeExtractor(aroundFocus(range, focused)),
  })
  const rows = virtualizer.getVirtualItems()
  const before = rows[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0)
  return { scroller, rows, before, after, measure: virtualizer.measureElement }
}

/** Stands in for rows not drawn; hidden from assistive technology, which reads the row count. */
export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }) {
  if (height <= 0) return null
  return (
    <tbody aria-hidden="true">
      <tr>
        <td colSpan={colSpan} style={{ height, padding: 0, border: 0 }} />
      </tr>
    </tbody>
  )
}
