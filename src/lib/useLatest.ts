import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A ref to the value of the last render, updated as it commits: for a function that must stay the
 * same (so what it is passed to need not redraw) yet read what is current when it is called.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  }, [value])
  return ref
}

/** One function for the component's life that calls the latest `fn`: for event handlers only. */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useLatest(fn)
  return useCallback((...args: A) => latest.current(...args), [latest])
}
