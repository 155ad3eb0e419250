import type { CallbackState } from './callback'
import type { CustomRange } from './dateRanges'

/** Per-user settings of the Callback tab (Advanced Options) and the language, kept by the backend. */
export const LANGUAGES = ['en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

export const AUTO_REFRESH_CHOICES = [0, 15, 30, 60, 300] as const

export interface Preferences {
  language: Language
  show24Hour: boolean
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
  show24Hour: false,
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
