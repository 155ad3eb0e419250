import { describe, expect, it } from 'vitest'
import { validateCustomRange } from './dateRanges'
import {
  AUTO_REFRESH_CHOICES,
  DEFAULT_PREFERENCES,
  LANGUAGES,
  MAX_CUSTOM_RANGES,
} from './preferences'

describe('DEFAULT_PREFERENCES', () => {
  it('speaks English and shows the service name column', () => {
    expect(DEFAULT_PREFERENCES.language).toBe('en')
    expect(DEFAULT_PREFERENCES.includeServiceName).toBe(true)
  })

  it('starts with the plain list: 12-hour local times, no ID or updated-time columns', () => {
    expect(DEFAULT_PREFERENCES).toMatchObject({
      show24Hour: false,
      showUtc: false,
      includeCallbackId: false,
      includeTimeUpdated: false,
    })
  })

  it('shows every state and every permitted service (empty lists mean all)', () => {
    expect(DEFAULT_PREFERENCES.visibleStates).toEqual([])
    expect(DEFAULT_PREFERENCES.visibleServices).toEqual([])
  })

  it('has no custom ranges and does not auto-refresh', () => {
    expect(DEFAULT_PREFERENCES.customRanges).toEqual([])
    expect(DEFAULT_PREFERENCES.autoRefreshSeconds).toBe(0)
  })

  it('uses only values the settings offer', () => {
    expect(LANGUAGES).toContain(DEFAULT_PREFERENCES.language)
    expect(AUTO_REFRESH_CHOICES).toContain(DEFAULT_PREFERENCES.autoRefreshSeconds)
    expect(DEFAULT_PREFERENCES.customRanges.length).toBeLessThanOrEqual(MAX_CUSTOM_RANGES)
    for (const range of DEFAULT_PREFERENCES.customRanges) {
      expect(validateCustomRange(range, [], range.id)).toEqual({})
    }
  })
})

describe('preference choices', () => {
  it('languages are English and French', () => {
    expect([...LANGUAGES]).toEqual(['en', 'fr'])
  })

  it('auto-refresh offers off and ascending intervals', () => {
    expect(AUTO_REFRESH_CHOICES[0]).toBe(0)
    const intervals = AUTO_REFRESH_CHOICES.slice(1)
    expect(intervals.every((s) => s > 0)).toBe(true)
    expect([...intervals].sort((a, b) => a - b)).toEqual([...intervals])
  })

  it('a user may keep up to 20 custom ranges', () => {
    expect(MAX_CUSTOM_RANGES).toBe(20)
  })
})
