import { describe, expect, it } from 'vitest'
import {
  cachedTimeFormatter,
  formatDateTime,
  formatDuration,
  formatInZone,
  viewerTimeZone,
} from './time'

const AT = '2026-11-21T14:30:05.000Z'

describe('time display', () => {
  it('shows 12- or 24-hour time in the chosen language', () => {
    const zone = 'America/New_York'
    expect(formatInZone(AT, { locale: 'en', timeZone: zone, hour12: true }, zone)).toBe(
      '11/21/2026, 09:30:05 AM',
    )
    expect(formatInZone(AT, { locale: 'en', timeZone: zone, hour12: false }, zone)).toBe(
      '11/21/2026, 09:30:05',
    )
    expect(formatInZone(AT, { locale: 'fr', timeZone: zone, hour12: false }, zone)).toBe(
      '21/11/2026 09:30:05',
    )
  })

  it('names the zone whenever it is not the viewer’s own', () => {
    const other = viewerTimeZone() === 'Asia/Tokyo' ? 'Europe/Paris' : 'Asia/Tokyo'
    expect(
      formatDateTime(AT, { locale: 'en', timeZone: viewerTimeZone(), hour12: false }),
    ).not.toMatch(/GMT|UTC/)
    expect(formatDateTime(AT, { locale: 'en', timeZone: other, hour12: false })).toMatch(
      /GMT[+-]\d|UTC/,
    )
    expect(
      formatInZone(AT, { locale: 'en', timeZone: 'UTC', hour12: false }, 'Asia/Kolkata'),
    ).toMatch(/GMT\+5:30/)
  })

  it('writes waits as hours, minutes and seconds', () => {
    expect(formatDuration(0, 'en')).toBe('0 sec')
    expect(formatDuration(45, 'en')).toBe('45 sec')
    expect(formatDuration(125, 'en')).toBe('2 min 5 sec')
    expect(formatDuration(3600, 'en')).toBe('1 hr')
  })

  it('writes a row’s second time as its time of day when it falls on the first one’s date', () => {
    const display = { locale: 'en', timeZone: 'America/New_York', hour12: true }
    const format = cachedTimeFormatter(display)
    // The zone is named unless it is the viewer's own.
    expect(format('2026-11-21T14:30:05.000Z')).toMatch(/^11\/21\/2026, 09:30:05 AM( EST)?$/)
    expect(format('2026-11-21T14:31:05.000Z', '2026-11-21T14:30:05.000Z')).toMatch(
      /^09:31:05 AM( EST)?$/,
    )
    // 05:00:30 UTC is past midnight in New York: another day there, though the same UTC date.
    expect(format('2026-11-22T05:00:30.000Z', '2026-11-22T04:59:50.000Z')).toMatch(
      /^11\/22\/2026, 12:00:30 AM( EST)?$/,
    )
    const fr = cachedTimeFormatter({ locale: 'fr', timeZone: 'UTC', hour12: false })
    expect(fr('2026-11-21T14:31:05.000Z', '2026-11-21T14:30:05.000Z')).toMatch(/^14:31:05( UTC)?$/)
  })
})
