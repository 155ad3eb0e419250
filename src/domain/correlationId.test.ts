import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCorrelationId, matchesCorrId, MAX_CORR_ID, parseCorrIdSearch } from './correlationId'

const UUID = '3f2b8c1e-9a4d-4e7b-8c2f-1d5e6a7b8c9d'

describe('isCorrelationId (what a caller may send in x-correlation-id)', () => {
  it.each([
    [UUID, true],
    ['order-42:retry_1.b', true],
    ['a', true],
    ['x'.repeat(MAX_CORR_ID), true],
    ['x'.repeat(MAX_CORR_ID + 1), false],
    ['', false],
    ['-leading-dash', false],
    ['has space', false],
    ['<script>', false],
    ['é', false],
  ])('%s → %s', (value, expected) => {
    expect(isCorrelationId(value)).toBe(expected)
  })
})

describe('parseCorrIdSearch (a search as typed or pasted)', () => {
  it.each([
    ['', { ok: true, prefix: '' }],
    ['   ', { ok: true, prefix: '' }],
    [UUID, { ok: true, prefix: UUID }],
    [`  ${UUID}\n`, { ok: true, prefix: UUID }],
    [`"${UUID}"`, { ok: true, prefix: UUID }],
    [` '3F2B8C1E' `, { ok: true, prefix: '3f2b8c1e' }],
    [`“${UUID}”`, { ok: true, prefix: UUID }],
    [`« ${UUID} »`, { ok: true, prefix: UUID }],
    ['`3f2b`', { ok: true, prefix: '3f2b' }],
    ['3f2b 8c1e', { ok: false, error: 'format' }],
    ['<script>alert(1)</script>', { ok: false, error: 'format' }],
    ['x'.repeat(MAX_CORR_ID + 1), { ok: false, error: 'tooLong' }],
  ])('%j → %j', (input, expected) => {
    expect(parseCorrIdSearch(input)).toEqual(expected)
  })

  it('finds every correlation ID by any leading part of it, however it is quoted or cased', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/)
    const wrap = fc.constantFrom(['', ''], ['"', '"'], [' ', '\n'], ['“', '”'], ["'", "'"])
    fc.assert(
      fc.property(id, fc.nat(), wrap, fc.boolean(), (corrId, cut, [open, close], upper) => {
        const part = corrId.slice(0, 1 + (cut % corrId.length))
        const typed = `${open}${upper ? part.toUpperCase() : part}${close}`
        const search = parseCorrIdSearch(typed)
        expect(search.ok && matchesCorrId(corrId, search.prefix)).toBe(true)
      }),
    )
  })

  it('never throws and never accepts what is not an ID character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const search = parseCorrIdSearch(input)
        if (search.ok) expect(search.prefix).toMatch(/^[a-z0-9._:-]{0,64}$/)
      }),
    )
  })
})
