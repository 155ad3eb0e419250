import { useCallback, useRef } from 'react'

/**
 * One write at a time from one form or dialog, however it is triggered (Enter then a click, a
 * double click, a click before React has disabled the button): a call made while an earlier one is
 * still running is dropped and resolves to undefined. A ref, not state: two events in the same frame
 * both see state from before either of them ran.
 */
export function useSingleFlight() {
  const running = useRef(false)
  return useCallback(async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined
    running.current = true
    try {
      return await task()
    } finally {
      running.current = false
    }
  }, [])
}
