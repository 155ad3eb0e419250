import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs` (a minute by default): enough for "today" to roll
 * over at midnight while a page stays open, or for "fetched 5 minutes ago", without redrawing more
 * often than the text can change.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
