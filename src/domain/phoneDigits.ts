/**
 * Digits only, for matching a typed fragment against stored numbers. Apart from phone.ts so the list's
 * search does not load the phone-number metadata.
 */
export function phoneDigits(value: string): string {
  return value.replace(/\D+/g, '')
}
