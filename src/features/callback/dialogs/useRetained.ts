import { useState } from 'react'

/**
 * The last non-null value: a dialog opened for a callback keeps showing it while it closes (the
 * parent has already set the callback back to null when the closing animation runs).
 */
export function useRetained<T>(value: T | null): T | null {
  const [kept, setKept] = useState(value)
  if (value !== null && value !== kept) setKept(value)
  return value ?? kept
}
