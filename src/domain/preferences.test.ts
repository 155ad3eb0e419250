import { describe, expect, it } from 'vitest'
import { validateCustomRange } from './dateRanges'
import {
  AUTO_REFRESH_CHOICES,
  DEFAULT_PREFERENCES,
  LANGUAGES,
  MAX_CUSTOM_RANGES,
  showsTwelveHourClock,
  usesTwelveHourClock,
} from './preferences'

describe('DEFAULT_PREFERENCES', () => {
  it('speaks English and shows the service name column', () => {
    expect(DEFAULT_PREFERENCES.language).toBe('en')
    expect(DEFAULT_PREFERENCES.includeServiceName).toBe(true)
  })

  it('starts with the plain list: local times on the language’s clock, no ID or updated-time columns', () => {
    expect(DEFAULT_PREFERENCES).toMatchObject({
      show24Hour: null,
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

describe('the clock of a language', () => {
  it.each([
    ['en', true],
    ['en-US', true],
    ['fr', false],
    ['fr-CA', false],
    ['en-GB', false],
    ['de', false],
    ['ko', true],
  ])('%s: 12-hour %s', (locale, twelve) => {
    expect(usesTwelveHourClock(locale)).toBe(twelve)
  })

  it.each(LANGUAGES)('every language the app speaks has one (%s)', (language) => {
    expect(typeof usesTwelveHourClock(language)).toBe('boolean')
  })
})

describe('the clock a user sees', () => {
  it.each([
    // Not set: the language decides.
    [null, 'en', true],
    [null, 'fr', false],
    // Set by the user: their choice, whatever the language.
    [true, 'en', false],
    [true, 'fr', false],
    [false, 'en', true],
    [false, 'fr', true],
  ] as const)('Show Time in 24 Hour %s, language %s: 12-hour %s', (show24Hour, locale, twelve) => {
    expect(showsTwelveHourClock(show24Hour, locale)).toBe(twelve)
  })
})
