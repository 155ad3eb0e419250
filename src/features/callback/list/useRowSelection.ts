import { functionalUpdate, type OnChangeFn, type RowSelectionState } from '@tanstack/react-table'
import { useCallback, useMemo, useState } from 'react'
import type { CallbackSummary } from '@/api/types'
import { useStableCallback } from '@/lib/useStableCallback'
import type { ListView } from './useListState'

const NO_SELECTION: RowSelectionState = {}

/**
 * The rows ticked for Cancel Callbacks. A selection belongs to one view: another page, range,
 * search or sort starts with none.
 */
export function useRowSelection(view: ListView, items: readonly CallbackSummary[]) {
  const viewKey = [view.range, view.field, view.q, view.sort, view.order, view.page].join('|')
  const [state, setState] = useState({ key: viewKey, rows: NO_SELECTION })
  const rowSelection = state.key === viewKey ? state.rows : NO_SELECTION
  // One function for every view, so a change of page does not redraw the table before its rows come.
  const onRowSelectionChange: OnChangeFn<RowSelectionState> = useStableCallback((updater) =>
    setState((previous) => ({
      key: viewKey,
      rows: functionalUpdate(updater, previous.key === viewKey ? previous.rows : NO_SELECTION),
    })),
  )
  const selectedItems = useMemo(
    () => items.filter((item) => rowSelection[item.id] === true),
    [items, rowSelection],
  )
  const clear = useCallback(() => setState({ key: viewKey, rows: NO_SELECTION }), [viewKey])
  return { rowSelection, onRowSelectionChange, selectedItems, clear }
}
