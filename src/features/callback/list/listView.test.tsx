import { describe, expect, it } from 'vitest'
import { smallestRangeContaining } from './listParams'
import { DEFAULT_VIEW, parseView, viewParams } from './useListState'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const HOUR = 3_600_000

describe('the view in the URL', () => {
  const custom = [{ id: 'r1', name: 'Mine', start: -2, end: 2 }]

  it('reads every parameter and writes back only what differs from the default', () => {
    const params = new URLSearchParams(
      'range=r1&field=serviceName&q=Sales&sort=phoneNumber&order=asc&page=3',
    )
    const view = parseView(params, custom)
    expect(view).toEqual({
      range: 'r1',
      field: 'serviceName',
      q: 'Sales',
      sort: 'phoneNumber',
      order: 'asc',
      page: 3,
    })
    expect(viewParams(view).toString()).toBe(params.toString())
    expect(viewParams(DEFAULT_VIEW).toString()).toBe('')
  })

  it('falls back to the default for anything it cannot use', () => {
    const params = new URLSearchParams(
      `range=r2&field=password&q=${'9'.repeat(150)}&sort=__proto__&order=up&page=1.5`,
    )
    expect(parseView(params, custom)).toEqual({ ...DEFAULT_VIEW, q: '9'.repeat(100) })
    expect(parseView(new URLSearchParams('page=0'), custom).page).toBe(1)
    expect(parseView(new URLSearchParams('range=toString'), custom).range).toBe('last14')
  })
})

describe('the range that shows a new callback', () => {
  it('is the narrowest predefined range holding its desired time', () => {
    expect(smallestRangeContaining(NOW + HOUR, NOW, 'UTC')).toBe('today')
    expect(smallestRangeContaining(NOW + 24 * HOUR, NOW, 'UTC')).toBe('tomorrow')
    expect(smallestRangeContaining(NOW + 3 * 24 * HOUR, NOW, 'UTC')).toBe('next7')
    expect(smallestRangeContaining(NOW + 10 * 24 * HOUR, NOW, 'UTC')).toBe('next14')
    expect(smallestRangeContaining(NOW - 10 * 24 * HOUR, NOW, 'UTC')).toBe('last14')
    expect(smallestRangeContaining(NOW + 20 * 24 * HOUR, NOW, 'UTC')).toBeUndefined()
  })

  it('counts days in the viewer’s zone', () => {
    // 23:30 in Los Angeles on the 18th is the 19th in UTC.
    const lateEvening = Date.parse('2026-11-19T07:30:00.000Z')
    expect(smallestRangeContaining(lateEvening, NOW, 'America/Los_Angeles')).toBe('today')
    expect(smallestRangeContaining(lateEvening, NOW, 'UTC')).toBe('tomorrow')
  })
})
