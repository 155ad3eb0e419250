import { useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react'
import type { CapacitySelection } from '@/domain/capacityPaste'
import { MAX_CAPACITY, type CapacityGrid, type SlotLength } from '@/domain/capacityRule'
import { useTranslation } from '@/i18n/i18n'
import type { Notice } from './notice'
import { applyValue, valueAt } from './selectionValue'

interface Editing {
  value: string
  /** Started by Enter or F2 (select what is there) rather than by typing a digit. */
  selectAll: boolean
  /** The Timeslot Length it started in: a switch ends it. */
  duration: SlotLength
}

interface CellEditingOptions {
  grid: CapacityGrid
  selection: CapacitySelection
  onChange: (next: CapacityGrid) => void
  onNotice: (notice: Notice) => void
  /** Gives the focus back to the cell once the edit has closed in place. */
  refocus: () => void
}

/**
 * Editing the selected cell, row or day in a single input placed in it: a digit starts with that
 * digit, Enter or F2 with the value there; Enter commits (a bad value keeps the editor open),
 * Escape cancels, leaving the cell commits; Delete clears without an editor.
 */
export function useCellEditing({
  grid,
  selection,
  onChange,
  onNotice,
  refocus,
}: CellEditingOptions) {
  const { t } = useTranslation('capacity')
  const [started, setStarted] = useState<Editing | null>(null)
  const editing = started?.duration === grid.duration ? started : null
  // Set at once (state updates are not): the blur that follows Escape or Enter must not commit again.
  const editOpen = useRef(false)

  const open = (value: string, selectAll: boolean) => {
    editOpen.current = true
    setStarted({ value, selectAll, duration: grid.duration })
  }
  const close = () => {
    editOpen.current = false
    setStarted(null)
  }

  /** From Enter: a bad value keeps the editor open. From a blur: focus has gone elsewhere, so the
   * value is committed without taking the focus back, and a bad one is dropped. */
  const commit = (text: string, from: 'enter' | 'blur') => {
    const value = text === '' ? 0 : Number(text)
    if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY) {
      onNotice({ kind: 'error', text: t('calendar.enterNumber') })
      if (from === 'blur') close()
      return
    }
    onNotice(null)
    close()
    if (from === 'enter') refocus()
    onChange(applyValue(grid, selection, value))
  }

  const current = (at: CapacitySelection) => {
    const value = valueAt(grid, at)
    return value ? String(value) : ''
  }

  return {
    editing: editing !== null,
    /** Enter, F2 or a double click: edit what is there, selected (`at`: a cell being selected). */
    editCurrent: (at: CapacitySelection = selection) => open(current(at), true),
    /** A digit typed on the cell: start over with it. */
    editWith: (digit: string) => open(digit, false),
    clear: () => {
      onNotice(null)
      onChange(applyValue(grid, selection, 0))
    },
    /** Props of the cell's input while an edit is open. */
    input: editing && {
      value: editing.value,
      onFocus: (event: FocusEvent<HTMLInputElement>) => {
        if (editing.selectAll) event.currentTarget.select()
      },
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        setStarted({
          ...editing,
          value: event.currentTarget.value.replace(/\D/g, ''),
          selectAll: false,
        }),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        event.stopPropagation()
        if (event.key === 'Enter') {
          event.preventDefault()
          commit(editing.value, 'enter')
        } else if (event.key === 'Escape') {
          event.preventDefault()
          onNotice(null)
          close()
          refocus()
        }
      },
      onBlur: () => {
        if (editOpen.current) commit(editing.value, 'blur')
      },
    },
  }
}
