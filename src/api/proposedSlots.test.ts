import { describe, expect, it } from 'vitest'
import { proposedSlotsOf } from './errors'

describe('the slots a full slot proposes (429, ProposedSlots)', () => {
  it('reads the map of slot start to free places, earliest first', () => {
    expect(
      proposedSlotsOf({
        '2026-11-19T11:00:00.000Z': 2,
        '2026-11-19T09:00:00.000Z': 5,
        '2026-11-19T10:00:00.000Z': 1,
      }),
    ).toEqual([
      { utcTime: '2026-11-19T09:00:00.000Z', capacity: 5 },
      { utcTime: '2026-11-19T10:00:00.000Z', capacity: 1 },
      { utcTime: '2026-11-19T11:00:00.000Z', capacity: 2 },
    ])
  })

  it('accepts the places as text, as a backend following the client’s string map may send them', () => {
    expect(proposedSlotsOf({ '2026-11-19T09:00:00.000Z': '3' })).toEqual([
      { utcTime: '2026-11-19T09:00:00.000Z', capacity: 3 },
    ])
  })

  it.each([
    ['a key that is not a time', { soon: 3 }],
    ['no free place', { '2026-11-19T09:00:00.000Z': 0 }],
    ['places that are not a count', { '2026-11-19T09:00:00.000Z': '[object Object]' }],
    ['a fraction of a place', { '2026-11-19T09:00:00.000Z': 1.5 }],
  ])('leaves out %s', (_, slots) => {
    expect(proposedSlotsOf(slots)).toEqual([])
  })

  it.each([[null], ['slots'], [[{ utcTime: '2026-11-19T09:00:00.000Z', capacity: 3 }]]])(
    'proposes nothing from %j, which is not a map',
    (slots) => {
      expect(proposedSlotsOf(slots)).toBeUndefined()
    },
  )
})
