import type { CallbackState } from './callback'
import type { CustomRange } from './dateRanges'

/** Per-user settings of the Callback tab (Advanced Options) and the language, kept by the backend. */
export const LANGUAGES = ['en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

export const AUTO_REFRESH_CHOICES = [0, 15, 30, 60, 300] as const

export interface Preferences {
  language: Language
  /** The user's own 24-hour (true) or 12-hour (false) choice; null: their language's convention. */
  show24Hour: boolean | null
  showUtc: boolean
  includeCallbackId: boolean
  includeServiceName: boolean
  includeTimeUpdated: boolean
  customRanges: CustomRange[]
  /** Empty means ALL. */
  visibleStates: CallbackState[]
  /** Empty means ALL permitted services. */
  visibleServices: string[]
  /** 0 = off. */
  autoRefreshSeconds: number
}

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'en',
  show24Hour: null,
  showUtc: false,
  includeCallbackId: false,
  includeServiceName: true,
  includeTimeUpdated: false,
  customRanges: [],
  visibleStates: [],
  visibleServices: [],
  autoRefreshSeconds: 0,
}

export const MAX_CUSTOM_RANGES = 20

const twelveHourLocales = new Map<string, boolean>()

/** Whether a language writes the time of day on a 12-hour clock (en: 2:30 PM; fr: 14:30). */
export function usesTwelveHourClock(locale: string): boolean {
  let twelve = twelveHourLocales.get(locale)
  if (twelve === undefined) {
    const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions()
    twelve = hourCycle === 'h11' || hourCycle === 'h12'
    twelveHourLocales.set(locale, twelve)
  }
  return twelve
}

/**
 * The clock a user sees: their own Show Time in 24 Hour once they have set it, until then their
 * language's convention, so a French user sees 14:30 without asking for it.
 */
export function showsTwelveHourClock(show24Hour: boolean | null, locale: string): boolean {
  return show24Hour === null ? usesTwelveHourClock(locale) : !show24Hour
}
