import { useTranslation } from '@/i18n/i18n'
import { usePreferences } from '@/api/preferences'
import { showsTwelveHourClock } from '@/domain/preferences'
import { viewerTimeZone, type TimeDisplay } from './time'

/**
 * The current user's way of showing times: language, UTC or local, and the clock of their own
 * Show Time in 24 Hour or, until they set it, of their language.
 */
export function useTimeDisplay(): TimeDisplay {
  const { language } = useTranslation()
  const preferences = usePreferences()
  return {
    locale: language,
    timeZone: preferences.showUtc ? 'UTC' : viewerTimeZone(),
    hour12: showsTwelveHourClock(preferences.show24Hour, language),
  }
}
