import { describe, expect, it } from 'vitest'
import { gwsCredentialsProblems, gwsPasswordProblem, gwsUsernameProblem } from './gwsCredentials'
import { secretHint } from './secretHint'

describe('GWS credentials', () => {
  it.each([
    ['stats.reader', null],
    ['  stats.reader ', null],
    ['stats@example.com', null],
    ['', 'EMPTY'],
    ['x'.repeat(129), 'TOO_LONG'],
    ['two words', 'CHARACTERS'],
    ['<script>alert(1)</script>', 'CHARACTERS'],
  ])('username %j → %s', (username, expected) => {
    expect(gwsUsernameProblem(username)).toBe(expected)
  })

  it.each([
    ['correct horse battery staple', null],
    // A password may hold any printable character: it is never shown, so markup is harmless.
    ['<script>alert(1)</script>', null],
    ['', 'EMPTY'],
    ['x'.repeat(257), 'TOO_LONG'],
    ['line\nbreak', 'CHARACTERS'],
  ])('password %j → %s', (password, expected) => {
    expect(gwsPasswordProblem(password)).toBe(expected)
  })

  it('names both fields when both are wrong', () => {
    expect(gwsCredentialsProblems({ username: '', password: '' })).toEqual([
      { field: 'username', error: 'EMPTY' },
      { field: 'password', error: 'EMPTY' },
    ])
  })
})

describe('secretHint', () => {
  it('shows the ends of a long secret, nothing of a short one, never its length', () => {
    expect(secretHint('6LcQ3kEqAAAAAJf0s8HkLm2Nq4Rt6Uv8Wx-Yz_A1')).toBe('6LcQ•••z_A1')
    expect(secretHint('short')).toBe('•••')
    expect(secretHint('a'.repeat(40)).length).toBe(secretHint('a'.repeat(400)).length)
  })
})
