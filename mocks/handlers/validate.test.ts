import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { HttpError } from './respond'
import { instantIn, instantText, parse, parseQuery, queryEpochMs, queryInt } from './validate'

/** The 400 a parse throws: its message and data. */
function refusal(run: () => unknown): { message: string; data: unknown } {
  try {
    run()
  } catch (error) {
    if (error instanceof HttpError) return { message: error.message, data: error.data }
    throw error
  }
  throw new Error('expected a 400')
}

const url = (query: string) => new URL(`http://localhost/x?${query}`)

describe('request validation', () => {
  it('names a body field, and the body itself when the problem is the whole of it', () => {
    const schema = z.object({ user: z.object({ name: z.string().max(3, 'too long') }) })
    expect(refusal(() => parse(schema, { user: { name: 'Alice' } }))).toEqual({
      message: 'Invalid user.name: too long',
      data: { field: 'user.name', reason: 'too long' },
    })
    expect(refusal(() => parse(z.string().min(1, 'empty'), '')).message).toBe('Invalid body: empty')
  })

  it('names a query parameter as one, never as the body', () => {
    const schema = z.object({ version: queryInt(1, 10) })
    expect(refusal(() => parseQuery(schema, url('')))).toEqual({
      message: 'Invalid query parameter version: required',
      data: { field: 'version', reason: 'required' },
    })
    expect(refusal(() => parseQuery(schema, url('version=two'))).message).toBe(
      'Invalid query parameter version: must be a whole number',
    )
    expect(refusal(() => parseQuery(schema, url('version=11'))).message).toBe(
      'Invalid query parameter version: must be at most 10',
    )
    const whole = z.object({ a: z.string() }).refine(() => false, { message: 'never' })
    expect(refusal(() => parseQuery(whole, url('a=1'))).message).toBe('Invalid query: never')
  })

  it.each([
    ['0', 0],
    ['1795426200000', 1_795_426_200_000],
  ])('reads epoch milliseconds %s', (text, ms) => {
    expect(queryEpochMs.parse(text)).toBe(ms)
  })

  it.each(['-5', '1.5', '1e12', '', '9999999999999999'])(
    'refuses %j as epoch milliseconds',
    (text) => {
      expect(queryEpochMs.safeParse(text).success).toBe(false)
    },
  )

  it.each([
    // An offset wins over the zone.
    ['2026-11-19T10:00:00.000Z', 'Europe/Paris', '2026-11-19T10:00:00.000Z'],
    ['2026-11-19T10:00:00+01:00', 'UTC', '2026-11-19T09:00:00.000Z'],
    // A wall time is read in the zone, seconds and milliseconds included.
    ['2026-11-19T10:00:00.000', 'Europe/Paris', '2026-11-19T09:00:00.000Z'],
    ['2026-11-19T10:00:30.5', 'America/New_York', '2026-11-19T15:00:30.500Z'],
    ['2026-11-19T10:00', 'UTC', '2026-11-19T10:00:00.000Z'],
    // 02:30 does not exist in Paris on 2026-03-29: the clocks read it an hour later.
    ['2026-03-29T02:30:00', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
  ])('reads %s in %s as %s', (text, zone, expected) => {
    expect(instantText.safeParse(text).success).toBe(true)
    expect(new Date(instantIn(text, zone)).toISOString()).toBe(expected)
  })

  it.each([
    'tomorrow',
    '2026-02-30T10:00:00',
    '2026-11-19T24:30:00',
    '2026-11-19T10:61',
    '2026-11-19',
  ])('refuses %j as an instant', (text) => {
    expect(instantText.safeParse(text).success).toBe(false)
  })
})
