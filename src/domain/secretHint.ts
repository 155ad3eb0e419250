/**
 * What is shown of a saved secret: a few characters to recognise it by, never enough to use it or to
 * tell its length. Short values show nothing at all.
 */
export const HINT_MASK = '•••'

export function secretHint(value: string, keep = 4): string {
  const text = value.trim()
  if (text.length < keep * 3) return HINT_MASK
  return `${text.slice(0, keep)}${HINT_MASK}${text.slice(-keep)}`
}
