import { useTranslation } from '@/i18n/i18n'
import { usePreferences } from '@/api/preferences'
import { viewerTimeZone, type TimeDisplay } from './time'

/** The current user's way of showing times: language, UTC or local, 12- or 24-hour. */
export function useTimeDisplay(): TimeDisplay {
  const { language } = useTranslation()
  const preferences = usePreferences()
  return {
    locale: language,
    timeZone: preferences.showUtc ? 'UTC' : viewerTimeZone(),
    hour12: !preferences.show24Hour,
  }
}
