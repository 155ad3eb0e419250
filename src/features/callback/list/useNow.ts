import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every minute: enough for "today" to roll over at midnight while the
 * list stays open, without redrawing the page more often than that.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
