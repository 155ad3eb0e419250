import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  callerNumberProblem,
  dialledProblem,
  enteredCodeProblem,
  MAX_ENTERED_CODE_LENGTH,
} from './callInDial'

describe('the number dialled', () => {
  it.each([
    ['+18005555554', null],
    ['1 (800) 555-5554', null],
    ['  +33 1 99 00 01 02  ', null],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['+1 800 555 5554 0000 0000 0000 00', 'TOO_LONG'],
    ['call me', 'FORMAT'],
    ['()-.', 'FORMAT'],
    ['18++00', 'FORMAT'],
    ['1800\u0000', 'FORMAT'],
  ] as const)('%j → %s', (value, problem) => {
    expect(dialledProblem(value)).toBe(problem)
  })

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        expect(['EMPTY', 'TOO_LONG', 'FORMAT', null]).toContain(dialledProblem(value))
      }),
    )
  })
})

describe('the caller’s number', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['+14155550100', null],
    ['+1 415 555 0100', null],
    ['4155550100', 'NEEDS_COUNTRY'],
    ['+1 555', 'INVALID'],
    ['+1 415 abc', 'INVALID_CHARACTERS'],
  ] as const)('%j → %s', (value, problem) => {
    expect(callerNumberProblem(value)).toBe(problem)
  })
})

describe('the access code entered', () => {
  it.each([
    ['', null],
    ['042', null],
    [' 123456 ', null],
    ['9'.repeat(MAX_ENTERED_CODE_LENGTH), null],
    ['9'.repeat(MAX_ENTERED_CODE_LENGTH + 1), 'TOO_LONG'],
    ['12ab', 'FORMAT'],
    ['12 34', 'FORMAT'],
    ['-1', 'FORMAT'],
  ] as const)('%j → %s', (value, problem) => {
    expect(enteredCodeProblem(value)).toBe(problem)
  })
})
