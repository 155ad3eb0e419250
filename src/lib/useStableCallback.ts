import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * One function for the component's life that calls the `fn` of its last render: handed to a child,
 * it does not redraw it, yet reads what is current when called. For event handlers only (the
 * latest `fn` is set as the render commits).
 */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  }, [fn])
  return useCallback((...args: A) => latest.current(...args), [])
}
