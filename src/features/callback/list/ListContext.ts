import { createContext, useContext } from 'react'
import type { CallbackSummary } from '@/api/types'
import type { CallbackT } from './useCallbackT'

/** What every cell of the list needs, given once rather than threaded through 250 rows. */
export interface ListContextValue {
  t: CallbackT
  locale: string
  /** A date and time as the user wants times shown (zone, 12/24 h, language). */
  formatTime: (value: string) => string
  /** When the shown page was fetched: the states in it are as of that instant. */
  fetchedAt: number
  onEdit: (callback: CallbackSummary) => void
  onRecreate: (callback: CallbackSummary) => void
}

export const ListContext = createContext<ListContextValue | null>(null)

export function useListContext(): ListContextValue {
  const value = useContext(ListContext)
  if (!value) throw new Error('List cells render inside ListContext')
  return value
}
