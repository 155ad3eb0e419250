/** Gives the page a turn (input, a frame) between two long steps of the in-page tenant's work. */
export function yieldToPage(): Promise<void> {
  if (typeof scheduler !== 'undefined' && 'yield' in scheduler) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
