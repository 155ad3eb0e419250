import { useEffect, useState } from 'react'

/**
 * `flag`, but only once it has stayed true for `delayMs`: a progress indicator for a load that ends
 * sooner never flashes on and off.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setShown(true), delayMs)
    return () => {
      clearTimeout(timer)
      setShown(false)
    }
  }, [flag, delayMs])
  return flag && shown
}
