/**
 * The value, or a failed test naming what was missing: for an element or row a test goes on to
 * use (`rows[0]` is `T | undefined` under noUncheckedIndexedAccess), instead of asserting `!`.
 */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined)
    throw new Error(`Expected a ${what}, got ${String(value)}`)
  return value
}
