import { parseCustomerNumber, type PhoneError } from './phone'

/**
 * A call placed by a person playing the consumer on the demo tenant (issue 9 §2): the number
 * dialled, the caller's number and the digits entered. The form and the tenant check them alike.
 */

export const MAX_DIALLED_LENGTH = 32
export const MAX_ENTERED_CODE_LENGTH = 12

/** A number as people write it: digits, with spaces and + ( ) - . between them. */
export const DIALLED_NUMBER = /^\+?[\d\s().-]+$/

export type DialledError = 'EMPTY' | 'TOO_LONG' | 'FORMAT'

export function dialledProblem(value: string): DialledError | null {
  const number = value.trim()
  if (number === '') return 'EMPTY'
  if (number.length > MAX_DIALLED_LENGTH) return 'TOO_LONG'
  if (!DIALLED_NUMBER.test(number) || !/\d/.test(number)) return 'FORMAT'
  return null
}

/** The caller's number may be left out (caller ID withheld); given, it must be a whole E.164 number. */
export function callerNumberProblem(value: string): Exclude<PhoneError, 'EMPTY'> | null {
  if (value.trim() === '') return null
  const parsed = parseCustomerNumber(value)
  return parsed.ok || parsed.error === 'EMPTY' ? null : parsed.error
}

export type EnteredCodeError = 'FORMAT' | 'TOO_LONG'

/** The digits entered on the keypad; none is a call without a code. */
export function enteredCodeProblem(value: string): EnteredCodeError | null {
  const code = value.trim()
  if (!/^\d*$/.test(code)) return 'FORMAT'
  if (code.length > MAX_ENTERED_CODE_LENGTH) return 'TOO_LONG'
  return null
}
