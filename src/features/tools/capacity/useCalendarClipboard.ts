import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { pasteIntoGrid, type CapacitySelection } from '@/domain/capacityPaste'
import { statementFromGrid, type CapacityGrid } from '@/domain/capacityRule'
import { serializeCapacityStatement } from '@/domain/capacityStatement'
import { useTranslation } from '@/i18n/i18n'
import type { Notice } from './notice'
import { problemText } from './problemText'
import { valueAt } from './selectionValue'

interface CalendarClipboardOptions {
  tableRef: RefObject<HTMLTableElement | null>
  grid: CapacityGrid
  selection: CapacitySelection
  readOnly: boolean
  editing: boolean
  onChange: (next: CapacityGrid) => void
  onNotice: (notice: Notice) => void
}

/** What a copy takes: the whole rule as JSON with no cell selected, else the selection's value. */
function copyText(grid: CapacityGrid, selection: CapacitySelection): string {
  if (selection.kind === 'none') return serializeCapacityStatement(statementFromGrid(grid))
  const value = valueAt(grid, selection)
  return value ? String(value) : ''
}

/**
 * Copy and paste in the capacity calendar. With no cell selected a paste replaces the whole rule
 * (a JSON statement) and a copy takes it as JSON; with a cell selected both work from that cell (a
 * number, or a spreadsheet block filling down and right). Returns the Ctrl+C action.
 */
export function useCalendarClipboard({
  tableRef,
  grid,
  selection,
  readOnly,
  editing,
  onChange,
  onNotice,
}: CalendarClipboardOptions) {
  const { t } = useTranslation('capacity')

  // Clipboard events go to the page's selection, not always to the focused cell: listen on the
  // document and act when the focus is in this calendar.
  const latest = useRef({ grid, selection, readOnly, editing })
  useLayoutEffect(() => {
    latest.current = { grid, selection, readOnly, editing }
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
      event.clipboardData.setData('text/plain', copyText(now.grid, now.selection))
    }
    document.addEventListener('paste', onPaste)
    document.addEventListener('copy', onCopy)
    return () => {
      document.removeEventListener('paste', onPaste)
      document.removeEventListener('copy', onCopy)
    }
  }, [tableRef, onChange, onNotice, t])

  /** Ctrl+C on the grid. The copy event fills the clipboard too; this also works where the browser
   * sends no copy event with nothing selected on the page. */
  return () => {
    // Browsers leave navigator.clipboard out of insecure (plain HTTP) pages, whatever its type says.
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (!clipboard) return
    void clipboard.writeText(copyText(grid, selection)).then(
      () =>
        onNotice({
          kind: 'info',
          text: selection.kind === 'none' ? t('calendar.copiedRule') : t('calendar.copiedCell'),
        }),
      () => undefined,
    )
  }
}
